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

static_assert(sizeof(crypto_generichash_state) <= 384 && alignof(crypto_generichash_state) <= 64);

DigestStream::DigestStream()
{
    ensureSodium();
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(m_state.data()), nullptr, 0, 32);
}

void DigestStream::update(std::span<const std::uint8_t> bytes)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(m_state.data()), bytes.data(), bytes.size());
}

std::array<std::uint8_t, 32> DigestStream::finish()
{
    std::array<std::uint8_t, 32> out{};
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(m_state.data()), out.data(), out.size());
    return out;
}

} // namespace tw::crypto
