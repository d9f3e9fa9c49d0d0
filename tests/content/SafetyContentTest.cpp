// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The safety rules of the content guide and issue 19, one test each, on the shipped curriculum: the
// check's guidance fits what was ticked, the help page lists help by kind, and the riskiest couple
// exercises always lead to it.
#include "ContentTestSupport.h"
#include "tw/content/Loader.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

using namespace tw::content;

namespace {

constexpr const char* kSafetyCheck = "start.safety-check";
constexpr const char* kHelpNow = "start.help-now";

const Curriculum& shipped()
{
    static const Curriculum curriculum = loadCurriculum(tw::test::shippedContent(), "en", {}).curriculum;
    return curriculum;
}

const Exercise& safetyCheck()
{
    const auto* exercise = shipped().findExercise(kSafetyCheck);
    if (exercise == nullptr) {
        throw std::runtime_error("no safety check in the shipped curriculum");
    }
    return *exercise;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool mentions(const std::string& text, const std::string& what)
{
    return lower(text).find(lower(what)) != std::string::npos;
}

/** @brief The default and every role variant: a reader of any role must get the rule. */
std::vector<std::string> allVariants(const RoleText& text)
{
    std::vector<std::string> all{text.defaultText};
    for (const auto& [role, variant] : text.variants) {
        all.push_back(variant);
    }
    return all;
}

const ConcernGroup* groupOf(const Exercise& exercise, const std::string& itemId)
{
    for (const auto& item : exercise.checkItems) {
        if (item.id == itemId) {
            for (const auto& group : exercise.concernGroups) {
                if (group.id == item.concernGroup) {
                    return &group;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

TEST(SafetyContent, EveryConcernItemHasAGroupAndEveryGroupItsOwnMessage)
{
    const auto& check = safetyCheck();
    ASSERT_TRUE(check.safety);
    ASSERT_GE(check.concernGroups.size(), 5U) << "one message for everything is what issue 19 replaced";
    for (const auto& item : check.checkItems) {
        EXPECT_TRUE(item.concern) << item.id;
        EXPECT_NE(groupOf(check, item.id), nullptr) << item.id << " has no concern group";
    }
    std::set<std::string> messages;
    for (const auto& group : check.concernGroups) {
        EXPECT_FALSE(group.title.empty()) << group.id;
        EXPECT_GE(group.message.defaultText.size(), 200U) << group.id;
        EXPECT_TRUE(messages.insert(group.message.defaultText).second) << group.id << " repeats another message";
        // Ticking one item of a group shows that group's message and no other.
        const auto item = std::find_if(check.checkItems.begin(), check.checkItems.end(),
            [&](const CheckItem& i) { return i.concernGroup == group.id; });
        ASSERT_NE(item, check.checkItems.end()) << group.id;
        const auto shown = concernMessages(check, {item->id});
        ASSERT_EQ(shown.size(), 1U) << item->id;
        EXPECT_EQ(shown[0].groupId, group.id);
    }
}

TEST(SafetyContent, ThoughtsOfSuicideGetACrisisLineAndNoAbuseWording)
{
    const auto& check = safetyCheck();
    const auto* group = groupOf(check, "own-safety");
    ASSERT_NE(group, nullptr);
    // The item must be ticked alone in a group of its own: no other item's message may come with it.
    EXPECT_EQ(std::count_if(check.checkItems.begin(), check.checkItems.end(),
                  [&](const CheckItem& i) { return i.concernGroup == group->id; }),
        1);
    static const std::vector<std::string> kAbuseWords
        = {"abuse", "violen", "threat", "control", "afraid", "fear", "perpetrat", "harming a partner", "safety plan"};
    for (const auto& text : allVariants(group->message)) {
        EXPECT_TRUE(mentions(text, "crisis line")) << "names a crisis line: " << text;
        EXPECT_TRUE(mentions(text, "doctor")) << text;
        EXPECT_TRUE(mentions(text, "emergency services")) << text;
        for (const auto& word : kAbuseWords) {
            EXPECT_FALSE(mentions(text, word)) << "\"" << word << "\" in the suicide message";
        }
    }
    const auto shown = concernMessages(check, {"own-safety"});
    ASSERT_EQ(shown.size(), 1U);
    EXPECT_EQ(shown[0].groupId, group->id);
}

TEST(SafetyContent, EveryConcernMessageSaysSteppingBackMayBeNoticedAndWhatToDo)
{
    const auto& check = safetyCheck();
    for (const auto& group : check.concernGroups) {
        for (const auto& text : allVariants(group.message)) {
            // The paragraph that names the partner noticing must also say what to do about it.
            bool said = false;
            std::size_t start = 0;
            while (start < text.size()) {
                const auto end = std::min(text.find("\n\n", start), text.size());
                const auto paragraph = text.substr(start, end - start);
                if (mentions(paragraph, "may notice") || mentions(paragraph, "might notice")) {
                    said = mentions(paragraph, "couple exercises")
                        && (mentions(paragraph, "you can") || mentions(paragraph, "say")
                            || mentions(paragraph, "talk"));
                }
                start = end + 2;
            }
            EXPECT_TRUE(said) << group.id
                              << ": no paragraph says that stepping back may be noticed and how to "
                                 "handle it";
        }
    }
}

TEST(SafetyContent, TheCheckAsksAboutTheHighRiskSigns)
{
    const auto& check = safetyCheck();
    const auto text = [&](const std::string& id) {
        for (const auto& item : check.checkItems) {
            if (item.id == id) {
                return item.text.defaultText;
            }
        }
        return std::string();
    };
    for (const char* id : {"stalking", "threats-to-kill", "weapons", "escalation", "children", "substances",
             "affair-threats", "strangled", "own-safety", "own-behaviour", "workbook-access"}) {
        EXPECT_FALSE(text(id).empty()) << "the safety check has no item " << id;
    }
    // Strangulation is asked about at any time, not only in the last year the intro speaks of.
    EXPECT_TRUE(mentions(text("strangled"), "at any time"));
    EXPECT_TRUE(mentions(text("escalation"), "since"));
}

TEST(SafetyContent, HelpNowListsHelpByKindAndKeepsThePlaceForLocalNumbers)
{
    const auto* help = shipped().findExercise(kHelpNow);
    ASSERT_NE(help, nullptr);
    ASSERT_EQ(help->kind, Kind::Reading);
    for (const char* kind :
        {"emergency services", "crisis and suicide lines", "domestic abuse services", "sexual violence services",
            "child protection", "addiction services", "alcohol", "drugs", "gambling", "a doctor", "counsellor"}) {
        EXPECT_TRUE(mentions(help->body.defaultText, kind)) << "help by kind lacks: " << kind;
    }
    EXPECT_TRUE(mentions(help->body.defaultText, "own treatment first")) << "active addiction comes first";
    // The place where local numbers are written down: a private page the reading points to.
    const auto* local = shipped().findExercise("start.local-help");
    ASSERT_NE(local, nullptr);
    EXPECT_NE(std::find(help->see.begin(), help->see.end(), local->id), help->see.end());
    EXPECT_TRUE(mentions(help->body.defaultText, local->title));
    ASSERT_FALSE(local->prompts.empty());
    for (const auto& prompt : local->prompts) {
        EXPECT_TRUE(prompt.isPrivate) << prompt.id << ": local numbers are never shared";
    }
}

TEST(SafetyContent, RiskyCoupleExercisesLinkToHelpNow)
{
    // Disclosure, transparency, contact with third parties and the "too broken" decision: where an
    // exercise brings the couple together on these, the way to help must be one click away.
    static const std::set<std::string> kMaterial = {"step1.honest-answers", "step1.disclosure-with-a-therapist",
        "step1.questions-and-answers", "step1.new-facts", "step2.transparency", "step2.the-affair-partner",
        "step2.third-parties", "step2.confronting", "step2.telling-others"};
    int checked = 0;
    for (const auto& module : shipped().modules) {
        for (const auto& exercise : module.exercises) {
            const bool material = kMaterial.contains(exercise.id) || module.id == "too-broken";
            const bool together = exercise.kind == Kind::Reveal || exercise.kind == Kind::Conversation
                || exercise.kind == Kind::Agreement;
            if (!material || !together) {
                continue;
            }
            ++checked;
            EXPECT_NE(std::find(exercise.see.begin(), exercise.see.end(), kHelpNow), exercise.see.end())
                << exercise.id << " does not link to " << kHelpNow;
        }
    }
    for (const auto& id : kMaterial) {
        EXPECT_NE(shipped().findExercise(id), nullptr) << id << " was renamed: update this list";
    }
    EXPECT_GE(checked, 5) << "the rule must cover real exercises";
}

TEST(SafetyContent, NoPhoneNumbersAreWrittenIntoTheContent)
{
    // Numbers differ by country and change; the local-help page is where they belong.
    static const std::regex kDigits("[0-9][0-9 ]{2,}[0-9]");
    for (const auto& module : shipped().modules) {
        for (const auto& exercise : module.exercises) {
            std::vector<std::string> texts = allVariants(exercise.intro);
            const auto add = [&](const RoleText& t) {
                const auto all = allVariants(t);
                texts.insert(texts.end(), all.begin(), all.end());
            };
            add(exercise.body);
            for (const auto& prompt : exercise.prompts) {
                add(prompt.text);
                if (prompt.hint) {
                    add(*prompt.hint);
                }
            }
            for (const auto& group : exercise.concernGroups) {
                add(group.message);
            }
            for (const auto& text : texts) {
                EXPECT_FALSE(std::regex_search(text, kDigits)) << exercise.id << ": " << text.substr(0, 80);
            }
        }
    }
}
