// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseStrength.h"

#include "secrets/SecretLineEdit.h"
#include "tw/workbook/PassphrasePolicy.h"

#include <QCoreApplication>

namespace tw::app {
PassphraseVerdict judgePassphrase(
    const SecretLineEdit& field, const std::vector<std::string>& personalWords, bool enforce)
{
    PassphraseVerdict verdict;
    if (field.text().isEmpty()) {
        verdict.hint = QCoreApplication::translate("PassphraseStrength",
            "Choose three or four ordinary words that have nothing to do with each other or with you.");
        return verdict;
    }
    const auto strength = workbook::estimatePassphrase(field.copy(), personalWords);
    verdict.level = strength.level;
    verdict.acceptable = strength.acceptable() || !enforce;
    switch (strength.level) {
    case 0:
    case 1:
        verdict.hint = QCoreApplication::translate("PassphraseStrength",
            "Too easy to guess. Add another ordinary word or two that have nothing to do with you; "
            "names, dates, places and well-known phrases do not help.");
        break;
    case 2:
        verdict.hint = QCoreApplication::translate(
            "PassphraseStrength", "Good enough. One more unrelated word would make it strong.");
        break;
    case 3:
        verdict.hint = QCoreApplication::translate("PassphraseStrength", "Strong.");
        break;
    default:
        verdict.hint = QCoreApplication::translate("PassphraseStrength", "Very strong.");
        break;
    }
    return verdict;
}

} // namespace tw::app
