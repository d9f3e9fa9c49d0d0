// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"
#include "tw/crypto/Signing.h" // kSeedBytes

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tw::crypto {

inline constexpr std::size_t kBoxPublicKeyBytes = 32;

/** @brief An X25519 key pair for receiving sealed boxes; the secret half stays in guarded memory. */
struct BoxKeyPair {
    std::vector<std::uint8_t> publicKey;
    SecretBytes secretKey;

    /** @brief The pair made from a 32-byte @p seed (see SigningKeyPair::fromSeed for why seeds). */
    static BoxKeyPair fromSeed(const SecretBytes& seed);
};

/**
 * @brief crypto_box_seal: anonymous encryption to @p recipientPublicKey. Only the holder of the
 * matching secret key can open it; the sender cannot, and the result names nobody.
 * Throws tw::Error(Usage) for a public key of the wrong size.
 */
std::vector<std::uint8_t> sealTo(
    std::span<const std::uint8_t> recipientPublicKey, std::span<const std::uint8_t> plaintext);

/** @brief Opens a sealed box; nullopt when it was sealed to another key or changed in any way. */
std::optional<std::vector<std::uint8_t>> openSealed(const BoxKeyPair& keys, std::span<const std::uint8_t> sealed);

} // namespace tw::crypto
