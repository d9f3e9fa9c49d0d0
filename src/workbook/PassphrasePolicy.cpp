// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/PassphrasePolicy.h"

#include <zxcvbn.h>

namespace tw::workbook {

PassphraseStrength estimatePassphrase(
    const crypto::SecretBytes& passphrase, const std::vector<std::string>& personalWords)
{
    // zxcvbn wants a terminated string; it is made in guarded memory, like the passphrase itself.
    crypto::SecretBytes terminated(passphrase.size() + 1);
    for (std::size_t i = 0; i < passphrase.size(); ++i) {
        terminated.data()[i] = passphrase.data()[i];
    }
    terminated.data()[passphrase.size()] = 0;
    std::vector<const char*> dictionary;
    dictionary.reserve(personalWords.size() + 2);
    dictionary.push_back("trustwork");
    for (const auto& word : personalWords) {
        dictionary.push_back(word.c_str());
    }
    dictionary.push_back(nullptr);
    PassphraseStrength s;
    s.bits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), dictionary.data(), nullptr);
    s.level = s.bits < 30 ? 0 : s.bits < kMinimumPassphraseBits ? 1 : s.bits < 65 ? 2 : s.bits < 90 ? 3 : 4;
    return s;
}

std::string passphraseAdvice()
{
    return "This passphrase is too easy to guess. Use three or four ordinary words that have nothing to do with "
           "each other or with you (not names, dates or places), or add another word.";
}

} // namespace tw::workbook
