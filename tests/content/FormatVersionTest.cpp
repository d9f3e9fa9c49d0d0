// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Format version 2 is current, and version 1 files and packs keep loading: each file is checked
// against the schema of its own "formatVersion", so a version 1 file may not use version 2 features.
#include "ContentTestSupport.h"
#include "tw/content/Loader.h"

#include <nlohmann/json.hpp>

#include <fstream>

using nlohmann::json;
using namespace tw::content;
using tw::test::describe;
using tw::test::hasProblem;
namespace fs = std::filesystem;

namespace {

json readJson(const fs::path& path)
{
    std::ifstream in(path);
    return json::parse(in);
}

bool says(const std::vector<Problem>& problems, const std::string& pointer, const std::string& words)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const Problem& p) { return p.pointer == pointer && p.message.find(words) != std::string::npos; });
}

struct ContentFormatVersion : ::testing::Test {
    tw::test::TempDir dir;
    fs::path root = tw::test::makeContentRoot(dir);

    fs::path write(const fs::path& path, const json& doc) const
    {
        fs::create_directories(path.parent_path());
        tw::test::writeText(path, doc.dump(2));
        return path;
    }
    std::vector<Problem> check(const fs::path& path) const
    {
        return validateFiles({path}, root / "schema" / "curriculum.schema.json");
    }
    /** The valid version 1 fixture module with one change. */
    static json versionOneModule()
    {
        auto doc = readJson(tw::test::fixture("valid-module.json"));
        doc.erase("$schema");
        return doc;
    }
};

} // namespace

TEST_F(ContentFormatVersion, ShippedFilesAreVersionTwo)
{
    for (const auto& entry : fs::directory_iterator(tw::test::shippedContent() / "curriculum" / "en")) {
        EXPECT_EQ(readJson(entry.path()).at("formatVersion"), 2) << entry.path();
    }
    EXPECT_EQ(readJson(tw::test::shippedContent() / "packs" / "example" / "pack.json").at("formatVersion"), 2);
}

TEST_F(ContentFormatVersion, AVersionOnePackStillLoads)
{
    const auto pack = tw::test::fixture("v1-pack");
    ASSERT_EQ(readJson(pack / "pack.json").at("formatVersion"), 1);
    const auto result = loadCurriculum(root, "en", {pack});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    ASSERT_EQ(result.curriculum.packs.size(), 1U);
    EXPECT_EQ(result.curriculum.packs[0].id, "example-v1");
    const auto* exercise = result.curriculum.findExercise("example-v1:money-and-trust.hidden-debt");
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->kind, Kind::Reading);
    EXPECT_TRUE(check(pack).empty()) << describe(check(pack));
}

TEST_F(ContentFormatVersion, AVersionOneSingleFilePackStillLoads)
{
    auto doc = readJson(tw::test::fixture("v1-pack") / "pack.json");
    doc.erase("$schema");
    auto module = readJson(tw::test::fixture("v1-pack") / "money-and-trust.json");
    module.erase("$schema");
    doc["modules"] = json::array({module});
    const auto path = write(dir / "packs" / "old.json", doc);
    const auto result = loadCurriculum(root, "en", {path});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_EQ(result.curriculum.packs.size(), 1U);

    // Inline modules share the pack file's version: a version 2 pack cannot hold a version 1 module.
    doc["formatVersion"] = 2;
    write(path, doc);
    const auto mixed = loadCurriculum(root, "en", {path});
    EXPECT_EQ(mixed.rejectedPacks.size(), 1U);
    EXPECT_TRUE(hasProblem(mixed.problems, "old.json", "/modules/0/formatVersion")) << describe(mixed.problems);
}

TEST_F(ContentFormatVersion, VersionOneAndTwoModulesLoadSideBySide)
{
    auto sources = readJson(root / "curriculum" / "en" / "sources.json");
    sources["formatVersion"] = 1; // it uses no version 2 feature
    write(root / "curriculum" / "en" / "sources.json", sources);
    const auto result = loadCurriculum(root, "en", {});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_NE(result.curriculum.findExercise("sources.further-reading"), nullptr);
    EXPECT_TRUE(check(root / "curriculum" / "en").empty());
}

TEST_F(ContentFormatVersion, AVersionOneFileCannotUseVersionTwoFeatures)
{
    auto doc = versionOneModule();
    ASSERT_EQ(doc.at("formatVersion"), 1);
    ASSERT_TRUE(check(write(dir / "v1" / "valid-module.json", doc)).empty());
    for (auto& exercise : doc["exercises"]) {
        if (exercise.contains("prompts")) {
            exercise["prompts"][0]["private"] = true;
        }
    }
    const auto problems = check(write(dir / "v1" / "valid-module.json", doc));
    ASSERT_FALSE(problems.empty());
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
        return p.pointer.ends_with("/prompts/0/private") && p.message.find("not allowed") != std::string::npos;
    })) << describe(problems);

    // The same file as version 2 is fine.
    doc["formatVersion"] = 2;
    EXPECT_TRUE(check(write(dir / "v1" / "valid-module.json", doc)).empty());
}

TEST_F(ContentFormatVersion, AVersionThisTrustworkDoesNotKnowIsNamed)
{
    auto doc = versionOneModule();
    doc["formatVersion"] = 3;
    auto problems = check(write(dir / "v3" / "valid-module.json", doc));
    EXPECT_TRUE(says(problems, "/formatVersion", "(check: format version)")) << describe(problems);
    EXPECT_TRUE(says(problems, "/formatVersion", "newer Trustwork")) << describe(problems);
    EXPECT_EQ(problems.size(), 1U) << "nothing else is reported for a file of an unknown format";

    doc["formatVersion"] = -1;
    problems = check(write(dir / "v3" / "valid-module.json", doc));
    EXPECT_TRUE(says(problems, "/formatVersion", "(check: format version)")) << describe(problems);

    doc["formatVersion"] = "2";
    problems = check(write(dir / "v3" / "valid-module.json", doc));
    EXPECT_TRUE(says(problems, "/formatVersion", "(schema: const)")) << describe(problems);

    doc.erase("formatVersion");
    problems = check(write(dir / "v3" / "valid-module.json", doc));
    EXPECT_TRUE(says(problems, "", "missing required property \"formatVersion\"")) << describe(problems);
}
