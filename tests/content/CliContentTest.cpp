// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `trustwork-cli content ...` run as a script would run it.
#include "CliRunner.h"
#include "ContentTestSupport.h"

#include <nlohmann/json.hpp>

using tw::test::runCli;

namespace {

std::string fixtureArg(const std::string& name)
{
    return tw::test::fixture(name).string();
}

} // namespace

TEST(CliContent, ValidateShippedCurriculumSucceeds)
{
    const auto r = runCli({"content", "validate", (tw::test::shippedContent() / "curriculum" / "en").string()});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("11 files valid"), std::string::npos) << r.out;
}

TEST(CliContent, ValidateExamplePackSucceeds)
{
    const auto r = runCli({"content", "validate", (tw::test::shippedContent() / "packs" / "example").string()});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}

TEST(CliContent, ValidateListsEveryProblemAndExitsSeven)
{
    const auto r = runCli({"content", "validate", fixtureArg("unknown-kind.json"), fixtureArg("wrong-type.json"),
        fixtureArg("syntax-error.json"), fixtureArg("valid-module.json")});
    EXPECT_EQ(r.exitCode, 7) << r.out << r.err;
    EXPECT_NE(r.out.find("unknown-kind.json: /exercises/1/kind: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("wrong-type.json: /exercises/0/minutes: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("syntax-error.json:26:7: syntax error"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("valid-module.json"), std::string::npos) << "a valid file is not listed";
    EXPECT_NE(r.out.find("3 problems in 3 of 4 files"), std::string::npos) << r.out;
}

TEST(CliContent, ValidateNeedsAnExistingPath)
{
    EXPECT_EQ(runCli({"content", "validate"}).exitCode, 2);
    EXPECT_EQ(runCli({"content", "validate", "/no/such/file.json"}).exitCode, 6);
    EXPECT_EQ(runCli({"content"}).exitCode, 2);
    EXPECT_EQ(runCli({"content", "frobnicate"}).exitCode, 2);
}

TEST(CliContent, StatsJsonMeetsTheBar)
{
    const auto r = runCli({"content", "stats", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_GE(j.at("exercises").get<int>(), 70);
    EXPECT_GE(j.at("words").get<int>(), 40000);
    for (const auto& [kind, count] : j.at("perKind").items()) {
        EXPECT_GT(count.get<int>(), 0) << kind;
    }
    for (const auto& [step, numbers] : j.at("perStep").items()) {
        EXPECT_GE(numbers.at("exercises").get<int>(), 8) << "step " << step;
        EXPECT_GE(numbers.at("kinds").size(), 3U) << "step " << step;
    }
    const auto& variants = j.at("roleVariants");
    EXPECT_GE(variants.at("whereRolesDifferWithMutual").get<int>() * 2, variants.at("whereRolesDiffer").get<int>());
    ASSERT_FALSE(j.at("stages").empty());
    for (const auto& stage : j.at("stages")) {
        EXPECT_TRUE(stage.at("present").get<bool>()) << stage.dump();
    }
    EXPECT_TRUE(j.at("qualityBar").at("met").get<bool>()) << j.at("qualityBar").dump();
}

TEST(CliContent, StatsTableAndExplicitPaths)
{
    const auto table = runCli({"content", "stats", tw::test::shippedContent().string()});
    ASSERT_EQ(table.exitCode, 0) << table.err;
    EXPECT_NE(table.out.find("Quality bar: met"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("step1"), std::string::npos);
    EXPECT_NE(table.out.find("mutual where roles differ: "), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("present  meaning: how did this become possible"), std::string::npos) << table.out;

    const auto folder
        = runCli({"content", "stats", "--json", (tw::test::shippedContent() / "curriculum" / "en").string()});
    ASSERT_EQ(folder.exitCode, 0) << folder.err;
    EXPECT_EQ(nlohmann::json::parse(folder.out).at("modules").get<int>(), 11);

    // A small curriculum still gets its numbers, with the unmet items listed and exit 0.
    tw::test::TempDir dir;
    std::filesystem::create_directories(dir / "draft");
    std::filesystem::copy_file(tw::test::fixture("valid-module.json"), dir / "draft" / "valid-module.json");
    const auto draft = runCli({"content", "stats", (dir / "draft").string()});
    EXPECT_EQ(draft.exitCode, 0) << draft.err;
    EXPECT_NE(draft.out.find("Quality bar: NOT met"), std::string::npos) << draft.out;
    EXPECT_NE(draft.out.find("MISSING  forgiveness as a process"), std::string::npos) << draft.out;
}

TEST(CliContent, ContentDirOverrideMustBeAContentRoot)
{
    tw::test::TempDir dir;
    EXPECT_EQ(runCli({"--content-dir", dir.path().string(), "content", "stats"}).exitCode, 6);
    const auto ok = runCli({"--content-dir", tw::test::shippedContent().string(), "content", "stats", "--json"});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
}
