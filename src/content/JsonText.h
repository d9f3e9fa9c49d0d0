// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tw::content::detail {

/** @brief Deeper nesting than any content file needs; refusing it keeps every recursive walk safe. */
inline constexpr std::size_t kMaxJsonDepth = 64;

struct ParsedJson {
    nlohmann::json doc;
    std::vector<Problem> problems;
    /** @brief False after a syntax error or excessive nesting: then doc is null and useless. */
    bool parsed = false;
};

/**
 * @brief Parses @p text strictly: syntax errors with line and column, keys that appear twice in
 * one object (the second would silently hide the first), and nesting beyond kMaxJsonDepth.
 * Duplicate keys are reported but still leave a usable document, so later checks run too.
 */
ParsedJson parseJsonText(std::string_view text, const std::string& file);

/** @brief The whole file; throws tw::Error(Io) naming the file when it cannot be read. */
std::string readTextFile(const std::filesystem::path& path);

/** @brief Escapes one JSON pointer reference token ("~" -> "~0", "/" -> "~1"). */
std::string escapePointerToken(std::string_view token);

/** @brief Shortens @p text to at most @p maxBytes plus "...", never cutting a UTF-8 sequence in half. */
void truncateUtf8(std::string& text, std::size_t maxBytes);

} // namespace tw::content::detail
