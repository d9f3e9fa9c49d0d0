// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stats and the content guide's quality bar, on the shipped curriculum and on a deliberately small one.
#include "tw/content/Stats.h"

#include "ContentTestSupport.h"
#include "tw/content/Loader.h"

#include <nlohmann/json.hpp>

using namespace tw::content;
namespace fs = std::filesystem;

TEST(ContentWords, CountedAsCheckSchemaPyCountsThem)
{
    EXPECT_EQ(countWords(""), 0);
    EXPECT_EQ(countWords("   \n\n  "), 0);
    EXPECT_EQ(countWords("Trust grows back slowly."), 4);
    EXPECT_EQ(countWords("don't"), 1);
    EXPECT_EQ(countWords("well-being"), 1);
    EXPECT_EQ(countWords("- a bullet"), 3) << "a lone hyphen matches [\\w'’-]+ too";
    EXPECT_EQ(countWords("it\xE2\x80\x99s"), 1) << "’ joins a word";
    EXPECT_EQ(countWords("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94 text\xE2\x80\xA6"), 2) << "“ ” — … separate";
    EXPECT_EQ(countWords("caf\xC3\xA9 na\xC3\xAFve"), 2) << "accented letters are word characters";
    EXPECT_EQ(countWords("20-minute break, 3 times"), 4);
    EXPECT_EQ(countWords("a\xFF"
                         "b"),
        2)
        << "a malformed byte separates, it never crashes";
}

TEST(ContentStats, ShippedCurriculumMeetsTheQualityBar)
{
    const auto result = loadCurriculum(tw::test::shippedContent(), "en", {});
    const auto stats = computeStats(result.curriculum);
    const auto unmet = qualityBar(stats);
    EXPECT_TRUE(unmet.empty()) << [&] {
        std::string all;
        for (const auto& item : unmet) {
            all += item + "\n";
        }
        return all;
    }();
    EXPECT_GE(stats.exercises, 70);
    EXPECT_GE(stats.words, 40000);
    for (const Kind kind : kAllKinds) {
        EXPECT_GT(stats.exercisesPerKind.at(kind), 0) << toString(kind);
    }
    for (int step = 1; step <= 4; ++step) {
        EXPECT_GE(stats.exercisesPerStep.at(step), 8) << "step " << step;
        EXPECT_GE(stats.kindsPerStep.at(step).size(), 3U) << "step " << step;
    }
    EXPECT_GE(stats.exercisesWithVariants * 2, stats.exercises) << "role variants in at least half";
    EXPECT_GT(stats.exercisesWhereRolesDiffer, 40);
    EXPECT_GE(stats.exercisesWhereRolesDifferWithMutual * 2, stats.exercisesWhereRolesDiffer)
        << "mutual variants in at least half of the exercises where roles differ";
    EXPECT_GE(stats.stages.size(), 10U);
    for (const auto& stage : stats.stages) {
        EXPECT_TRUE(stage.missing.empty()) << stage.stage;
        EXPECT_TRUE(stage.inOrder) << stage.stage;
    }
    for (const auto& reading : stats.readings) {
        EXPECT_GE(reading.words, 150) << reading.exerciseId << " " << reading.variant;
        EXPECT_LE(reading.words, 450) << reading.exerciseId << " " << reading.variant;
    }
    int moduleWords = 0;
    for (const auto& module : stats.perModule) {
        moduleWords += module.words;
    }
    EXPECT_EQ(moduleWords, stats.words);
    EXPECT_EQ(stats.modules, 11);
}

TEST(ContentStats, MeaningBeforeAcknowledgementFailsTheBar)
{
    auto curriculum = loadCurriculum(tw::test::shippedContent(), "en", {}).curriculum;
    auto& modules = curriculum.modules;
    const auto meaning
        = std::find_if(modules.begin(), modules.end(), [](const Module& m) { return m.id == "meaning"; });
    ASSERT_NE(meaning, modules.end());
    auto moved = *meaning;
    modules.erase(meaning);
    modules.insert(modules.begin(), std::move(moved));
    const auto unmet = qualityBar(computeStats(curriculum));
    EXPECT_TRUE(std::any_of(unmet.begin(), unmet.end(), [](const std::string& u) {
        return u == "the stage \"meaning: how did this become possible\" must come after step1.apology";
    })) << unmet.size();
}

TEST(ContentStats, MutualVariantsAreCountedWhereRolesDiffer)
{
    auto curriculum = loadCurriculum(tw::test::shippedContent(), "en", {}).curriculum;
    const auto before = computeStats(curriculum);
    // Take every mutual variant away: the bar must say so.
    for (auto& module : curriculum.modules) {
        for (auto& e : module.exercises) {
            for (auto* text : {&e.intro, &e.body, &e.afterReveal, &e.guidance}) {
                text->variants.erase("mutual");
            }
            for (auto& p : e.prompts) {
                p.text.variants.erase("mutual");
                if (p.hint) {
                    p.hint->variants.erase("mutual");
                }
            }
            for (auto& t : e.turns) {
                t.speaker.variants.erase("mutual");
                t.listener.variants.erase("mutual");
            }
            for (auto& f : e.fields) {
                f.labelVariants.erase("mutual");
            }
            for (auto& i : e.checkItems) {
                i.text.variants.erase("mutual");
            }
            for (auto& i : e.scaleItems) {
                i.label.variants.erase("mutual");
            }
            for (auto& c : e.commitmentExamples) {
                c.variants.erase("mutual");
            }
            for (auto& g : e.concernGroups) {
                g.message.variants.erase("mutual");
            }
            if (e.followUp) {
                e.followUp->text.variants.erase("mutual");
            }
        }
    }
    const auto after = computeStats(curriculum);
    EXPECT_EQ(after.exercisesWhereRolesDiffer, before.exercisesWhereRolesDiffer);
    EXPECT_EQ(after.exercisesWhereRolesDifferWithMutual, 0);
    const auto unmet = qualityBar(after);
    EXPECT_TRUE(std::any_of(unmet.begin(), unmet.end(), [](const std::string& u) {
        return u.find("a mutual variant is needed in at least half") != std::string::npos;
    }));
}

TEST(ContentStats, ASmallCurriculumFailsTheBarWithReasons)
{
    tw::test::TempDir dir;
    fs::create_directories(dir / "small");
    fs::copy_file(tw::test::fixture("valid-module.json"), dir / "small" / "valid-module.json");
    const auto curriculum = loadCurriculumFolder(dir / "small", tw::test::schemaPath());
    const auto stats = computeStats(curriculum);
    EXPECT_EQ(stats.exercises, 2);
    EXPECT_EQ(stats.exercisesPerKind.at(Kind::Reading), 1);
    EXPECT_EQ(stats.exercisesPerKind.at(Kind::Rewrite), 0);
    EXPECT_EQ(stats.exercisesWithVariants, 1);
    EXPECT_EQ(stats.variantsPerRole.at("hurt"), 1);
    EXPECT_EQ(stats.variantsPerRole.at("involved"), 1);
    EXPECT_EQ(stats.variantsPerRole.at("solo"), 0);
    ASSERT_EQ(stats.readings.size(), 1U);
    EXPECT_EQ(stats.readings[0].words, 10);

    const auto unmet = qualityBar(stats);
    const auto mentions = [&](const std::string& text) {
        return std::any_of(
            unmet.begin(), unmet.end(), [&](const std::string& u) { return u.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(mentions("at least 70 exercises"));
    EXPECT_TRUE(mentions("unused: scale"));
    EXPECT_TRUE(mentions("step 3 needs at least 8 exercises"));
    EXPECT_TRUE(mentions("step 4 needs at least 3 kinds"));
    EXPECT_TRUE(mentions("reading valid-module.reading (default) has 10 words"));
    EXPECT_TRUE(mentions("40000 words"));
    EXPECT_TRUE(mentions("the stage \"forgiveness as a process\" needs the exercise step4.forgiveness"));
}

TEST(ContentStats, JsonHasTheNumbersTheCliPrints)
{
    const auto stats = computeStats(loadCurriculum(tw::test::shippedContent(), "en", {}).curriculum);
    nlohmann::json j;
    to_json(j, stats);
    EXPECT_EQ(j.at("exercises").get<int>(), stats.exercises);
    EXPECT_EQ(j.at("words").get<int>(), stats.words);
    EXPECT_EQ(j.at("perKind").size(), 11U);
    EXPECT_EQ(j.at("perStep").at("1").at("exercises").get<int>(), stats.exercisesPerStep.at(1));
    EXPECT_EQ(j.at("perModule").size(), 11U);
    EXPECT_EQ(j.at("stages").size(), stats.stages.size());
    EXPECT_EQ(j.at("roleVariants").at("whereRolesDiffer").get<int>(), stats.exercisesWhereRolesDiffer);
    EXPECT_TRUE(j.at("qualityBar").at("met").get<bool>());
    EXPECT_EQ(j.at("roleVariants").at("perRole").at("hurt").get<int>(), stats.variantsPerRole.at("hurt"));
}
