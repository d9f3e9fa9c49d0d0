// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tw::crypto {

inline constexpr std::size_t kSignPublicKeyBytes = 32;
inline constexpr std::size_t kSignatureBytes = 64;
inline constexpr std::size_t kSeedBytes = 32;

/** @brief An Ed25519 key pair; the secret half stays in guarded memory. */
struct SigningKeyPair {
    std::vector<std::uint8_t> publicKey;
    SecretBytes secretKey;

    /**
     * @brief The pair made from a 32-byte @p seed. Only seeds are stored (sealed in a workbook
     * entry), so the pair is always re-derived instead of being kept in a second form.
     */
    static SigningKeyPair fromSeed(const SecretBytes& seed);
};

/** @brief A detached Ed25519 signature of @p message. */
std::vector<std::uint8_t> signDetached(const SigningKeyPair& keys, std::span<const std::uint8_t> message);

/** @brief True only for a valid signature of exactly @p message by @p publicKey (any size mismatch is false). */
[[nodiscard]] bool verifyDetached(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
    std::span<const std::uint8_t> signature);

/**
 * @brief The fingerprint of a therapist identity: BLAKE2b-160 over both public keys, shown as
 * 8 groups of 4 Crockford base32 characters ("7KQ2-M4XD-..."), short enough to read aloud over
 * the phone and compare by eye. Binding both keys means neither can be swapped alone.
 */
std::string fingerprint(std::span<const std::uint8_t> signPublicKey, std::span<const std::uint8_t> boxPublicKey);

/**
 * @brief Upper-cases, drops spaces and dashes and maps the look-alikes Crockford allows
 * (O->0, I/L->1), so a fingerprint typed from a phone call still compares equal.
 */
std::string normaliseFingerprint(std::string_view typed);

} // namespace tw::crypto
