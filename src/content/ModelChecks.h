// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"
#include "tw/content/Problem.h"

#include <map>
#include <string>
#include <vector>

namespace tw::content::detail {

/** @brief A module as read from one file, with where it came from, before it joins a curriculum. */
struct SourceModule {
    Module module;
    std::string file;
    std::string pointer; ///< "" for a module file; "/modules/N" inside a pack file
};

/**
 * @brief The rules of one module that a schema cannot express: exercise ids start with
 * "<moduleId>.", "order" strictly increases, and the ids of prompts, items, fields, turns and
 * areas are unique within their exercise (saved answers are keyed by them).
 */
void checkModule(const SourceModule& source, std::vector<Problem>& problems);

/**
 * @brief Where references of a set of modules may point. The default curriculum refers only to
 * itself; a pack refers to itself first (with or without its "<packId>:" prefix), then to the
 * default curriculum, never to another pack, so each pack loads or fails on its own.
 */
struct ReferenceScope {
    std::string packId; ///< empty for the default curriculum
    const Curriculum* base = nullptr; ///< the default curriculum, for packs
};

/**
 * @brief The rules across a set of modules: module and exercise ids unique, module "order" unique,
 * every "see" and "resources" resolves ("resources" to a reading). @p context modules take part
 * (their ids count, references may point at them) but are not reported on. References in
 * @p targets are replaced by the full ids they resolve to.
 */
void checkModuleSet(std::vector<SourceModule>& targets, const std::vector<SourceModule>& context,
    const ReferenceScope& scope, std::vector<Problem>& problems);

/**
 * @brief Checks that @p translation may replace text in @p base (same module, existing exercises,
 * same kind and answer ids) and, if so, applies it: text comes from the translation, structure
 * (order, minutes, mode, roles, references, settings) stays as in @p base. Returns false and
 * adds problems, changing nothing, when it may not.
 */
bool applyTranslation(std::vector<Module>& base, const SourceModule& translation, const std::string& locale,
    std::vector<Problem>& problems);

} // namespace tw::content::detail
