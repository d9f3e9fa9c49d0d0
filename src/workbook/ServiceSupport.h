// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: helpers shared by the exercise services. Not installed, not public.

#include "tw/workbook/Types.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook::detail {

/**
 * Key reserved in every body object the services write. It holds only spaces: private rows are
 * padded to a size bucket because the sealed blob's length is visible to the other partner, who
 * holds the database key and can read the table with the sqlcipher tool.
 */
inline constexpr const char* kPadKey = "_pad";

/** Smallest padded size of a private body; most short answers fit in it. */
inline constexpr std::size_t kDefaultBucket = 512;

/** Parses JSON text a caller passed in; throws Usage unless it is an object without kPadKey. */
nlohmann::json parseInput(const std::string& text, const char* what);

/** Parses a stored body and drops its padding; throws Damaged if it is not a JSON object. */
nlohmann::json parseStored(const std::string& body);

/** Compact text; throws Usage for text that is not valid UTF-8 instead of writing it. */
std::string dump(const nlohmann::json& value);

/**
 * Serialises a body for a row of @p visibility. Private bodies are padded to @p minBucket bytes, or
 * to the next power of two above it, so a row's length says as little as possible about its text.
 * Shared bodies are left as they are: the partner can read them anyway.
 */
std::string encode(nlohmann::json body, Visibility visibility, std::size_t minBucket = kDefaultBucket);

/** The most recently changed entry, if any (ties broken by id so the choice is stable). */
std::optional<Entry> latest(const std::vector<Entry>& entries);

/** Required string member of a stored body; Damaged if missing or of the wrong type. */
std::string stringAt(const nlohmann::json& body, const char* key);

/** Throws Usage with @p message when @p text is empty or only white space. */
void requireText(const std::string& text, const char* message);

} // namespace tw::workbook::detail
