// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Subkey.h"

#include "tw/base/Error.h"
#include "tw/crypto/Sodium.h"

#include <sodium.h>

namespace tw::crypto {

SecretBytes deriveSubkey(const SecretBytes& key, std::uint64_t id, std::string_view context)
{
    ensureSodium();
    if (key.size() != crypto_kdf_KEYBYTES || context.size() != crypto_kdf_CONTEXTBYTES) {
        throw Error(ErrorKind::Internal, "Internal error: a key to derive from or its context has the wrong length.");
    }
    SecretBytes out(32);
    crypto_kdf_derive_from_key(out.data(), out.size(), id, context.data(), key.data());
    return out;
}

std::vector<std::uint8_t> digest256(std::span<const std::uint8_t> bytes)
{
    ensureSodium();
    std::vector<std::uint8_t> out(crypto_generichash_BYTES);
    crypto_generichash(out.data(), out.size(), bytes.data(), bytes.size(), nullptr, 0);
    return out;
}

} // namespace tw::crypto
