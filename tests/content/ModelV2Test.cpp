// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Format version 2 in the model: private prompts, role text in field labels, and concern groups
// with the rules that keep every ticked concern item paired with a message that fits it.
#include "ContentTestSupport.h"
#include "ModelChecks.h"
#include "tw/content/Curriculum.h"

#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace tw::content;
using tw::test::describe;

namespace {

// A safety check with two groups (one of them with its own help page), one ungrouped item and an
// ordinary item that is not a concern.
json safetyCheck()
{
    return json::parse(R"({"id": "m.safety", "kind": "checklist", "title": "Safety", "order": 1, "minutes": 5,
        "mode": "alone", "safety": true, "resources": "m.help", "intro": "Private.",
        "items": [
          {"id": "afraid", "text": "I am afraid.", "concern": true, "concernGroup": "fear"},
          {"id": "threats", "text": "Threats.", "concern": true, "concernGroup": "fear"},
          {"id": "low", "text": "Thoughts of not wanting to live.", "concern": true, "concernGroup": "low-mood"},
          {"id": "other", "text": "Something else worries me.", "concern": true},
          {"id": "fine", "text": "Nothing worries me."}],
        "concernGroups": [
          {"id": "low-mood", "title": "Keeping yourself safe", "message": {"default": "Call a crisis line.", "hurt": "Call a crisis line tonight."}, "resources": "m.crisis"},
          {"id": "fear", "message": "Talk to a domestic abuse service."}],
        "concernMessage": "Thank you for answering."})");
}

detail::SourceModule moduleWith(const json& exercise)
{
    json module = {{"id", "m"}, {"title", "M"}, {"section", "extra"}, {"order", 1}, {"summary", "S"},
        {"exercises", json::array({exercise})}};
    return detail::SourceModule{module.get<Module>(), "m.json", ""};
}

std::vector<Problem> problemsOf(const json& exercise)
{
    std::vector<Problem> problems;
    detail::checkModule(moduleWith(exercise), problems);
    return problems;
}

bool mentions(const std::vector<Problem>& problems, const std::string& pointer, const std::string& words)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const Problem& p) { return p.pointer == pointer && p.message.find(words) != std::string::npos; });
}

} // namespace

TEST(ContentModelV2, PromptsCanBeMarkedNeverShared)
{
    const auto exercise = json::parse(R"({"id": "m.r", "kind": "reflection", "title": "T", "order": 1, "minutes": 5,
        "mode": "alone", "intro": "I", "prompts": [{"id": "letter", "text": "Write."},
        {"id": "plan", "text": "Before sharing: what should they hear?", "private": true}]})")
                              .get<Exercise>();
    ASSERT_EQ(exercise.prompts.size(), 2U);
    EXPECT_FALSE(exercise.prompts[0].isPrivate);
    EXPECT_TRUE(exercise.prompts[1].isPrivate);
}

TEST(ContentModelV2, FieldLabelsVaryByRoleAndPlainLabelsStillRead)
{
    const auto field = json::parse(R"({"id": "responsibility", "type": "scale", "low": "none", "high": "fully",
        "label": {"default": "How far is responsibility taken?", "hurt": "How far is my partner taking responsibility?"}})")
                           .get<Field>();
    EXPECT_EQ(field.label, "How far is responsibility taken?");
    EXPECT_EQ(field.labelFor("hurt"), "How far is my partner taking responsibility?");
    EXPECT_EQ(field.labelFor("involved"), "How far is responsibility taken?");
    const auto plain = json::parse(R"({"id": "when", "label": "When", "type": "date"})").get<Field>();
    EXPECT_EQ(plain.labelFor("hurt"), "When");
    EXPECT_TRUE(plain.labelVariants.empty());
}

TEST(ContentModelV2, ConcernMessagesFitWhatWasTicked)
{
    const auto check = safetyCheck().get<Exercise>();
    ASSERT_EQ(check.concernGroups.size(), 2U);
    EXPECT_TRUE(concernMessages(check, {}).empty());
    EXPECT_TRUE(concernMessages(check, {"fine"}).empty()) << "not a concern item";

    // Only the thoughts-of-suicide item: its own message and its own help page, nothing about fear.
    auto shown = concernMessages(check, {"low"});
    ASSERT_EQ(shown.size(), 1U);
    EXPECT_EQ(shown[0].groupId, "low-mood");
    EXPECT_EQ(shown[0].title, "Keeping yourself safe");
    ASSERT_TRUE(shown[0].message.has_value());
    EXPECT_EQ(shown[0].message->forRole("hurt"), "Call a crisis line tonight.");
    EXPECT_EQ(shown[0].resources, "m.crisis");

    // Two items of one group give one message; groups come in the content's order, not the ticks'.
    shown = concernMessages(check, {"threats", "afraid", "low"});
    ASSERT_EQ(shown.size(), 2U);
    EXPECT_EQ(shown[0].groupId, "low-mood");
    EXPECT_EQ(shown[1].groupId, "fear");
    EXPECT_EQ(shown[1].resources, "m.help") << "a group without its own help uses the checklist's";

    // An item without a group falls back to the checklist's own message.
    shown = concernMessages(check, {"other"});
    ASSERT_EQ(shown.size(), 1U);
    EXPECT_TRUE(shown[0].groupId.empty());
    ASSERT_TRUE(shown[0].message.has_value());
    EXPECT_EQ(shown[0].message->defaultText, "Thank you for answering.");
}

TEST(ContentModelV2, AVersionOneSafetyCheckKeepsItsSingleMessage)
{
    auto doc = safetyCheck();
    doc.erase("concernGroups");
    for (auto& item : doc["items"]) {
        item.erase("concernGroup");
    }
    const auto check = doc.get<Exercise>();
    const auto shown = concernMessages(check, {"afraid", "low"});
    ASSERT_EQ(shown.size(), 1U);
    EXPECT_EQ(shown[0].message->defaultText, "Thank you for answering.");
    doc.erase("concernMessage");
    const auto bare = concernMessages(doc.get<Exercise>(), {"afraid"});
    ASSERT_EQ(bare.size(), 1U);
    EXPECT_FALSE(bare[0].message.has_value()) << "the app says its own words when the content has none";
}

TEST(ContentModelV2, AWellFormedSafetyCheckPassesTheModelChecks)
{
    const auto problems = problemsOf(safetyCheck());
    EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(ContentModelV2, ConcernGroupRulesAreChecked)
{
    auto unknownGroup = safetyCheck();
    unknownGroup["items"][0]["concernGroup"] = "nowhere";
    EXPECT_TRUE(mentions(problemsOf(unknownGroup), "/exercises/0/items/0/concernGroup", "no concern group"));

    auto notAConcern = safetyCheck();
    notAConcern["items"][4]["concernGroup"] = "fear";
    EXPECT_TRUE(mentions(problemsOf(notAConcern), "/exercises/0/items/4/concernGroup", "\"concern\": true"));

    auto unused = safetyCheck();
    unused["concernGroups"].push_back({{"id", "spare"}, {"message", "Never shown."}});
    EXPECT_TRUE(mentions(problemsOf(unused), "/exercises/0/concernGroups/2/id", "never shown"));

    auto noFallback = safetyCheck();
    noFallback.erase("concernMessage");
    EXPECT_TRUE(mentions(problemsOf(noFallback), "/exercises/0/items", "concernMessage"));

    auto notSafety = safetyCheck();
    notSafety.erase("safety");
    EXPECT_TRUE(mentions(problemsOf(notSafety), "/exercises/0/concernGroups", "safety check"));

    auto twice = safetyCheck();
    twice["concernGroups"][1]["id"] = "low-mood";
    const auto problems = problemsOf(twice);
    EXPECT_TRUE(mentions(problems, "/exercises/0/concernGroups/1/id", "already used")) << describe(problems);
}

TEST(ContentModelV2, GroupHelpMustBeAReadingThatExists)
{
    json help = {{"id", "m.help"}, {"kind", "reading"}, {"title", "Help"}, {"order", 2}, {"minutes", 3},
        {"mode", "alone"}, {"intro", "I"}, {"body", "Help by kind."}};
    auto check = safetyCheck();
    json module = {{"id", "m"}, {"title", "M"}, {"section", "extra"}, {"order", 1}, {"summary", "S"},
        {"exercises", json::array({check, help})}};
    std::vector<detail::SourceModule> targets{{module.get<Module>(), "m.json", ""}};
    std::vector<Problem> problems;
    detail::checkModuleSet(targets, {}, {}, problems);
    EXPECT_TRUE(mentions(problems, "/exercises/0/concernGroups/0/resources", "no exercise has the id \"m.crisis\""))
        << describe(problems);

    module["exercises"][0]["concernGroups"][0]["resources"] = "m.safety";
    targets = {{module.get<Module>(), "m.json", ""}};
    problems.clear();
    detail::checkModuleSet(targets, {}, {}, problems);
    EXPECT_TRUE(mentions(problems, "/exercises/0/concernGroups/0/resources", "must point at a reading"))
        << describe(problems);

    module["exercises"][0]["concernGroups"][0]["resources"] = "m.help";
    targets = {{module.get<Module>(), "m.json", ""}};
    problems.clear();
    detail::checkModuleSet(targets, {}, {}, problems);
    EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(ContentModelV2, ATranslationKeepsGroupsAndTakesPrivacyAndHelpFromEnglish)
{
    json help = {{"id", "m.help"}, {"kind", "reading"}, {"title", "Help"}, {"order", 2}, {"minutes", 3},
        {"mode", "alone"}, {"intro", "I"}, {"body", "Help by kind."}};
    json reflection = {{"id", "m.letter"}, {"kind", "reflection"}, {"title", "Letter"}, {"order", 3}, {"minutes", 3},
        {"mode", "alone"}, {"intro", "I"},
        {"prompts", json::array({{{"id", "plan"}, {"text", "Plan."}, {"private", true}}})}};
    json english = {{"id", "m"}, {"title", "M"}, {"section", "extra"}, {"order", 1}, {"summary", "S"},
        {"exercises", json::array({safetyCheck(), help, reflection})}};
    std::vector<Module> base{english.get<Module>()};

    json german = english;
    german["exercises"][0]["concernGroups"][0]["message"] = "Ruf ein Krisentelefon an.";
    german["exercises"][0]["concernGroups"][0]["resources"] = "m.letter"; // structure: ignored
    german["exercises"][2]["prompts"][0]["private"] = false; // structure: ignored
    std::vector<Problem> problems;
    ASSERT_TRUE(detail::applyTranslation(base, {german.get<Module>(), "de/m.json", ""}, "de", problems))
        << describe(problems);
    const auto& check = base[0].exercises[0];
    EXPECT_EQ(check.concernGroups[0].message.defaultText, "Ruf ein Krisentelefon an.");
    EXPECT_EQ(check.concernGroups[0].resources, "m.crisis");
    EXPECT_TRUE(base[0].exercises[2].prompts[0].isPrivate);

    // Moving an item to another group, or dropping a group, changes what a tick shows: refused.
    json regrouped = english;
    regrouped["exercises"][0]["items"][0]["concernGroup"] = "low-mood";
    std::vector<Module> again{english.get<Module>()};
    problems.clear();
    EXPECT_FALSE(detail::applyTranslation(again, {regrouped.get<Module>(), "de/m.json", ""}, "de", problems));
    EXPECT_TRUE(mentions(problems, "/exercises/0", "concern groups")) << describe(problems);
}
