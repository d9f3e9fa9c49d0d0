// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed model: JSON readers per type, role fallback, enums and lookups.
#include "ContentTestSupport.h"
#include "tw/base/Error.h"
#include "tw/content/Curriculum.h"
#include "tw/content/Loader.h"

#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace tw::content;

TEST(ContentRoleText, FallsBackToDefaultForRolesWithoutVariant)
{
    const auto text = json::parse(R"({"default": "For everyone.", "hurt": "For the hurt partner."})").get<RoleText>();
    EXPECT_EQ(text.forRole("hurt"), "For the hurt partner.");
    EXPECT_EQ(text.forRole("involved"), "For everyone.");
    EXPECT_EQ(text.forRole("solo"), "For everyone.");
    EXPECT_EQ(text.forRole("no-such-role"), "For everyone.");
    EXPECT_TRUE(text.hasVariants());
    EXPECT_EQ(text.variants.count("default"), 0U) << "default is not a variant";
}

TEST(ContentRoleText, PlainStringHasNoVariants)
{
    const auto text = json("Just one text.").get<RoleText>();
    EXPECT_EQ(text.defaultText, "Just one text.");
    EXPECT_FALSE(text.hasVariants());
    for (const auto role : kRoles) {
        EXPECT_EQ(text.forRole(role), "Just one text.");
    }
}

TEST(ContentRoleText, RejectsUnknownRoleAndMissingDefault)
{
    EXPECT_THROW(json::parse(R"({"default": "a", "partner": "b"})").get<RoleText>(), std::exception);
    EXPECT_THROW(json::parse(R"({"hurt": "b"})").get<RoleText>(), std::exception);
}

TEST(ContentEnums, EverySpellingRoundTrips)
{
    EXPECT_EQ(kAllKinds.size(), 11U);
    for (const Kind kind : kAllKinds) {
        EXPECT_EQ(kindFromString(toString(kind)), kind);
    }
    EXPECT_EQ(toString(Section::TooBroken), "too-broken");
    EXPECT_EQ(sectionFromString("too-broken"), Section::TooBroken);
    EXPECT_EQ(modeFromString("together"), Mode::Together);
    EXPECT_EQ(fieldTypeFromString("choice"), FieldType::Choice);
    EXPECT_FALSE(kindFromString("quiz"));
    EXPECT_FALSE(kindFromString("Reading")) << "spellings are case-sensitive, as in the schema";
}

TEST(ContentExercise, ItemsAndExamplesAreReadByKind)
{
    const auto scale = json::parse(R"({"id": "m.s", "kind": "scale", "title": "T", "order": 1, "minutes": 2,
        "mode": "alone", "intro": "I", "items": [{"id": "calm", "label": "Calm", "low": "not at all", "high": "very"}],
        "followUp": {"id": "why", "text": "Why?"}})")
                           .get<Exercise>();
    ASSERT_EQ(scale.scaleItems.size(), 1U);
    EXPECT_TRUE(scale.checkItems.empty());
    EXPECT_EQ(scale.scaleItems[0].high, "very");
    ASSERT_TRUE(scale.followUp.has_value());
    EXPECT_EQ(scale.followUp->id, "why");

    const auto checklist = json::parse(R"({"id": "m.c", "kind": "checklist", "title": "T", "order": 2, "minutes": 2,
        "mode": "alone", "intro": "I", "safety": true, "resources": "m.help",
        "items": [{"id": "afraid", "text": "I am afraid.", "concern": true}, {"id": "fine", "text": "I am fine."}]})")
                               .get<Exercise>();
    ASSERT_EQ(checklist.checkItems.size(), 2U);
    EXPECT_TRUE(checklist.checkItems[0].concern);
    EXPECT_FALSE(checklist.checkItems[1].concern);
    EXPECT_TRUE(checklist.safety);
    EXPECT_EQ(checklist.resources, "m.help");

    const auto rewrite = json::parse(R"({"id": "m.r", "kind": "rewrite", "title": "T", "order": 3, "minutes": 2,
        "mode": "alone", "intro": "I", "guidance": "G", "examples": [{"harsh": "You never", "gentle": "I feel"}]})")
                             .get<Exercise>();
    ASSERT_EQ(rewrite.rewriteExamples.size(), 1U);
    EXPECT_TRUE(rewrite.commitmentExamples.empty());
    EXPECT_EQ(rewrite.rewriteExamples[0].gentle, "I feel");

    const auto commitment = json::parse(R"({"id": "m.k", "kind": "commitment", "title": "T", "order": 4,
        "minutes": 2, "mode": "either", "intro": "I", "guidance": "G", "roles": ["involved"],
        "examples": ["By Friday", {"default": "Each day", "involved": "Each evening"}]})")
                                .get<Exercise>();
    ASSERT_EQ(commitment.commitmentExamples.size(), 2U);
    EXPECT_EQ(commitment.commitmentExamples[1].forRole("involved"), "Each evening");
    EXPECT_TRUE(commitment.visibleTo("involved"));
    EXPECT_FALSE(commitment.visibleTo("hurt"));
    EXPECT_TRUE(rewrite.visibleTo("hurt")) << "no roles means everyone";
}

TEST(ContentExercise, OrderBeyondIntIsRefusedNotWrapped)
{
    const auto doc = json::parse(R"({"id": "m.a", "kind": "reading", "title": "T", "order": 4294967297,
        "minutes": 2, "mode": "alone", "intro": "I", "body": "B"})");
    EXPECT_THROW(doc.get<Exercise>(), tw::Error);
}

TEST(ContentCurriculum, LookupsOnTheShippedCurriculum)
{
    const auto result = loadCurriculum(tw::test::shippedContent(), "en", {});
    const auto& curriculum = result.curriculum;
    const auto* letter = curriculum.findExercise("step1.impact-letter");
    ASSERT_NE(letter, nullptr);
    EXPECT_EQ(letter->moduleId, "step1");
    EXPECT_EQ(letter->locale, "en");
    EXPECT_TRUE(letter->packId.empty());
    const auto* module = curriculum.moduleOf("step1.impact-letter");
    ASSERT_NE(module, nullptr);
    EXPECT_EQ(module->id, "step1");
    EXPECT_EQ(module->section, Section::Step);
    EXPECT_EQ(module->step, 1);
    EXPECT_EQ(curriculum.findModule("step1"), module);
    EXPECT_EQ(curriculum.findExercise("step1.no-such-exercise"), nullptr);
    EXPECT_EQ(curriculum.findModule("nowhere"), nullptr);
    EXPECT_EQ(curriculum.moduleOf("nowhere.at-all"), nullptr);

    const auto* safety = curriculum.findExercise("start.safety-check");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->kind, Kind::Checklist);
    EXPECT_TRUE(safety->safety);
    EXPECT_EQ(safety->resources, "start.help-now");
    EXPECT_TRUE(std::any_of(
        safety->checkItems.begin(), safety->checkItems.end(), [](const CheckItem& item) { return item.concern; }));
}
