// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace tw::content::detail {

/**
 * @brief What the schema expects, by keyword and property name ("enum:kind", "pattern:id",
 * "enum:roles[]" for list items), so messages can say it.
 */
using EnumHints = std::map<std::string, nlohmann::json>;

/** @brief Marks which rewrites rewriteSchema applies. */
enum class SchemaForm {
    Published, ///< no rewrite at all
    Exact, ///< only rewrites that accept exactly the same documents
    Diagnostic, ///< also the friendlier dispatch, which may differ on documents the rest rejects
};

/**
 * @brief A copy of @p schema rewritten for valijson. Both forms guard "pattern" with "maxLength"
 * (libstdc++'s std::regex recurses once per character, so a hostile 100 kB id would overflow the
 * stack) and spell "additionalProperties": false / "propertyNames" as a failing subschema per
 * property, so every unknown property is reported by name instead of only the first one.
 * The diagnostic form also turns a oneOf/anyOf whose branches differ by a "const" property (the
 * exercise kind) or by JSON type (roleText) into if/then dispatch, so only the intended branch
 * reports errors.
 */
nlohmann::json rewriteSchema(const nlohmann::json& schema, SchemaForm form, EnumHints* hints = nullptr);

} // namespace tw::content::detail
