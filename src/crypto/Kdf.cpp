// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Kdf.h"

#include "tw/base/Error.h"
#include "tw/crypto/Sodium.h"

#include <sodium.h>

namespace tw::crypto {

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::plausible() const
{
    constexpr std::uint64_t kMaxOps = 20;
    constexpr std::size_t kMaxMem = std::size_t{4} << 30;
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOps && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= kMaxMem;
}

bool KdfParams::weakerThan(const KdfParams& floor) const
{
    return opsLimit < floor.opsLimit || memLimit < floor.memLimit;
}

SecretBytes deriveKey(const SecretBytes& passphrase, std::span<const std::uint8_t> salt, const KdfParams& params)
{
    ensureSodium();
    if (salt.size() != crypto_pwhash_SALTBYTES || !params.plausible()) {
        throw Error(ErrorKind::Damaged, "The key-derivation settings in the key file are not valid.");
    }
    SecretBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()), passphrase.size(),
            salt.data(), params.opsLimit, params.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw Error(ErrorKind::Internal, "Key derivation ran out of memory. Close other programs and try again.");
    }
    return key;
}

} // namespace tw::crypto
