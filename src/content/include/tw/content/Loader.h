// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"
#include "tw/content/Problem.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tw::content {

/** @brief What loadCurriculum produced: a usable curriculum, and what it had to leave out. */
struct LoadResult {
    Curriculum curriculum;
    /** @brief Problems of rejected packs and rejected translation files; the rest loaded anyway. */
    std::vector<Problem> problems;
    std::vector<std::filesystem::path> rejectedPacks;
};

/**
 * @brief Loads the curriculum under @p contentRoot (which holds schema/curriculum.schema.json and
 * curriculum/<locale>/ with one .json file per module), translated into @p locale where a translation exists, plus the
 * content packs at @p packs (folders or .json files, see discoverPacks).
 *
 * Every file is checked against the published schema and the rules a schema cannot express.
 * The English curriculum must be valid: otherwise this throws tw::Error(InvalidInput) listing every
 * problem. A translation file ("de" also tries "de" for "de_AT") replaces the text of the modules
 * and exercises it names; anything it lacks stays English with locale "en". A broken translation
 * file or pack is left out and reported in the result, and everything else still loads.
 * Throws tw::Error(Io) when the root, schema or English folder is missing, and tw::Error(Usage)
 * for a locale that is not a plain language tag.
 */
LoadResult loadCurriculum(const std::filesystem::path& contentRoot, const std::string& locale,
    const std::vector<std::filesystem::path>& packs);

/**
 * @brief Loads one folder of module files as a complete English curriculum (no translations, no
 * packs), for tools that look at a draft outside a content root. Throws tw::Error(InvalidInput)
 * listing every problem, or tw::Error(Io) when the folder or schema cannot be read.
 */
Curriculum loadCurriculumFolder(const std::filesystem::path& folder, const std::filesystem::path& schemaPath);

/**
 * @brief Checks content files for `trustwork-cli content validate`. Each path may be a module file
 * (checked with the module files beside it, which count for ids and references), a curriculum
 * folder (checked as one complete curriculum), a translation folder such as curriculum/de (checked
 * against curriculum/en beside it), a pack folder with pack.json, a single-file pack, or a folder
 * of packs such as <dataDir>/packs. Packs may refer to the default curriculum found beside @p schemaPath
 * (<root>/schema/curriculum.schema.json -> <root>/curriculum/en).
 * Returns every problem found; @p checkedFiles, if given, receives each file that was read.
 * Throws tw::Error(Io) for a path that does not exist.
 */
std::vector<Problem> validateFiles(const std::vector<std::filesystem::path>& paths,
    const std::filesystem::path& schemaPath, std::vector<std::filesystem::path>* checkedFiles = nullptr);

/**
 * @brief The packs in a data directory's packs/ folder: each subfolder and each .json file, sorted
 * by name so the load order (and so which of two colliding packs wins) is stable. A subfolder
 * without pack.json is listed too, so that loading reports it instead of ignoring it silently.
 * Hidden entries are skipped; a missing folder gives an empty list.
 */
std::vector<std::filesystem::path> discoverPacks(const std::filesystem::path& packsDir);

} // namespace tw::content
