// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tw::crypto {

/** @brief Public random bytes (salts, nonces); secrets use SecretBytes::random. */
std::vector<std::uint8_t> randomBytes(std::size_t size);

/** @brief A random (version 4) UUID in canonical text form, used for every row id. */
std::string randomUuid();

/** @brief A uniformly random integer below @p upperBound. */
std::uint32_t randomBelow(std::uint32_t upperBound);

} // namespace tw::crypto
