// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How stored entry bodies read in print.
#include "BodyText.h"

#include <gtest/gtest.h>

using tw::exporting::BodyLine;
using tw::exporting::bodyLines;
using tw::exporting::humanize;
using tw::exporting::kindLabel;

namespace {

std::vector<std::string> rendered(
    std::string_view kind, const std::string& body, const std::vector<tw::workbook::JournalField>& fields = {})
{
    std::vector<std::string> out;
    for (const BodyLine& line : bodyLines(kind, body, fields)) {
        out.push_back(std::string(static_cast<std::size_t>(line.depth) * 2, ' ') + line.label + "|" + line.text);
    }
    return out;
}

} // namespace

TEST(BodyText, ReflectionPromptsReadAsLabelledAnswersWithoutPadding)
{
    EXPECT_EQ(
        rendered("answer", R"({"prompts":{"role-fit":"Mostly.","hope":"Calm evenings.","fear":""},"_pad":"   "})"),
        (std::vector<std::string>{"Hope|Calm evenings.", "Role fit|Mostly."}));
}

TEST(BodyText, ScaleValuesAreOutOfTenButRevisionsAreCounts)
{
    EXPECT_EQ(rendered("checkin", R"({"trust":7,"connected":4.5,"note":"ok"})"),
        (std::vector<std::string>{"Trust|7 / 10", "Connected|4.5 / 10", "Note|ok"}));
    EXPECT_EQ(rendered("answer", R"({"items":{"safety":3},"followUp":"Later."})"),
        (std::vector<std::string>{"Follow up|Later.", "Safety|3 / 10"}));
    EXPECT_EQ(rendered("commitment", R"({"what":"Call","due":"2026-03-01","outcome":"kept","revision":2})"),
        (std::vector<std::string>{"What|Call", "Due|2026-03-01", "Outcome|kept"}));
    EXPECT_EQ(rendered("commitment-confirm", R"({"revision":2})"), (std::vector<std::string>{"Revision|2"}));
}

TEST(BodyText, TickedIdsReadAsWordsAndHistoryIsIndented)
{
    EXPECT_EQ(rendered("answer", R"({"ticked":["talk-when-calm","ask-first"],"concern":false})"),
        (std::vector<std::string>{"Concern|no", "Ticked|Talk when calm; Ask first"}));
    EXPECT_EQ(rendered("agreement-item",
                  R"({"area":"winding-down","text":"Now","revision":2,"withdrawn":false,)"
                  R"("history":[{"revision":1,"area":"money","text":"Before"}]})"),
        (std::vector<std::string>{"Area|Winding down", "Text|Now", "Revision|2", "History|", "  Area|Money",
            "  Text|Before", "  Revision|1"}));
    EXPECT_EQ(rendered("agreement-item", R"({"area":"money","text":"Now","revision":1,"withdrawn":true})"),
        (std::vector<std::string>{"Area|Money", "Text|Now", "Revision|1", "Withdrawn|yes"}));
}

TEST(BodyText, WithTheExerciseAnswersFollowItsOrderUnderTheirQuestions)
{
    // Stored with sorted keys: "fear" < "hope" < "role-fit". The exercise asks role-fit, hope, fear.
    const std::vector<tw::workbook::JournalField> prompts
        = {{"role-fit", "How does your role fit you now?", true}, {"hope", "What do you hope for?", true},
            {"fear", "What do you fear?", true}, {"followUp", "Anything else?", true}};
    EXPECT_EQ(
        rendered("answer", R"({"prompts":{"fear":"Silence.","hope":"Calm evenings.","role-fit":"Mostly."}})", prompts),
        (std::vector<std::string>{"How does your role fit you now?|", "|Mostly.", "What do you hope for?|",
            "|Calm evenings.", "What do you fear?|", "|Silence."}));
    // Scale items and check-in fields keep "label: value"; ticked ids read as the items' own text.
    const std::vector<tw::workbook::JournalField> scale
        = {{"safety", "Safe at home", false}, {"calm", "Calm together", false}, {"followUp", "Anything else?", true}};
    EXPECT_EQ(rendered("answer", R"({"items":{"calm":6,"safety":3},"followUp":"Later."})", scale),
        (std::vector<std::string>{"Safe at home|3 / 10", "Calm together|6 / 10", "Anything else?|", "|Later."}));
    const std::vector<tw::workbook::JournalField> items
        = {{"talk-when-calm", "We talk when we are both calm", false}, {"ask-first", "I ask before I assume", false}};
    EXPECT_EQ(rendered("answer", R"({"ticked":["ask-first","talk-when-calm","gone-item"]})", items),
        (std::vector<std::string>{"Ticked|I ask before I assume; We talk when we are both calm; Gone item"}));
}

TEST(BodyText, TextThatIsNotAJsonObjectIsPrintedAsItIs)
{
    EXPECT_EQ(rendered("note", "plain words {not json"), (std::vector<std::string>{"|plain words {not json"}));
    EXPECT_EQ(rendered("note", "[1,2]"), (std::vector<std::string>{"|[1,2]"}));
    EXPECT_TRUE(bodyLines("note", "").empty());
}

TEST(BodyText, NamesReadAsWords)
{
    EXPECT_EQ(humanize("followUp"), "Follow up");
    EXPECT_EQ(humanize("first-sign"), "First sign");
    EXPECT_EQ(humanize("my_part"), "My part");
    EXPECT_EQ(kindLabel("checkin"), "Check-in");
    EXPECT_EQ(kindLabel("agreement-item"), "Agreement");
    EXPECT_EQ(kindLabel("some-new-kind"), "Some new kind");
}
