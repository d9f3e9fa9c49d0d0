// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace tw::app {

Strength estimateStrength(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength) {
        return Strength::TooShort;
    }
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        distinct.insert(c);
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 20 : 0);
    // Repeated characters add little, so count bits over the distinct ones only.
    const double length = static_cast<double>(passphrase.size());
    const double variety = static_cast<double>(distinct.size()) * 1.5;
    const double bits = std::log2(std::max(pool, 2)) * std::min(length, variety);
    if (bits < 40) {
        return Strength::Weak;
    }
    if (bits < 64) {
        return Strength::Fair;
    }
    return Strength::Strong;
}

QString strengthHint(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return QCoreApplication::translate("PassphraseStrength", "Too short: use at least %1 characters.")
            .arg(kMinPassphraseLength);
    case Strength::Weak:
        return QCoreApplication::translate(
            "PassphraseStrength", "Weak: a few unrelated words are easier to remember and harder to guess.");
    case Strength::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair: one more unusual word would make it strong.");
    case Strength::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong.");
    }
    return {};
}

} // namespace tw::app
