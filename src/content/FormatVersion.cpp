// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatVersion.h"

#include <cstdint>

namespace tw::content::detail {

namespace {

std::string versioned(const std::string& base, int version)
{
    return version == kCurrentFormatVersion ? base + ".schema.json"
                                            : base + "-v" + std::to_string(version) + ".schema.json";
}

} // namespace

std::string curriculumSchemaName(int version)
{
    return versioned("curriculum", version);
}

std::string packSchemaName(int version)
{
    return versioned("pack", version);
}

std::optional<int> schemaVersionFor(
    const nlohmann::json& doc, const std::string& file, const std::string& pointer, std::vector<Problem>& problems)
{
    if (!doc.is_object() || !doc.contains("formatVersion") || !doc.at("formatVersion").is_number_integer()) {
        return kCurrentFormatVersion;
    }
    const auto& node = doc.at("formatVersion");
    // Compared as 64-bit values first: a huge number must not wrap into a version that exists.
    const bool known = node.is_number_unsigned()
        ? node.get<std::uint64_t>() >= static_cast<std::uint64_t>(kOldestFormatVersion)
            && node.get<std::uint64_t>() <= static_cast<std::uint64_t>(kCurrentFormatVersion)
        : node.get<std::int64_t>() >= kOldestFormatVersion && node.get<std::int64_t>() <= kCurrentFormatVersion;
    if (known) {
        return static_cast<int>(node.get<std::int64_t>());
    }
    problems.push_back({file, pointer + "/formatVersion",
        "format version " + node.dump() + " is not one this Trustwork reads (" + std::to_string(kOldestFormatVersion)
            + " to " + std::to_string(kCurrentFormatVersion)
            + "); a newer file needs a newer Trustwork (check: format version)"});
    return std::nullopt;
}

} // namespace tw::content::detail
