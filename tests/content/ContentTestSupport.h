// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "tw/content/Problem.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace tw::test {

inline std::filesystem::path sourceDir()
{
    return TW_SOURCE_DIR;
}

/** @brief The shipped content root: content/schema and content/curriculum. */
inline std::filesystem::path shippedContent()
{
    return sourceDir() / "content";
}

inline std::filesystem::path schemaPath()
{
    return shippedContent() / "schema" / "curriculum.schema.json";
}

inline std::filesystem::path fixture(const std::string& name)
{
    return sourceDir() / "tests" / "content" / "fixtures" / name;
}

/**
 * @brief A private content root in @p dir with the shipped schemas and English curriculum, for
 * tests that add translations, packs or broken files without touching the source tree.
 */
inline std::filesystem::path makeContentRoot(const TempDir& dir)
{
    namespace fs = std::filesystem;
    const auto root = dir / "content";
    fs::create_directories(root / "curriculum");
    fs::copy(shippedContent() / "schema", root / "schema", fs::copy_options::recursive);
    fs::copy(shippedContent() / "curriculum" / "en", root / "curriculum" / "en", fs::copy_options::recursive);
    return root;
}

/** @brief True if some problem is in a file named @p fileName (any folder) at exactly @p pointer. */
inline bool hasProblem(
    const std::vector<content::Problem>& problems, const std::string& fileName, const std::string& pointer)
{
    return std::any_of(problems.begin(), problems.end(), [&](const content::Problem& p) {
        return std::filesystem::path(p.file).filename() == fileName && p.pointer == pointer;
    });
}

/** @brief The problems as printed by the CLI, for failure messages. */
inline std::string describe(const std::vector<content::Problem>& problems)
{
    return problems.empty() ? std::string("(no problems)") : content::formatProblems(problems);
}

} // namespace tw::test
