// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <string>
#include <vector>

namespace tw::workbook {

/** @brief How hard a passphrase is to guess, by zxcvbn's estimate (the estimator KeePassXC uses). */
struct PassphraseStrength {
    double bits = 0; ///< log2 of the estimated guesses
    /** 0 too weak, 1 weak, 2 fair, 3 good, 4 excellent; only 2 and above are accepted */
    int level = 0;
    [[nodiscard]] bool acceptable() const { return level >= 2; }
};

/**
 * @brief The least estimate accepted for a new passphrase, in the window and the CLI alike. At
 * libsodium's MODERATE Argon2id cost, 2^45 guesses keep a stolen key file safe for many years
 * even on rented hardware; three or four unrelated words reach it, a name plus a year does not.
 */
inline constexpr double kMinimumPassphraseBits = 45.0;

/**
 * @brief Estimates @p passphrase. @p personalWords (partner names, the app's name) count as known
 * to a guesser, so "Alex2026" is judged as weak as it is.
 */
PassphraseStrength estimatePassphrase(
    const crypto::SecretBytes& passphrase, const std::vector<std::string>& personalWords = {});

/** @brief What to do about a passphrase that is too weak, in one plain English sentence. */
std::string passphraseAdvice();

} // namespace tw::workbook
