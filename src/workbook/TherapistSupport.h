// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: helpers for the therapist file formats and services. Not installed.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tw::workbook::detail {

/**
 * Reads an input file of at most @p maxBytes, checking the size before reading so a huge or
 * endless file is refused without being loaded. Throws Io (missing, unreadable) or InvalidInput.
 */
std::vector<std::uint8_t> readInputFile(const std::filesystem::path& path, std::size_t maxBytes, const char* what);

/** Standard base64 that must also be exactly what we would write, so no two texts mean the same bytes. */
std::vector<std::uint8_t> strictBase64(const nlohmann::json& node, std::size_t expectedSize, const char* what);

/** A required string member of at most @p maxLength bytes; @p what names it in the message. */
std::string boundedString(
    const nlohmann::json& object, const char* key, std::size_t maxLength, const char* what, bool required = true);

/** Throws InvalidInput for @p fileWhat ("The assignment file") with @p detail. */
[[noreturn]] void invalidFile(const char* fileWhat, const std::string& detail);

/**
 * Checks the envelope that every therapist file starts with: a JSON object whose "format" is
 * @p format and whose "version" is one this program reads. Unknown versions are named, so the user
 * knows to update rather than suspect tampering. Returns the parsed document.
 */
nlohmann::json parseEnvelope(
    std::span<const std::uint8_t> bytes, const char* format, int version, const char* fileWhat);
/** As above, reading any version from @p oldest to @p newest; an older one gets @p tooOld as its message. */
nlohmann::json parseEnvelope(std::span<const std::uint8_t> bytes, const char* format, int oldest, int newest,
    const char* fileWhat, const char* tooOld = nullptr);

/** The file text we write for @p doc; readers compare against it to refuse any altered byte. */
std::string canonicalText(const nlohmann::json& doc);

/** The day number (days since 1970-01-01) of @p ms in this computer's local time. */
std::int64_t localDay(std::int64_t ms);

} // namespace tw::workbook::detail
