// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: version vectors (edits per device) as kept in a private store's rows,
// so two of one partner's devices can tell an edit that follows another from one made beside it.

#include <cstdint>
#include <map>
#include <string>

namespace tw::workbook::sync {

using VersionVector = std::map<std::string, std::int64_t>;

enum class Order { Same, Before, After, Concurrent };

/** @brief Parses the JSON text of a row's vector; anything unreadable counts as empty. */
VersionVector parseVector(const std::string& text);
std::string toText(const VersionVector& v);
/** @brief How @p a relates to @p b: Before when b has seen all of a and more. */
Order compare(const VersionVector& a, const VersionVector& b);
VersionVector merged(const VersionVector& a, const VersionVector& b);
/** @brief The vector after one more edit on @p device. */
std::string bumped(const std::string& text, const std::string& device);

} // namespace tw::workbook::sync
