// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Content packs: namespacing, references, discovery, and rejection of one pack without the rest.
#include "ContentTestSupport.h"
#include "tw/content/Loader.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <functional>

using nlohmann::json;
using namespace tw::content;
using tw::test::describe;
using tw::test::hasProblem;
namespace fs = std::filesystem;

namespace {

fs::path examplePack()
{
    return tw::test::shippedContent() / "packs" / "example";
}

json readJson(const fs::path& path)
{
    std::ifstream in(path);
    return json::parse(in);
}

struct ContentPacks : ::testing::Test {
    tw::test::TempDir dir;
    fs::path root = tw::test::makeContentRoot(dir);

    /** The example pack as one file, with another id, so it can load beside the folder. */
    fs::path singleFilePack(const std::string& packId, const std::function<void(json&)>& edit = {}) const
    {
        auto doc = readJson(examplePack() / "pack.json");
        doc.erase("$schema");
        doc["pack"]["id"] = packId;
        auto module = readJson(examplePack() / "money-and-trust.json");
        module.erase("$schema");
        doc["modules"] = json::array({module});
        if (edit) {
            edit(doc);
        }
        const auto path = dir / "packs" / (packId + ".json");
        fs::create_directories(path.parent_path());
        tw::test::writeText(path, doc.dump(2));
        return path;
    }
};

} // namespace

TEST_F(ContentPacks, ExamplePackLoadsNamespaced)
{
    const auto result = loadCurriculum(root, "en", {examplePack()});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_TRUE(result.rejectedPacks.empty());
    const auto& curriculum = result.curriculum;
    ASSERT_EQ(curriculum.packs.size(), 1U);
    EXPECT_EQ(curriculum.packs[0].id, "example");
    EXPECT_EQ(curriculum.packs[0].version, "1.0");
    EXPECT_EQ(curriculum.packs[0].locale, "en");

    const auto* module = curriculum.findModule("example:money-and-trust");
    ASSERT_NE(module, nullptr);
    EXPECT_EQ(module->packId, "example");
    EXPECT_EQ(&curriculum.modules.back(), module) << "pack modules come after the default curriculum";
    EXPECT_EQ(curriculum.findModule("money-and-trust"), nullptr) << "never without its prefix";

    const auto* reflection = curriculum.findExercise("example:money-and-trust.what-money-means");
    ASSERT_NE(reflection, nullptr);
    EXPECT_EQ(reflection->moduleId, "example:money-and-trust");
    EXPECT_EQ(reflection->packId, "example");
    EXPECT_EQ(reflection->locale, "en");
    // Unprefixed references resolve to the pack first, then to the default curriculum.
    const std::vector<std::string> expected = {"example:money-and-trust.hidden-debt", "step1.honest-answers"};
    EXPECT_EQ(reflection->see, expected);
    EXPECT_NE(curriculum.findExercise(reflection->see[0]), nullptr);
    EXPECT_NE(curriculum.findExercise(reflection->see[1]), nullptr);
    EXPECT_EQ(curriculum.exerciseCount(), loadCurriculum(root, "en", {}).curriculum.exerciseCount() + 3);
}

TEST_F(ContentPacks, ExamplePackIsValidForTheCli)
{
    std::vector<fs::path> checked;
    const auto problems = validateFiles({examplePack()}, tw::test::schemaPath(), &checked);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    EXPECT_EQ(checked.size(), 2U);
}

TEST_F(ContentPacks, SingleFilePackLoadsBesideTheFolderPack)
{
    const auto file = singleFilePack("money-file");
    const auto result = loadCurriculum(root, "en", {examplePack(), file});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    EXPECT_EQ(result.curriculum.packs.size(), 2U);
    EXPECT_NE(result.curriculum.findExercise("money-file:money-and-trust.hidden-debt"), nullptr);
    EXPECT_NE(result.curriculum.findExercise("example:money-and-trust.hidden-debt"), nullptr);
}

TEST_F(ContentPacks, CollidingPackIsRejectedWhileTheRestLoads)
{
    const auto copy = singleFilePack("example"); // same pack id as the folder
    const auto other = singleFilePack("other");
    const auto result = loadCurriculum(root, "en", {examplePack(), copy, other});
    ASSERT_EQ(result.rejectedPacks.size(), 1U);
    EXPECT_EQ(result.rejectedPacks[0], copy);
    EXPECT_TRUE(hasProblem(result.problems, "example.json", "/pack/id")) << describe(result.problems);
    EXPECT_EQ(result.curriculum.packs.size(), 2U);
    EXPECT_NE(result.curriculum.findModule("example:money-and-trust"), nullptr);
    EXPECT_NE(result.curriculum.findModule("other:money-and-trust"), nullptr);
    EXPECT_NE(result.curriculum.findModule("step1"), nullptr);
}

TEST_F(ContentPacks, InvalidPackIsRejectedWithItsProblemsWhileTheRestLoads)
{
    const auto broken = singleFilePack("broken", [](json& doc) {
        doc["modules"][0]["exercises"][1]["kind"] = "quiz";
        doc["modules"][0]["exercises"][2]["see"] = json::array({"money-and-trust.nowhere"});
    });
    const auto result = loadCurriculum(root, "en", {broken, examplePack()});
    ASSERT_EQ(result.rejectedPacks.size(), 1U);
    EXPECT_EQ(result.rejectedPacks[0], broken);
    EXPECT_TRUE(hasProblem(result.problems, "broken.json", "/modules/0/exercises/1/kind")) << describe(result.problems);
    EXPECT_EQ(result.curriculum.findModule("broken:money-and-trust"), nullptr);
    EXPECT_NE(result.curriculum.findModule("example:money-and-trust"), nullptr);

    const auto dangling = singleFilePack("dangling",
        [](json& doc) { doc["modules"][0]["exercises"][2]["see"] = json::array({"money-and-trust.nowhere"}); });
    const auto second = loadCurriculum(root, "en", {dangling});
    EXPECT_TRUE(hasProblem(second.problems, "dangling.json", "/modules/0/exercises/2/see/0"))
        << describe(second.problems);
}

TEST_F(ContentPacks, APackMayNotReferToAnotherPack)
{
    const auto greedy = singleFilePack("greedy", [](json& doc) {
        doc["modules"][0]["exercises"][2]["see"] = json::array({"example:money-and-trust.hidden-debt"});
    });
    const auto result = loadCurriculum(root, "en", {examplePack(), greedy});
    EXPECT_TRUE(hasProblem(result.problems, "greedy.json", "/modules/0/exercises/2/see/0"))
        << describe(result.problems);
    EXPECT_EQ(result.rejectedPacks.size(), 1U);

    const auto selfPrefixed = singleFilePack("self", [](json& doc) {
        doc["modules"][0]["exercises"][2]["see"] = json::array({"self:money-and-trust.hidden-debt"});
    });
    const auto ok = loadCurriculum(root, "en", {selfPrefixed});
    EXPECT_TRUE(ok.problems.empty()) << describe(ok.problems);
}

TEST_F(ContentPacks, FolderWithoutPackJsonOrModulesIsRejected)
{
    fs::create_directories(dir / "packs" / "empty-folder");
    const auto noModules = singleFilePack("bare", [](json& doc) { doc.erase("modules"); });
    const auto result = loadCurriculum(root, "en", {dir / "packs" / "empty-folder", noModules});
    EXPECT_EQ(result.rejectedPacks.size(), 2U);
    EXPECT_TRUE(hasProblem(result.problems, "empty-folder", "")) << describe(result.problems);
    EXPECT_TRUE(hasProblem(result.problems, "bare.json", "")) << describe(result.problems);
}

TEST_F(ContentPacks, BadMetadataIsReportedAgainstThePackSchema)
{
    const auto bad = singleFilePack("meta", [](json& doc) {
        doc["pack"]["version"] = "one";
        doc["pack"].erase("author");
    });
    const auto problems = validateFiles({bad}, tw::test::schemaPath());
    EXPECT_TRUE(hasProblem(problems, "meta.json", "/pack/version")) << describe(problems);
    EXPECT_TRUE(hasProblem(problems, "meta.json", "/pack")) << describe(problems);
}

TEST_F(ContentPacks, DiscoveryListsFoldersAndJsonFilesInNameOrder)
{
    const auto packs = dir / "data" / "packs";
    fs::create_directories(packs / "b-folder");
    fs::create_directories(packs / ".hidden");
    tw::test::writeText(packs / "a-file.json", "{}");
    tw::test::writeText(packs / "notes.txt", "not a pack");
    const auto found = discoverPacks(packs);
    ASSERT_EQ(found.size(), 2U);
    EXPECT_EQ(found[0].filename(), "a-file.json");
    EXPECT_EQ(found[1].filename(), "b-folder");
    EXPECT_TRUE(discoverPacks(dir / "no-such-folder").empty());
}
