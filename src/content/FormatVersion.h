// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Problem.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tw::content::detail {

/** @brief The format version new files are written in; curriculum.schema.json and pack.schema.json. */
inline constexpr int kCurrentFormatVersion = 2;
/** @brief The oldest version still read, so packs and translations written for it keep loading. */
inline constexpr int kOldestFormatVersion = 1;

/** @brief "curriculum.schema.json" for the current version, "curriculum-v1.schema.json" for version 1. */
std::string curriculumSchemaName(int version);
/** @brief "pack.schema.json" for the current version, "pack-v1.schema.json" for version 1. */
std::string packSchemaName(int version);

/**
 * @brief The version whose schema checks @p doc: its "formatVersion" when that is one Trustwork
 * reads, the current version when it is missing or not a whole number (the schema then says so),
 * and nullopt, with a problem added, for a whole number Trustwork does not read (a newer file).
 */
std::optional<int> schemaVersionFor(
    const nlohmann::json& doc, const std::string& file, const std::string& pointer, std::vector<Problem>& problems);

} // namespace tw::content::detail
