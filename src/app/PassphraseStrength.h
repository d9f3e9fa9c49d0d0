// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace tw::app {

class SecretLineEdit;

/** @brief What the window says about a new passphrase, and whether it lets it through. */
struct PassphraseVerdict {
    bool acceptable = false;
    int level = 0; ///< zxcvbn's 0-4, as workbook::estimatePassphrase gives it
    QString hint; ///< one sentence; for a weak passphrase it says what to do
};

/**
 * @brief Judges the passphrase in @p field with workbook::estimatePassphrase, the estimate and
 * minimum (kMinimumPassphraseBits) the CLI and Workbook::create use, so the window never accepts a
 * passphrase the storage would refuse. @p personalWords (the partners' names) count as known to a
 * guesser. @p enforce is false only where Options::enforcePassphraseStrength is off (unit tests and
 * the throw-away demo); an empty passphrase is never acceptable.
 */
PassphraseVerdict judgePassphrase(
    const SecretLineEdit& field, const std::vector<std::string>& personalWords, bool enforce);

} // namespace tw::app
