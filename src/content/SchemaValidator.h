// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchemaRewrite.h"
#include "tw/content/Problem.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace tw::content::detail {

/**
 * @brief Checks documents against a published JSON Schema with valijson, so the rules live in the
 * schema alone, and turns valijson's raw results into problems an author can act on.
 *
 * valijson reports every branch of a failed oneOf/anyOf, which buries the one real mistake among
 * dozens of lines. So the schema is also compiled in a diagnostic form (see rewriteForDiagnostics)
 * that dispatches on "kind" and on JSON type; its messages are reported, while the verdict always
 * comes from the published rules. Should the two ever disagree, the raw results are reported.
 * Not thread-safe: valijson caches compiled regexes inside the validator.
 */
class SchemaValidator {
public:
    /** @brief Loads @p schemaFile; a "$ref" to another *.schema.json resolves to the file beside it. */
    explicit SchemaValidator(const std::filesystem::path& schemaFile);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    /** @brief Every problem in @p doc, naming @p file; empty when the document is valid. */
    std::vector<Problem> validate(const nlohmann::json& doc, const std::string& file);
    /** @brief The published schema's verdict, without messages (fast). */
    bool accepts(const nlohmann::json& doc);
    /** @brief The diagnostic form's verdict; the fuzz target checks it always equals accepts(). */
    bool diagnosticAccepts(const nlohmann::json& doc);
    /**
     * @brief The verdict of the schema exactly as published, for tests and the fuzz target, which
     * check that accepts() always equals it. Unguarded: keep strings in @p doc short.
     */
    bool publishedAccepts(const nlohmann::json& doc);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace tw::content::detail
