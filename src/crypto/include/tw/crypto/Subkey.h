// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tw::crypto {

/**
 * @brief A 256-bit key derived from @p key for one purpose (libsodium's crypto_kdf, BLAKE2b), so one
 * secret never serves two uses: @p context is exactly 8 characters naming the use, @p id numbers
 * keys within it. The same inputs always give the same key.
 */
SecretBytes deriveSubkey(const SecretBytes& key, std::uint64_t id, std::string_view context);

/** @brief BLAKE2b-256 of @p bytes, for digests that are compared or recorded, never for secrets. */
std::vector<std::uint8_t> digest256(std::span<const std::uint8_t> bytes);

/**
 * @brief digest256() of bytes handed over in pieces: the same digest as of their concatenation,
 * without first copying them into one buffer (the unlock check digests ten years of rows).
 */
class DigestStream {
public:
    DigestStream();
    void update(std::span<const std::uint8_t> bytes);
    [[nodiscard]] std::array<std::uint8_t, 32> finish();

private:
    // libsodium's crypto_generichash_state, kept opaque so this header does not pull in sodium.h.
    alignas(64) std::array<std::byte, 384> m_state{};
};

} // namespace tw::crypto
