// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: sealing the body of a row in the shared database.

#include "tw/crypto/SecretBytes.h"
#include "tw/workbook/Types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook::store {

/**
 * @brief The associated data of a body: everything that identifies its row, so a body cannot be
 * moved to another row, person, exercise or visibility without failing to open.
 */
std::string bodyContext(const Entry& entry);

/** @brief Pads @p body to a multiple of 256 bytes and seals it under @p key for @p entry's row. */
std::vector<std::uint8_t> sealBody(const crypto::SecretBytes& key, const Entry& entry);

/** @brief Opens a body sealed by sealBody (or by a version before private stores); nullopt if it does not open. */
std::optional<std::string> openBody(
    const crypto::SecretBytes& key, const Entry& entry, const std::vector<std::uint8_t>& sealed);

} // namespace tw::workbook::store
