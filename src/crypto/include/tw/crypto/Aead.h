// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace tw::crypto {

/**
 * @brief XChaCha20-Poly1305 (IETF) with a random 192-bit nonce, output as nonce || ciphertext || tag.
 * @p associated binds the ciphertext to its context (row id, owner, kind) so it cannot be moved.
 */
std::vector<std::uint8_t> seal(
    const SecretBytes& key, std::span<const std::uint8_t> plaintext, std::string_view associated);

/** @brief Opens a sealed blob; nullopt when the key, the data or the associated data differ. */
std::optional<std::vector<std::uint8_t>> open(
    const SecretBytes& key, std::span<const std::uint8_t> sealed, std::string_view associated);

/** @brief As open(), for key material: the plaintext goes straight into guarded memory. */
std::optional<SecretBytes> openSecret(
    const SecretBytes& key, std::span<const std::uint8_t> sealed, std::string_view associated);

std::vector<std::uint8_t> asBytes(std::string_view text);

} // namespace tw::crypto
