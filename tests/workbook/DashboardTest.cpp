// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The progress dashboard over a real couple workbook, with entries placed on known days.
#include "tw/workbook/Dashboard.h"

#include "ProgressFixture.h"
#include "RawTable.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using namespace tw::workbook;

namespace {

constexpr const char* kCheckin = "step4.trust-thermometer";
constexpr const char* kPromises = "step4.small-promises";

class DashboardTest : public DatedCoupleFixture {
protected:
    DashboardSources sources = dashboardSourcesFor(realCurriculum());

    /** @brief The dashboard; every load also checks that Home's narrow query agrees with it. */
    Dashboard load(Session& s) const
    {
        Dashboard d = DashboardService(s).load(sources, {});
        const auto narrow = DashboardService(s).loadReminders(sources, {});
        EXPECT_EQ(describe(narrow), describe(d.reminders));
        return d;
    }

    static std::vector<std::string> describe(const std::vector<Reminder>& reminders)
    {
        std::vector<std::string> out;
        for (const auto& r : reminders) {
            out.push_back(std::to_string(static_cast<int>(r.kind)) + "|" + r.entryId + "|" + r.exerciseId + "|" + r.due
                + "|" + r.what);
        }
        return out;
    }

    void checkin(Session& s, const std::string& day, const std::string& fields, Visibility v = Visibility::Private)
    {
        at(day);
        EntryService(s).addCheckin(kCheckin, fields, v);
    }
};

} // namespace

TEST_F(DashboardTest, TrendOfAPartnerWhoNeverSharesIsEmptyAndHasNoGap)
{
    {
        auto a = alex();
        checkin(*a, "2026-03-03", R"({"trust":4,"connected":6,"appreciation":"CANARY-alex"})");
        checkin(*a, "2026-03-05", R"({"trust":6,"connected":7})", Visibility::Shared);
        checkin(*a, "2026-03-10", R"({"trust":8})");
    }
    std::string samSecond;
    {
        auto s = sam();
        checkin(*s, "2026-03-04", R"({"trust":2,"connected":3,"note":"CANARY-sam"})");
        at("2026-03-11");
        samSecond = EntryService(*s).addCheckin(kCheckin, R"({"trust":5,"connected":5})");
    }
    at("2026-03-12");
    {
        auto a = alex();
        const Dashboard d = load(*a);
        EXPECT_EQ(d.myTrend.partnerId, a->me().id);
        ASSERT_EQ(d.myTrend.points.size(), 2u);
        EXPECT_EQ(d.myTrend.points[0].weekStart, "2026-03-02");
        EXPECT_DOUBLE_EQ(d.myTrend.points[0].trust, 5.0);
        EXPECT_DOUBLE_EQ(d.myTrend.points[0].connected, 6.5);
        EXPECT_EQ(d.myTrend.points[0].checkins, 2);
        EXPECT_EQ(d.myTrend.points[1].weekStart, "2026-03-09");
        EXPECT_DOUBLE_EQ(d.myTrend.points[1].trust, 8.0);
        EXPECT_EQ(d.partnerTrend.partnerId, a->otherPartner()->id);
        EXPECT_TRUE(d.partnerTrend.points.empty());
        EXPECT_TRUE(d.gap.empty());
    }
    {
        auto s = sam();
        const Dashboard d = load(*s);
        ASSERT_EQ(d.myTrend.points.size(), 2u); // Sam's own private check-ins count for Sam
        EXPECT_DOUBLE_EQ(d.myTrend.points[0].trust, 2.0);
        // Alex shared one check-in of the first week: only that one reaches Sam.
        ASSERT_EQ(d.partnerTrend.points.size(), 1u);
        EXPECT_EQ(d.partnerTrend.points[0].weekStart, "2026-03-02");
        EXPECT_DOUBLE_EQ(d.partnerTrend.points[0].trust, 6.0);
        EXPECT_EQ(d.partnerTrend.points[0].checkins, 1);
        ASSERT_EQ(d.gap.size(), 1u);
        EXPECT_DOUBLE_EQ(d.gap[0].gap, 4.0);
        s->setVisibility(samSecond, Visibility::Shared);
    }
    {
        auto a = alex();
        const Dashboard d = load(*a);
        ASSERT_EQ(d.partnerTrend.points.size(), 1u);
        EXPECT_EQ(d.partnerTrend.points[0].weekStart, "2026-03-09");
        EXPECT_DOUBLE_EQ(d.partnerTrend.points[0].trust, 5.0);
        ASSERT_EQ(d.gap.size(), 1u);
        EXPECT_EQ(d.gap[0].weekStart, "2026-03-09");
        EXPECT_DOUBLE_EQ(d.gap[0].gap, 3.0);
    }
}

TEST_F(DashboardTest, ConsistencyCountsMineAndOnlyThePartnersSharedCommitments)
{
    {
        auto a = alex();
        EntryService e(*a);
        e.markOutcome(e.addCommitment(kPromises, "call at lunch", "2026-03-04"), CommitmentOutcome::Kept);
        e.markOutcome(e.addCommitment(kPromises, "be home by six", "2026-03-06"), CommitmentOutcome::Missed);
        e.addCommitment("solo.a-boundary", "pause before answering", "2026-03-20", Visibility::Shared);
        e.addCommitment(kPromises, "someday", "");
    }
    {
        auto s = sam();
        EntryService e(*s);
        e.markOutcome(
            e.addCommitment(kPromises, "plan a walk", "2026-03-05", Visibility::Shared), CommitmentOutcome::Kept);
        e.markOutcome(e.addCommitment(kPromises, "CANARY private promise", "2026-03-11"), CommitmentOutcome::Missed);
    }
    at("2026-03-25");
    {
        auto a = alex();
        const Dashboard d = load(*a);
        ASSERT_EQ(d.myConsistency.size(), 4u);
        EXPECT_EQ(d.myConsistency[0].weekStart, "2026-03-02");
        EXPECT_EQ(d.myConsistency[0].due, 2);
        EXPECT_EQ(d.myConsistency[0].kept, 1);
        EXPECT_EQ(d.myConsistency[0].missed, 1);
        EXPECT_EQ(d.myConsistency[1].due, 0); // a week with nothing due stays in the record
        EXPECT_EQ(d.myConsistency[2].weekStart, "2026-03-16");
        EXPECT_EQ(d.myConsistency[2].open, 1);
        EXPECT_EQ(d.myConsistency[3].weekStart, "2026-03-23");

        ASSERT_EQ(d.partnerConsistency.size(), 4u);
        EXPECT_EQ(d.partnerConsistency[0].due, 1);
        EXPECT_EQ(d.partnerConsistency[0].kept, 1);
        EXPECT_EQ(d.partnerConsistency[1].due, 0); // Sam's private missed promise is not Alex's to see
        EXPECT_EQ(d.partnerConsistency[1].missed, 0);
    }
    {
        auto s = sam();
        const Dashboard d = load(*s);
        ASSERT_EQ(d.myConsistency.size(), 4u);
        EXPECT_EQ(d.myConsistency[1].weekStart, "2026-03-09");
        EXPECT_EQ(d.myConsistency[1].missed, 1);
        // Alex shared only the open boundary, due in the week of the 16th.
        ASSERT_EQ(d.partnerConsistency.size(), 2u);
        EXPECT_EQ(d.partnerConsistency[0].weekStart, "2026-03-16");
        EXPECT_EQ(d.partnerConsistency[0].open, 1);
    }
}

TEST_F(DashboardTest, RemindersAgreementsAndReview)
{
    std::string itemId;
    std::string boundaryId;
    at("2026-03-03");
    {
        auto a = alex();
        itemId = AgreementService(*a).propose("step2.transparency", "phones", "We keep phones unlocked.");
        boundaryId = EntryService(*a).addCommitment("solo.a-boundary", "pause before answering", "2026-03-20");
        EntryService(*a).addCheckin(kCheckin, R"({"trust":5})");
    }
    at("2026-03-04");
    {
        auto s = sam();
        AgreementService(*s).accept(itemId, 1);
    }
    at("2026-03-19");
    {
        auto a = alex();
        const Dashboard d = load(*a);
        ASSERT_EQ(d.agreements.size(), 1u);
        EXPECT_TRUE(d.agreements[0].inForce);
        EXPECT_EQ(d.agreements[0].proposerId, a->me().id);
        EXPECT_EQ(d.agreements[0].acceptedAt, utcMs("2026-03-04", 12));
        EXPECT_EQ(d.lastReviewMs, 0);
        // Due tomorrow, and the last check-in is sixteen days old; the agreement is only 15 days in force.
        ASSERT_EQ(d.reminders.size(), 2u);
        EXPECT_EQ(d.reminders[0].kind, Reminder::Kind::CommitmentDueSoon);
        EXPECT_EQ(d.reminders[0].entryId, boundaryId);
        EXPECT_EQ(d.reminders[0].exerciseId, "solo.a-boundary");
        EXPECT_EQ(d.reminders[1].kind, Reminder::Kind::WeeklyCheckin);
        EXPECT_EQ(d.reminders[1].exerciseId, kCheckin);
    }
    at("2026-04-06");
    {
        auto s = sam();
        const Dashboard d = load(*s);
        // Sam has no commitments; Alex's overdue one is not Sam's reminder.
        ASSERT_EQ(d.reminders.size(), 2u);
        EXPECT_EQ(d.reminders[0].kind, Reminder::Kind::WeeklyCheckin);
        EXPECT_EQ(d.reminders[1].kind, Reminder::Kind::AgreementReview);
        EXPECT_EQ(d.reminders[1].exerciseId, "step4.weekly-meeting");
        DashboardService(*s).recordAgreementReview("still working for us");
    }
    {
        auto a = alex();
        const Dashboard d = load(*a);
        EXPECT_EQ(d.lastReviewMs, utcMs("2026-04-06", 12));
        ASSERT_EQ(d.reminders.size(), 2u);
        EXPECT_EQ(d.reminders[0].kind, Reminder::Kind::CommitmentOverdue);
        EXPECT_EQ(d.reminders[1].kind, Reminder::Kind::WeeklyCheckin);
        const auto rows = a->entries({.kind = DashboardService::kReviewKind});
        ASSERT_EQ(rows.size(), 1u);
        EXPECT_EQ(rows[0].visibility, Visibility::Shared); // both partners see the review
        EXPECT_EQ(rows[0].authorId, a->otherPartner()->id);
    }
    // Home leaves the agreements unread while the last review is under thirty days old; on the
    // thirtieth day it reads them and the review is due again (load() compares it with the full
    // dashboard each time).
    const auto reviewDue = [&] {
        auto a = alex();
        const auto r = load(*a).reminders;
        return std::any_of(
            r.begin(), r.end(), [](const Reminder& x) { return x.kind == Reminder::Kind::AgreementReview; });
    };
    at("2026-05-05");
    EXPECT_FALSE(reviewDue());
    at("2026-05-06");
    EXPECT_TRUE(reviewDue());
}

// Home keeps what the agreements decide (the first acceptance still in force) in Alex's private
// store and reads their rows again only when one changes (issue 21). A summary planted with the
// current stamp is used as it is, which shows Home reads it; after each kind of change (Sam's
// revision, Alex's acceptance, Sam withdrawing the item his revision made his, Alex's new proposal,
// an edit of hers not yet published) a wrong summary planted just before is not used: load()
// compares Home's reminders with the full dashboard's, which always reads the rows.
TEST_F(DashboardTest, HomeKeepsTheAgreementsSummaryUntilAnAgreementRowChanges)
{
    const auto reviewDue = [](const std::vector<Reminder>& r) {
        return std::any_of(
            r.begin(), r.end(), [](const Reminder& x) { return x.kind == Reminder::Kind::AgreementReview; });
    };
    const auto plantWrongSummary = [&](Session& s, bool inForce) {
        nlohmann::json first = inForce ? nlohmann::json(utcMs("2020-01-01", 12)) : nlohmann::json();
        s.setPrivateSetting("agreement_summary",
            nlohmann::json{{"stamp", s.agreementRowsStamp(sources.agreementExerciseIds)}, {"first", first}}.dump());
    };
    std::string itemId;
    at("2026-03-03");
    {
        auto a = alex();
        itemId = AgreementService(*a).propose("step2.transparency", "phones", "We keep phones unlocked.");
    }
    at("2026-03-04");
    {
        auto s = sam();
        AgreementService(*s).accept(itemId, 1);
    }
    at("2026-04-10");
    {
        auto a = alex();
        EXPECT_TRUE(reviewDue(load(*a).reminders));
        plantWrongSummary(*a, false);
        EXPECT_FALSE(reviewDue(DashboardService(*a).loadReminders(sources, {})));
        EXPECT_TRUE(reviewDue(DashboardService(*a).load(sources, {}).reminders));
    }
    std::string revisedId;
    {
        auto a = alex();
        plantWrongSummary(*a, true);
    }
    {
        auto s = sam();
        revisedId = AgreementService(*s).revise(itemId, "phones", "Phones stay unlocked at home.");
    }
    {
        auto a = alex();
        EXPECT_FALSE(reviewDue(load(*a).reminders)); // a revision waits for Alex's acceptance
        plantWrongSummary(*a, true);
        AgreementService(*a).accept(revisedId, 2);
        EXPECT_FALSE(reviewDue(load(*a).reminders)); // in force again since today
    }
    std::string moneyId;
    at("2026-05-12");
    {
        auto a = alex();
        EXPECT_TRUE(reviewDue(load(*a).reminders));
        plantWrongSummary(*a, true);
    }
    {
        auto s = sam();
        AgreementService(*s).withdraw(revisedId); // the current row is his since his revision
    }
    {
        auto a = alex();
        EXPECT_FALSE(reviewDue(load(*a).reminders));
        // Her own change: a new proposal is a row of hers, and her own store's count tells Home.
        plantWrongSummary(*a, true);
        moneyId = AgreementService(*a).propose("step2.transparency", "money", "We show each other the statements.");
        EXPECT_FALSE(reviewDue(load(*a).reminders));
        // A change of hers that the shared file does not see yet (kept until she publishes it):
        // only her own store's count of agreement rows tells Home. Sam accepts first, so the
        // item is in force and its withdrawal changes what Home must say.
        {
            auto s = sam();
            AgreementService(*s).accept(moneyId, 1);
        }
    }
    at("2026-06-20");
    {
        auto a = alex();
        EXPECT_TRUE(reviewDue(load(*a).reminders));
        auto body = nlohmann::json::parse(a->entry(moneyId)->body);
        body["withdrawn"] = true;
        plantWrongSummary(*a, true);
        a->updateEntry(moneyId, body.dump(), Publish::Later);
        EXPECT_FALSE(reviewDue(load(*a).reminders));
    }
}

TEST_F(DashboardTest, NarrowRemindersSkipKeptCommitmentsAndCarryTheirWords)
{
    at("2026-03-03");
    std::string openId;
    {
        auto a = alex();
        EntryService e(*a);
        openId = e.addCommitment(kPromises, "call when late", "2026-03-05");
        const auto kept = e.addCommitment(kPromises, "kept already", "2026-03-04");
        e.markOutcome(kept, CommitmentOutcome::Kept);
        checkin(*a, "2026-03-03", R"({"trust":6})");
        checkin(*a, "2026-03-04", R"({"trust":7})");
    }
    {
        // Sam's open commitment, due the same day, is Sam's reminder, not Alex's.
        auto s = sam();
        EntryService(*s).addCommitment(kPromises, "CANARY-sam-promise", "2026-03-05", Visibility::Shared);
    }
    at("2026-03-06");
    auto a = alex();
    const auto narrow = DashboardService(*a).loadReminders(sources, {});
    // Overdue by a day; the newest check-in is two days old, so no check-in reminder yet.
    ASSERT_EQ(narrow.size(), 1u);
    EXPECT_EQ(narrow[0].kind, Reminder::Kind::CommitmentOverdue);
    EXPECT_EQ(narrow[0].entryId, openId);
    EXPECT_EQ(narrow[0].what, "call when late");
    EXPECT_EQ(describe(narrow), describe(load(*a).reminders));
}

namespace {

/** @brief Alex's private rows with their "awaiting an outcome" mark, as "kind:awaiting", by id. */
std::map<std::string, std::string> awaitingMarks(const std::filesystem::path& dir)
{
    storage::Database db = openPrivateStore(dir, "Alex", "alex passphrase");
    storage::Statement stmt(db, "SELECT id, kind, awaiting FROM entry");
    std::map<std::string, std::string> out;
    while (stmt.step()) {
        out[stmt.text(0)] = stmt.text(1) + ":" + std::to_string(stmt.integer(2));
    }
    return out;
}

} // namespace

TEST_F(DashboardTest, OnlyCommitmentsAwaitingAnOutcomeAreReadForRemindersAndTheMarkFollowsEachChange)
{
    std::string open;
    std::string kept;
    std::string reopened;
    std::string deleted;
    {
        auto a = alex();
        EntryService e(*a);
        open = e.addCommitment(kPromises, "open one", "2026-03-03");
        kept = e.addCommitment(kPromises, "kept one", "2026-03-03");
        e.markOutcome(kept, CommitmentOutcome::Kept);
        reopened = e.addCommitment(kPromises, "reopened one", "2026-03-04", Visibility::Shared);
        e.markOutcome(reopened, CommitmentOutcome::Missed);
        e.markOutcome(reopened, CommitmentOutcome::Open);
        deleted = e.addCommitment(kPromises, "deleted one", "2026-03-03");
        a->deleteEntry(deleted);
        checkin(*a, "2026-03-02", R"({"trust":6})");
    }
    auto marks = awaitingMarks(dir.path());
    EXPECT_EQ(marks[open], "commitment:1");
    EXPECT_EQ(marks[kept], "commitment:0");
    EXPECT_EQ(marks[reopened], "commitment:1");
    EXPECT_EQ(marks[deleted], "commitment:0");
    EXPECT_EQ(std::count_if(marks.begin(), marks.end(), [](const auto& m) { return m.second.ends_with(":1"); }), 2);

    // A store from before the mark: the migration marks every commitment, and the first unlock
    // clears the marks of those with an outcome. Until then Home reads a few too many, never too few.
    {
        storage::Database db = openPrivateStore(dir.path(), "Alex", "alex passphrase");
        db.exec("UPDATE entry SET awaiting = 1 WHERE kind = 'commitment'");
        db.exec("INSERT INTO meta (key, value) VALUES ('awaiting_refine', '1')");
    }
    at("2026-03-06");
    auto a = alex();
    EXPECT_EQ(awaitingMarks(dir.path()), marks);
    const auto narrow = DashboardService(*a).loadReminders(sources, {});
    ASSERT_EQ(narrow.size(), 2u); // the two overdue commitments; the check-in, four days old, is not due
    EXPECT_EQ(narrow[0].entryId, open);
    EXPECT_EQ(narrow[1].entryId, reopened);
    EXPECT_EQ(describe(narrow), describe(load(*a).reminders));
}

TEST_F(DashboardTest, EntryFilterGivesTheNewestSharedRowsFirstUpToItsLimit)
{
    {
        auto s = sam();
        for (const auto* day : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"}) {
            checkin(*s, day, R"({"trust":5})", Visibility::Shared);
        }
        checkin(*s, "2026-03-06", R"({"trust":1,"note":"CANARY-private"})");
    }
    auto a = alex();
    const std::string samId = a->otherPartner()->id;
    const auto newest = a->entries({.authorId = samId, .sharedOnly = true, .newestFirst = true, .limit = 2});
    ASSERT_EQ(newest.size(), 2u);
    EXPECT_EQ(newest[0].createdAt, utcMs("2026-03-05", 12));
    EXPECT_EQ(newest[1].createdAt, utcMs("2026-03-04", 12));
    const auto all = a->entries({.authorId = samId, .sharedOnly = true});
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all.front().createdAt, utcMs("2026-03-02", 12));
    // Alex's own private rows are left out when only shared ones are asked for.
    checkin(*a, "2026-03-07", R"({"trust":3})");
    EXPECT_TRUE(a->entries({.authorId = a->me().id, .sharedOnly = true}).empty());
    EXPECT_EQ(a->entries({.authorId = a->me().id, .limit = 5}).size(), 1u);
}

TEST_F(DashboardTest, TriggerPatternsAreTheAuthorsOwnAcrossBothTriggerLogs)
{
    {
        auto a = alex();
        EntryService e(*a);
        at("2026-03-02", 3); // Monday night
        e.addLog("step3.trigger-log", R"({"situation":"a late message","intensity":8})");
        at("2026-03-07", 14); // Saturday afternoon
        e.addLog("solo.my-triggers", R"({"before":"a silence","strength":4})", Visibility::Shared);
        at("2026-03-08", 9);
        e.addLog("step3.bids", R"({"bid":"not a trigger"})");
    }
    {
        auto s = sam();
        at("2026-03-04", 20);
        EntryService(*s).addLog(
            "step3.trigger-log", R"({"situation":"shared by Sam","intensity":10})", Visibility::Shared);
    }
    auto a = alex();
    const TriggerPatterns t = load(*a).myTriggers;
    EXPECT_EQ(t.count, 2);
    EXPECT_EQ(t.rated, 2);
    EXPECT_DOUBLE_EQ(t.meanIntensity, 6.0);
    EXPECT_EQ(t.byWeekday, (std::array<int, 7>{1, 0, 0, 0, 0, 1, 0}));
    EXPECT_EQ(t.byTimeOfDay, (std::array<int, 4>{1, 0, 1, 0}));
    auto s = sam();
    EXPECT_EQ(load(*s).myTriggers.count, 1);
}

TEST(DashboardSolo, HasNoPartnerSeries)
{
    TempDir dir;
    auto options = fastOptions();
    std::vector<NewPartner> partners;
    partners.push_back({"Robin", Role::Hurt, secret("robin passphrase")});
    (void)Workbook::create(dir.path(), std::move(partners), options);
    auto r = Workbook::unlock(dir.path(), "Robin", secret("robin passphrase"), options);
    EntryService(*r).addCheckin(kCheckin, R"({"trust":3})");
    EntryService(*r).addCommitment(kPromises, "rest", dayOf(r->nowMs(), {}));
    const Dashboard d = DashboardService(*r).load(dashboardSourcesFor(realCurriculum()), {});
    EXPECT_EQ(d.myTrend.points.size(), 1u);
    EXPECT_TRUE(d.partnerTrend.partnerId.empty());
    EXPECT_TRUE(d.partnerTrend.points.empty());
    EXPECT_TRUE(d.partnerConsistency.empty());
    ASSERT_EQ(d.myConsistency.size(), 1u);
    EXPECT_EQ(d.myConsistency[0].open, 1);
    EXPECT_EQ(d.reminders.at(0).kind, Reminder::Kind::CommitmentDueSoon);
}

TEST(DashboardSources, NamedByTheCurriculum)
{
    const DashboardSources s = dashboardSourcesFor(realCurriculum());
    EXPECT_EQ(s.checkinExerciseIds, std::vector<std::string>{"step4.trust-thermometer"}); // step 1's has no trust
    EXPECT_EQ(s.commitmentExerciseIds,
        (std::vector<std::string>{"first-weeks.decisions-can-wait", "step4.small-promises", "solo.a-boundary"}));
    EXPECT_EQ(s.agreementExerciseIds.size(), 7u);
    EXPECT_EQ(s.triggerExerciseIds, (std::vector<std::string>{"step3.trigger-log", "solo.my-triggers"}));
    EXPECT_EQ(s.intensityFieldFor("step3.trigger-log"), "intensity");
    EXPECT_EQ(s.intensityFieldFor("solo.my-triggers"), "strength");
    EXPECT_EQ(s.reviewExerciseId, "step4.weekly-meeting");
}
