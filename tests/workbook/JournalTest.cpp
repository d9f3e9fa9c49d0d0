// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What an export holds, and its JSON form, from a real couple workbook and the real curriculum.
#include "tw/workbook/Journal.h"

#include "ProgressFixture.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using namespace tw::workbook;
using nlohmann::json;

namespace {

class JournalTest : public DatedCoupleFixture {
protected:
    std::string itemId;

    void SetUp() override
    {
        DatedCoupleFixture::SetUp();
        {
            auto a = alex();
            at("2026-03-03");
            EntryService(*a).addCheckin(
                "step4.trust-thermometer", R"({"trust":6,"appreciation":"CANARY-alex-private"})");
            at("2026-03-04");
            a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", R"({"letter":"shared letter"})"});
            at("2026-03-05");
            a->addEntry(
                {"start.what-brings-me-here", "answer", Visibility::Private, "", R"({"why":"to start again"})"});
            at("2026-03-06");
            a->addEntry({"retired.exercise", "answer", Visibility::Private, "", "an old note"});
            itemId = AgreementService(*a).propose("step2.transparency", "phones", "Phones stay unlocked.");
            ProgressService(*a).markDone("step1.impact-letter");
        }
        {
            auto s = sam();
            at("2026-03-07");
            s->addEntry(
                {"step1.impact-letter", "answer", Visibility::Private, "", R"({"letter":"CANARY-sam-private"})"});
            EntryService(*s).addCheckin("step4.trust-thermometer", R"({"trust":3})", Visibility::Shared);
            AgreementService(*s).revise(itemId, "phones", "Phones stay unlocked at home.");
        }
        {
            auto a = alex();
            at("2026-03-08");
            const auto items = AgreementService(*a).items("step2.transparency");
            AgreementService(*a).accept(items.at(0).id, items.at(0).revision);
        }
        at("2026-03-10");
    }
};

} // namespace

TEST_F(JournalTest, HoldsMyEntriesAndSharedOnesInCurriculumOrder)
{
    auto a = alex();
    const auto& curriculum = realCurriculum();
    const Journal j = collectJournal(*a, curriculum, dashboardSourcesFor(curriculum), {});
    EXPECT_EQ(j.partnerName, "Alex");
    EXPECT_EQ(j.partnerRole, "hurt");
    EXPECT_EQ(j.exportedAt, utcMs("2026-03-10"));
    EXPECT_EQ(j.partners.size(), 2u);

    std::vector<std::string> order;
    for (const auto& e : j.entries) {
        order.push_back(e.entry.exerciseId + "/" + e.entry.kind);
        EXPECT_EQ(e.entry.body.find("CANARY-sam-private"), std::string::npos);
        EXPECT_EQ(e.entry.body.find("_pad"), std::string::npos); // padding is not part of an export
    }
    // start, step 1, step 2 (two wordings: Alex's row and Sam's revision), Sam's shared check-in
    // and my private one in step 4 by date, and the entry whose exercise is gone at the end.
    EXPECT_EQ(order,
        (std::vector<std::string>{"start.what-brings-me-here/answer", "step1.impact-letter/answer",
            "step2.transparency/agreement-item", "step2.transparency/agreement-item", "step4.trust-thermometer/checkin",
            "step4.trust-thermometer/checkin", "retired.exercise/answer"}));
    EXPECT_EQ(j.entries[1].exerciseTitle, realCurriculum().findExercise("step1.impact-letter")->title);
    EXPECT_EQ(j.entries[1].moduleId, "step1");
    EXPECT_EQ(j.entries[1].moduleTitle, realCurriculum().findModule("step1")->title);
    EXPECT_EQ(j.entries[1].authorName, "Alex");
    EXPECT_EQ(j.entries[5].authorName, "Sam");
    EXPECT_EQ(j.entries.back().exerciseTitle, "retired.exercise");
    EXPECT_TRUE(j.entries.back().moduleId.empty());
    EXPECT_EQ(j.entries.back().entry.body, "an old note");
    EXPECT_EQ(json::parse(j.entries[4].entry.body), json::parse(R"({"trust":6,"appreciation":"CANARY-alex-private"})"));

    EXPECT_EQ(j.dashboard.myTrend.points.size(), 1u);
    EXPECT_EQ(j.dashboard.partnerTrend.points.size(), 1u);
    ASSERT_EQ(j.dashboard.agreements.size(), 1u);
    EXPECT_TRUE(j.dashboard.agreements[0].inForce);
}

TEST_F(JournalTest, EachEntryCarriesItsExercisesQuestionsInOrderAndInItsAuthorsWording)
{
    auto s = sam();
    const auto& curriculum = realCurriculum();
    const Journal j = collectJournal(*s, curriculum, dashboardSourcesFor(curriculum), {});
    const auto* exercise = curriculum.findExercise("step1.impact-letter");
    ASSERT_NE(exercise, nullptr);
    const JournalEntry* alexs = nullptr;
    const JournalEntry* sams = nullptr;
    for (const auto& e : j.entries) {
        if (e.entry.exerciseId == "step1.impact-letter") {
            (e.authorName == "Alex" ? alexs : sams) = &e;
        }
    }
    ASSERT_NE(alexs, nullptr);
    ASSERT_NE(sams, nullptr);
    ASSERT_EQ(alexs->fields.size(), exercise->prompts.size());
    for (std::size_t i = 0; i < exercise->prompts.size(); ++i) {
        EXPECT_EQ(alexs->fields[i].id, exercise->prompts[i].id);
        EXPECT_TRUE(alexs->fields[i].question);
        EXPECT_EQ(alexs->fields[i].label, exercise->prompts[i].text.forRole("hurt"));
        EXPECT_EQ(sams->fields[i].label, exercise->prompts[i].text.forRole("involved"));
    }
    // The letter is worded for each side, so the two partners' questions differ somewhere.
    bool differs = false;
    for (std::size_t i = 0; i < exercise->prompts.size(); ++i) {
        differs = differs || alexs->fields[i].label != sams->fields[i].label;
    }
    EXPECT_TRUE(differs);
    // A check-in's fields, in the exercise's order; an entry whose exercise is gone has none.
    for (const auto& e : j.entries) {
        if (e.entry.exerciseId == "step4.trust-thermometer") {
            const auto* checkin = curriculum.findExercise("step4.trust-thermometer");
            ASSERT_EQ(e.fields.size(), checkin->fields.size());
            EXPECT_EQ(e.fields.front().id, checkin->fields.front().id);
            EXPECT_FALSE(e.fields.front().question);
        }
    }
}

TEST_F(JournalTest, JsonExportDocumentsEverything)
{
    auto a = alex();
    const auto& curriculum = realCurriculum();
    const std::string text = journalToJson(collectJournal(*a, curriculum, dashboardSourcesFor(curriculum), {}));
    EXPECT_EQ(text.find("CANARY-sam-private"), std::string::npos);
    const json doc = json::parse(text);
    EXPECT_EQ(doc.at("format"), "trustwork-export");
    EXPECT_EQ(doc.at("version"), 2);
    EXPECT_EQ(doc.at("exportedAt"), "2026-03-10T12:00:00Z");
    EXPECT_EQ(doc.at("partner"), json({{"name", "Alex"}, {"role", "hurt"}}));

    const json& entries = doc.at("entries");
    ASSERT_EQ(entries.size(), 7u);
    const json& letter = entries.at(1);
    EXPECT_EQ(letter.at("exerciseId"), "step1.impact-letter");
    EXPECT_EQ(letter.at("moduleId"), "step1");
    EXPECT_EQ(letter.at("visibility"), "shared");
    EXPECT_EQ(letter.at("author"), "Alex");
    EXPECT_EQ(letter.at("createdAt"), "2026-03-04T12:00:00Z");
    EXPECT_EQ(letter.at("bodyFormat"), "json");
    EXPECT_EQ(letter.at("body"), json({{"letter", "shared letter"}}));
    EXPECT_TRUE(letter.at("parentId").is_null());
    const json& old = entries.back();
    EXPECT_EQ(old.at("bodyFormat"), "text");
    EXPECT_EQ(old.at("body"), "an old note");
    EXPECT_TRUE(old.at("moduleId").is_null());

    const json& trend = doc.at("checkinTrend");
    EXPECT_EQ(trend.at("mine").at("partner"), "Alex");
    EXPECT_EQ(trend.at("mine").at("weeks").at(0),
        json({{"weekStart", "2026-03-02"}, {"trust", 6.0}, {"connected", 0.0}, {"checkins", 1}}));
    EXPECT_EQ(trend.at("partner").at("partner"), "Sam");
    EXPECT_EQ(trend.at("gap").at(0).at("gap"), 3.0);
    EXPECT_TRUE(doc.at("consistency").at("mine").empty());

    const json& item = doc.at("agreements").at("items").at(0);
    EXPECT_EQ(item.at("text"), "Phones stay unlocked at home.");
    EXPECT_EQ(item.at("proposer"), "Sam");
    EXPECT_EQ(item.at("revision"), 2);
    EXPECT_EQ(item.at("inForce"), true);
    EXPECT_EQ(item.at("acceptedAt"), "2026-03-08T12:00:00Z");
    EXPECT_EQ(item.at("acceptedBy"), json({"Sam", "Alex"}));
    EXPECT_EQ(item.at("exerciseTitle"), realCurriculum().findExercise("step2.transparency")->title);
    ASSERT_EQ(item.at("revisions").size(), 1u);
    EXPECT_EQ(item.at("revisions").at(0),
        json({{"revision", 1}, {"proposer", "Alex"}, {"area", "phones"}, {"text", "Phones stay unlocked."}}));
    EXPECT_TRUE(doc.at("agreements").at("lastReviewedAt").is_null());
}

TEST_F(JournalTest, SamsExportHasSamsPrivateTextAndNotAlexs)
{
    auto s = sam();
    const auto& curriculum = realCurriculum();
    const std::string text = journalToJson(collectJournal(*s, curriculum, dashboardSourcesFor(curriculum), {}));
    EXPECT_NE(text.find("CANARY-sam-private"), std::string::npos);
    EXPECT_EQ(text.find("CANARY-alex-private"), std::string::npos);
    EXPECT_EQ(text.find("to start again"), std::string::npos);
    EXPECT_NE(text.find("shared letter"), std::string::npos);
}
