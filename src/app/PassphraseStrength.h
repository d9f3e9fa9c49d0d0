// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::app {

/** @brief The shortest passphrase Trustwork accepts; Argon2id slows guessing, length does the rest. */
inline constexpr int kMinPassphraseLength = 8;

enum class Strength { TooShort, Weak, Fair, Strong };

/**
 * @brief A rough, honest estimate from length and variety: enough to nudge people towards a
 * few unusual words, without pretending to know what an attacker knows.
 */
Strength estimateStrength(const QString& passphrase);
QString strengthHint(Strength strength);

} // namespace tw::app
