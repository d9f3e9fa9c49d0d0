// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: a locale folder replaces text per module and per exercise; the rest stays English.
#include "ContentTestSupport.h"
#include "tw/content/Loader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

using nlohmann::json;
using namespace tw::content;
using tw::test::describe;
using tw::test::hasProblem;
namespace fs = std::filesystem;

namespace {

struct ContentLocale : ::testing::Test {
    tw::test::TempDir dir;
    fs::path root = tw::test::makeContentRoot(dir);

    static json englishModule(const std::string& id)
    {
        std::ifstream in(tw::test::shippedContent() / "curriculum" / "en" / (id + ".json"));
        return json::parse(in);
    }

    /** step1 in German, holding only the impact letter, as a partial translation would. */
    static json germanStep1()
    {
        auto doc = englishModule("step1");
        json letter;
        for (const auto& exercise : doc["exercises"]) {
            if (exercise["id"] == "step1.impact-letter") {
                letter = exercise;
            }
        }
        letter["title"] = "Der Brief über die Verletzung";
        letter["intro"] = {{"default", "Schreiben Sie in Ruhe."}, {"hurt", "Schreiben Sie, was Sie verletzt hat."}};
        letter["minutes"] = 99; // structure comes from en whatever a translation says
        doc["title"] = "Schritt 1: Den Schmerz anerkennen";
        doc["exercises"] = json::array({letter});
        return doc;
    }

    void writeTranslation(const std::string& locale, const std::string& name, const json& doc) const
    {
        fs::create_directories(root / "curriculum" / locale);
        tw::test::writeText(root / "curriculum" / locale / name, doc.dump(2));
    }
};

} // namespace

TEST_F(ContentLocale, TranslatedItemsReplaceEnglishAndTheRestFallsBack)
{
    writeTranslation("de", "step1.json", germanStep1());
    const auto result = loadCurriculum(root, "de", {});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    const auto& curriculum = result.curriculum;
    EXPECT_EQ(curriculum.locale, "de");

    const auto* letter = curriculum.findExercise("step1.impact-letter");
    ASSERT_NE(letter, nullptr);
    EXPECT_EQ(letter->locale, "de");
    EXPECT_EQ(letter->title, "Der Brief über die Verletzung");
    EXPECT_EQ(letter->intro.forRole("hurt"), "Schreiben Sie, was Sie verletzt hat.");
    EXPECT_EQ(letter->intro.forRole("involved"), "Schreiben Sie in Ruhe.");
    EXPECT_EQ(letter->moduleId, "step1");

    const auto english = loadCurriculum(root, "en", {});
    const auto* original = english.curriculum.findExercise("step1.impact-letter");
    ASSERT_NE(original, nullptr);
    EXPECT_EQ(letter->minutes, original->minutes) << "structure stays as in en";
    EXPECT_EQ(letter->order, original->order);
    EXPECT_EQ(letter->see, original->see);

    const auto* apology = curriculum.findExercise("step1.apology");
    ASSERT_NE(apology, nullptr);
    EXPECT_EQ(apology->locale, "en") << "not translated, so the UI can say so";

    const auto* step1 = curriculum.findModule("step1");
    ASSERT_NE(step1, nullptr);
    EXPECT_EQ(step1->title, "Schritt 1: Den Schmerz anerkennen");
    EXPECT_EQ(step1->locale, "de");
    EXPECT_EQ(step1->exercises.size(), english.curriculum.findModule("step1")->exercises.size());
    EXPECT_EQ(curriculum.findModule("step2")->locale, "en");
}

TEST_F(ContentLocale, RegionalLocaleUsesTheLanguageFolder)
{
    writeTranslation("de", "step1.json", germanStep1());
    const auto result = loadCurriculum(root, "de_AT", {});
    EXPECT_EQ(result.curriculum.findExercise("step1.impact-letter")->locale, "de");
}

TEST_F(ContentLocale, MissingLocaleFolderMeansEnglish)
{
    const auto result = loadCurriculum(root, "fr", {});
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.curriculum.findExercise("step1.impact-letter")->locale, "en");
}

TEST_F(ContentLocale, ATranslationThatChangesStructureIsRejectedAndEnglishStays)
{
    auto changedIds = germanStep1();
    changedIds["exercises"][0]["prompts"][0]["id"] = "erster";
    writeTranslation("de", "step1.json", changedIds);
    auto unknown = germanStep1();
    unknown["id"] = "schritt1";
    for (auto& exercise : unknown["exercises"]) {
        exercise["id"] = "schritt1.brief";
    }
    writeTranslation("de", "schritt1.json", unknown);

    const auto result = loadCurriculum(root, "de", {});
    EXPECT_TRUE(hasProblem(result.problems, "step1.json", "/exercises/0")) << describe(result.problems);
    EXPECT_TRUE(hasProblem(result.problems, "schritt1.json", "/id")) << describe(result.problems);
    const auto* letter = result.curriculum.findExercise("step1.impact-letter");
    ASSERT_NE(letter, nullptr);
    EXPECT_EQ(letter->locale, "en");
    EXPECT_EQ(result.curriculum.findModule("step1")->locale, "en");
}

TEST_F(ContentLocale, TheValidatorChecksATranslationFolderAgainstEnglish)
{
    writeTranslation("de", "step1.json", germanStep1());
    std::vector<fs::path> checked;
    auto problems = validateFiles({root / "curriculum" / "de"}, root / "schema" / "curriculum.schema.json", &checked);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    EXPECT_EQ(checked.size(), 1U);

    auto wrongKind = germanStep1();
    wrongKind["exercises"][0]["kind"] = "reading";
    wrongKind["exercises"][0].erase("prompts");
    wrongKind["exercises"][0]["body"] = "Text.";
    writeTranslation("de", "step1.json", wrongKind);
    problems = validateFiles({root / "curriculum" / "de" / "step1.json"}, root / "schema" / "curriculum.schema.json");
    EXPECT_TRUE(hasProblem(problems, "step1.json", "/exercises/0/kind")) << describe(problems);
}

// The shipped German files, not a temporary copy: start is translated, and every module that
// curriculum/de does not translate falls back to English.
TEST(ContentLocaleShipped, GermanStartModuleLoadsAndUntranslatedModulesStayEnglish)
{
    const auto root = tw::test::shippedContent();
    std::set<std::string> translated;
    for (const auto& entry : fs::directory_iterator(root / "curriculum" / "de")) {
        if (entry.path().extension() == ".json") {
            std::ifstream in(entry.path());
            translated.insert(json::parse(in).at("id").get<std::string>());
        }
    }
    ASSERT_TRUE(translated.contains("start"));

    const auto result = loadCurriculum(root, "de", {});
    EXPECT_TRUE(result.problems.empty()) << describe(result.problems);
    const auto english = loadCurriculum(root, "en", {});
    ASSERT_EQ(result.curriculum.modules.size(), english.curriculum.modules.size());

    const auto* start = result.curriculum.findModule("start");
    const auto* englishStart = english.curriculum.findModule("start");
    ASSERT_NE(start, nullptr);
    ASSERT_NE(englishStart, nullptr);
    EXPECT_EQ(start->locale, "de");
    EXPECT_NE(start->title, englishStart->title);
    EXPECT_NE(start->summary.forRole("solo"), englishStart->summary.forRole("solo"));
    ASSERT_EQ(start->exercises.size(), englishStart->exercises.size());
    for (std::size_t i = 0; i < start->exercises.size(); ++i) {
        const auto& exercise = start->exercises[i];
        const auto& original = englishStart->exercises[i];
        EXPECT_EQ(exercise.id, original.id);
        EXPECT_EQ(exercise.locale, "de") << exercise.id;
        EXPECT_EQ(exercise.kind, original.kind) << exercise.id;
        EXPECT_NE(exercise.title, original.title) << exercise.id;
        EXPECT_NE(exercise.intro.forRole("involved"), original.intro.forRole("involved")) << exercise.id;
    }

    const auto* safety = result.curriculum.findExercise("start.safety-check");
    ASSERT_NE(safety, nullptr);
    EXPECT_TRUE(safety->safety);
    EXPECT_EQ(safety->resources, "start.help-now");
    // Every concern group's message is German too, and the groups and their help come from English.
    const auto* englishSafety = english.curriculum.findExercise("start.safety-check");
    ASSERT_EQ(safety->concernGroups.size(), englishSafety->concernGroups.size());
    ASSERT_FALSE(safety->concernGroups.empty());
    for (std::size_t i = 0; i < safety->concernGroups.size(); ++i) {
        const auto& group = safety->concernGroups[i];
        EXPECT_EQ(group.id, englishSafety->concernGroups[i].id);
        EXPECT_EQ(group.resources, englishSafety->concernGroups[i].resources);
        EXPECT_NE(group.message.forRole("hurt"), englishSafety->concernGroups[i].message.forRole("hurt")) << group.id;
        EXPECT_NE(group.title, englishSafety->concernGroups[i].title) << group.id;
    }
    EXPECT_TRUE(std::all_of(safety->checkItems.begin(), safety->checkItems.end(),
        [](const CheckItem& item) { return item.concern && !item.concernGroup.empty(); }));
    const auto* local = result.curriculum.findExercise("start.local-help");
    ASSERT_NE(local, nullptr);
    EXPECT_TRUE(std::all_of(local->prompts.begin(), local->prompts.end(), [](const Prompt& p) { return p.isPrivate; }));

    for (const auto& module : result.curriculum.modules) {
        const std::string expected = translated.contains(module.id) ? "de" : "en";
        EXPECT_EQ(module.locale, expected) << module.id;
        for (const auto& exercise : module.exercises) {
            if (expected == "en") {
                EXPECT_EQ(exercise.locale, "en") << exercise.id;
            }
        }
    }
}
