// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tw::crypto {

std::string toBase64(std::span<const std::uint8_t> bytes);
/** @brief Decodes standard base64; nullopt on any invalid character or length. */
std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text);
std::string toHex(std::span<const std::uint8_t> bytes);
std::optional<std::vector<std::uint8_t>> fromHex(std::string_view text);

} // namespace tw::crypto
