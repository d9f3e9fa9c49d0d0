// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

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

} // namespace tw::crypto
