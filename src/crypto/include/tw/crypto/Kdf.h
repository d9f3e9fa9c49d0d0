// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <cstdint>
#include <span>

namespace tw::crypto {

/** @brief Argon2id cost, stored per key slot so it can be raised later without breaking old slots. */
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::size_t memLimit = 0;

    /** @brief libsodium's MODERATE (3 passes, 256 MiB): about 0.5-1 s on a laptop. */
    static KdfParams moderate();
    /** @brief The cheapest allowed cost. Tests only: it offers no protection. */
    static KdfParams fastForTests();
    /** @brief Rejects values a damaged or hostile slot file could use to exhaust memory or time. */
    [[nodiscard]] bool plausible() const;
    /** @brief True when either cost is below @p floor's: such a slot is re-derived at the next unlock. */
    [[nodiscard]] bool weakerThan(const KdfParams& floor) const;
    bool operator==(const KdfParams&) const = default;
};

inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kKeyBytes = 32;

/** @brief Argon2id13 of @p passphrase and @p salt; throws tw::Error if memory runs out. */
SecretBytes deriveKey(const SecretBytes& passphrase, std::span<const std::uint8_t> salt, const KdfParams& params);

} // namespace tw::crypto
