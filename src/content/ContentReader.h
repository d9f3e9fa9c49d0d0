// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelChecks.h"
#include "SchemaValidator.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tw::content::detail {

/** @brief A pack as read from disk: already checked, namespaced and ready to join a curriculum. */
struct SourcePack {
    PackInfo info;
    std::filesystem::path path;
    std::string metaFile; ///< pack.json, or the pack file itself
    std::vector<Module> modules;
};

/**
 * @brief Reads content files into checked modules and packs, holding the compiled schemas so each
 * schema is loaded once however many files are read. Problems are appended to the caller's list;
 * a unit (file or pack) failed when it added any.
 */
class ContentReader {
public:
    /** @brief @p schemaDir holds curriculum.schema.json and (for packs) pack.schema.json. */
    explicit ContentReader(std::filesystem::path schemaDir);

    /**
     * @brief Syntax, schema, model and in-file checks; nullopt when no module could be built. Each
     * file is checked against the schema of its own "formatVersion" (1 or 2).
     */
    std::optional<SourceModule> readModuleFile(const std::filesystem::path& path, std::vector<Problem>& problems);
    /** @brief The model and in-file checks for a schema-valid module document. */
    std::optional<SourceModule> moduleFromJson(
        const nlohmann::json& doc, const std::string& file, const std::string& pointer, std::vector<Problem>& problems);
    /** @brief Every module file in @p dir (sorted; pack.json and hidden files skipped). */
    std::vector<SourceModule> readModuleFolder(const std::filesystem::path& dir, std::vector<Problem>& problems,
        std::vector<std::filesystem::path>* checkedFiles = nullptr);
    /**
     * @brief A pack folder or single-file pack, checked as a unit against @p base (the default
     * curriculum, may be null) and namespaced; nullopt when it has any problem.
     */
    std::optional<SourcePack> readPack(const std::filesystem::path& path, const Curriculum* base,
        std::vector<Problem>& problems, std::vector<std::filesystem::path>* checkedFiles = nullptr);

    /** @brief The module files of @p dir in load order. */
    static std::vector<std::filesystem::path> moduleFiles(const std::filesystem::path& dir);

private:
    /** @brief The schema for @p version, compiled on first use (and kept: compiling is slow). */
    SchemaValidator& schema(const std::string& name);
    /** @brief Schema problems of @p doc under the schema of its own format version. */
    std::vector<Problem> validateVersioned(const nlohmann::json& doc, const std::string& file, bool pack);

    std::filesystem::path m_schemaDir;
    std::map<std::string, std::unique_ptr<SchemaValidator>> m_schemas; // by file name
};

} // namespace tw::content::detail
