// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The pure calculations behind the progress view, from known data.
#include "tw/workbook/Insights.h"

#include "InsightsClock.h"
#include "WorkbookFixture.h"

using namespace tw;
using namespace tw::workbook;
using tw::test::kDayMs;
using tw::test::kindOf;
using tw::test::utcMs;

namespace {

Commitment commitment(const std::string& owner, const std::string& due, CommitmentOutcome outcome,
    Visibility visibility = Visibility::Private)
{
    static int next = 0;
    Commitment c;
    c.id = "c" + std::to_string(++next);
    c.ownerId = owner;
    c.exerciseId = "step4.small-promises";
    c.what = "something kind";
    c.due = due;
    c.outcome = outcome;
    c.visibility = visibility;
    return c;
}

Record checkin(const std::string& author, std::int64_t at, const std::string& fields)
{
    static int next = 0;
    return {"r" + std::to_string(++next), author, "step4.trust-thermometer", fields, Visibility::Private, at};
}

AgreementItem agreement(bool inForce, std::int64_t acceptedAt)
{
    AgreementItem a;
    a.id = "a";
    a.inForce = inForce;
    a.acceptedAt = inForce ? acceptedAt : 0;
    return a;
}

} // namespace

TEST(Calendar, DayOfUsesTheLocalOffset)
{
    EXPECT_EQ(dayOf(utcMs("2026-03-01", 23, 30), {}), "2026-03-01");
    EXPECT_EQ(dayOf(utcMs("2026-03-01", 23, 30), {60}), "2026-03-02");
    EXPECT_EQ(dayOf(utcMs("2026-03-01", 0, 30), {-60}), "2026-02-28");
    EXPECT_EQ(dayOf(utcMs("2024-02-29", 12), {}), "2024-02-29");
    EXPECT_EQ(dayOf(utcMs("2000-12-31", 23, 59), {}), "2000-12-31");
    EXPECT_EQ(dayOf(0, {}), "1970-01-01");
    EXPECT_EQ(dayOf(-1, {}), "1969-12-31");
}

TEST(Calendar, WeeksStartOnMonday)
{
    EXPECT_EQ(weekStartOf("2026-03-01"), "2026-02-23"); // a Sunday belongs to the week before
    EXPECT_EQ(weekStartOf("2026-03-02"), "2026-03-02");
    EXPECT_EQ(weekStartOf("2024-02-29"), "2024-02-26");
    EXPECT_EQ(weekStartOf("1970-01-01"), "1969-12-29");
    EXPECT_EQ(weekStartOf("2026-01-01"), "2025-12-29"); // across a year
    EXPECT_EQ(kindOf([] { (void)weekStartOf("2026-02-30"); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([] { (void)weekStartOf("next week"); }), ErrorKind::Usage);
}

TEST(Consistency, CountsKeptMissedAndOpenPerWeekIncludingEmptyWeeks)
{
    const std::vector<Commitment> all = {
        commitment("me", "2026-03-02", CommitmentOutcome::Kept), // week of 03-02
        commitment("me", "2026-03-08", CommitmentOutcome::Missed), // Sunday: same week
        commitment("me", "2026-03-04", CommitmentOutcome::Open),
        commitment("me", "2026-03-18", CommitmentOutcome::Kept), // week of 03-16; 03-09 has nothing
        commitment("me", "", CommitmentOutcome::Kept), // no due day: not counted
        commitment("them", "2026-03-03", CommitmentOutcome::Missed), // someone else's
    };
    const auto weeks = consistencyRecord(all, "me", "2026-03-31");
    ASSERT_EQ(weeks.size(), 5u); // 03-02, 03-09, 03-16, 03-23, 03-30 (today's week)
    EXPECT_EQ(weeks[0].weekStart, "2026-03-02");
    EXPECT_EQ(weeks[0].due, 3);
    EXPECT_EQ(weeks[0].kept, 1);
    EXPECT_EQ(weeks[0].missed, 1);
    EXPECT_EQ(weeks[0].open, 1);
    EXPECT_EQ(weeks[1].weekStart, "2026-03-09");
    EXPECT_EQ(weeks[1].due, 0);
    EXPECT_EQ(weeks[2].weekStart, "2026-03-16");
    EXPECT_EQ(weeks[2].due, 1);
    EXPECT_EQ(weeks[2].kept, 1);
    EXPECT_EQ(weeks[4].weekStart, "2026-03-30");
    EXPECT_EQ(weeks[4].due, 0);

    // A due day after today extends the record to that week instead.
    const auto ahead = consistencyRecord(all, "me", "2026-03-03");
    ASSERT_EQ(ahead.size(), 3u);
    EXPECT_EQ(ahead.back().weekStart, "2026-03-16");

    EXPECT_TRUE(consistencyRecord(all, "nobody", "2026-03-31").empty());
    EXPECT_EQ(kindOf([&] { (void)consistencyRecord(all, "me", "soon"); }), ErrorKind::Usage);
}

TEST(Trend, WeeklyMeansOfOnePartner)
{
    const std::vector<Record> records = {
        checkin("me", utcMs("2026-03-02", 9), R"({"trust":4,"connected":6,"note":"x"})"),
        checkin("me", utcMs("2026-03-05", 20), R"({"trust":7})"),
        checkin("me", utcMs("2026-03-16", 9), R"({"trust":9,"connected":8})"),
        checkin("me", utcMs("2026-03-17", 9), R"({"note":"no rating"})"), // no trust: not in the trend
        checkin("me", utcMs("2026-03-18", 9), R"({"trust":42})"), // out of range: not in the trend
        checkin("them", utcMs("2026-03-03", 9), R"({"trust":1})"),
    };
    const auto series = trustTrend(records, "me", {});
    EXPECT_EQ(series.partnerId, "me");
    ASSERT_EQ(series.points.size(), 2u); // the empty week of 03-09 is not a point
    EXPECT_EQ(series.points[0].weekStart, "2026-03-02");
    EXPECT_DOUBLE_EQ(series.points[0].trust, 5.5);
    EXPECT_DOUBLE_EQ(series.points[0].connected, 6.0); // only one of the two gave it
    EXPECT_EQ(series.points[0].checkins, 2);
    EXPECT_EQ(series.points[1].weekStart, "2026-03-16");
    EXPECT_DOUBLE_EQ(series.points[1].trust, 9.0);
    EXPECT_EQ(series.points[1].checkins, 1);

    // Sunday 23:30 UTC is already Monday an hour east of Greenwich: the local week counts.
    const std::vector<Record> late = {checkin("me", utcMs("2026-03-01", 23, 30), R"({"trust":3})")};
    EXPECT_EQ(trustTrend(late, "me", {}).points.at(0).weekStart, "2026-02-23");
    EXPECT_EQ(trustTrend(late, "me", {60}).points.at(0).weekStart, "2026-03-02");

    EXPECT_TRUE(trustTrend(records, "nobody", {}).points.empty());
}

TEST(Trend, GapOnlyWhereBothHaveAWeek)
{
    TrendSeries a{"a", {{"2026-03-02", 4, 0, 1}, {"2026-03-09", 6, 0, 1}, {"2026-03-16", 8, 0, 1}}};
    TrendSeries b{"b", {{"2026-03-09", 9, 0, 2}, {"2026-03-16", 5.5, 0, 1}, {"2026-03-23", 1, 0, 1}}};
    const auto gap = trustGap(a, b);
    ASSERT_EQ(gap.size(), 2u);
    EXPECT_EQ(gap[0].weekStart, "2026-03-09");
    EXPECT_DOUBLE_EQ(gap[0].gap, 3.0);
    EXPECT_EQ(gap[1].weekStart, "2026-03-16");
    EXPECT_DOUBLE_EQ(gap[1].gap, 2.5);
    EXPECT_TRUE(trustGap(a, TrendSeries{"b", {}}).empty());
}

TEST(Triggers, PatternsByWeekdayAndTimeOfDay)
{
    const std::vector<Record> logs = {
        checkin("me", utcMs("2026-03-02", 3), R"({"intensity":8})"), // Monday night
        checkin("me", utcMs("2026-03-02", 21), R"({"intensity":4})"), // Monday evening
        checkin("me", utcMs("2026-03-07", 13), R"({"situation":"no scale"})"), // Saturday afternoon
        checkin("me", utcMs("2026-03-08", 23, 30), R"({"intensity":6})"), // Sunday evening UTC
        checkin("them", utcMs("2026-03-03", 9), R"({"intensity":10})"),
    };
    const auto p = triggerPatterns(logs, "me", "intensity", {});
    EXPECT_EQ(p.count, 4);
    EXPECT_EQ(p.rated, 3);
    EXPECT_DOUBLE_EQ(p.meanIntensity, 6.0);
    EXPECT_EQ(p.byWeekday, (std::array<int, 7>{2, 0, 0, 0, 0, 1, 1}));
    EXPECT_EQ(p.byTimeOfDay, (std::array<int, 4>{1, 0, 1, 2}));

    // Two hours east, the Sunday 23:30 one is Monday night and the Monday 21:00 one is Monday 23:00.
    const auto east = triggerPatterns(logs, "me", "intensity", {120});
    EXPECT_EQ(east.byWeekday, (std::array<int, 7>{3, 0, 0, 0, 0, 1, 0}));
    EXPECT_EQ(east.byTimeOfDay, (std::array<int, 4>{2, 0, 1, 1}));

    const auto otherField = triggerPatterns(logs, "me", "strength", {});
    EXPECT_EQ(otherField.count, 4);
    EXPECT_EQ(otherField.rated, 0);
    EXPECT_DOUBLE_EQ(otherField.meanIntensity, 0.0);
}

TEST(Reminders, CommitmentsDueSoonAndOverdue)
{
    const std::int64_t now = utcMs("2026-03-10", 10);
    const std::vector<Commitment> mine = {
        commitment("me", "2026-03-12", CommitmentOutcome::Open), // in two days: due soon
        commitment("me", "2026-03-13", CommitmentOutcome::Open), // in three: not yet
        commitment("me", "2026-03-10", CommitmentOutcome::Open), // today: due soon
        commitment("me", "2026-03-01", CommitmentOutcome::Open), // overdue
        commitment("me", "2026-03-09", CommitmentOutcome::Open), // overdue
        commitment("me", "2026-03-08", CommitmentOutcome::Kept), // marked: nothing to remind
        commitment("me", "", CommitmentOutcome::Open), // no day
    };
    const auto list = reminders(mine, now - kDayMs, {}, 0, "step4.trust-thermometer", "step4.weekly-meeting", now, {});
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(list[0].kind, Reminder::Kind::CommitmentOverdue);
    EXPECT_EQ(list[0].due, "2026-03-01");
    EXPECT_EQ(list[0].entryId, mine[3].id);
    EXPECT_EQ(list[0].exerciseId, "step4.small-promises");
    EXPECT_EQ(list[1].kind, Reminder::Kind::CommitmentOverdue);
    EXPECT_EQ(list[1].due, "2026-03-09");
    EXPECT_EQ(list[2].kind, Reminder::Kind::CommitmentDueSoon);
    EXPECT_EQ(list[2].due, "2026-03-10");
    EXPECT_EQ(list[3].kind, Reminder::Kind::CommitmentDueSoon);
    EXPECT_EQ(list[3].due, "2026-03-12");
}

TEST(Reminders, WeeklyCheckinAfterSevenDaysOrWhenThereIsNone)
{
    const std::int64_t now = utcMs("2026-03-10", 10);
    const auto kinds = [&](std::int64_t lastCheckin) {
        std::vector<Reminder::Kind> out;
        for (const auto& r : reminders({}, lastCheckin, {}, 0, "step4.trust-thermometer", "", now, {})) {
            out.push_back(r.kind);
            EXPECT_EQ(r.exerciseId, "step4.trust-thermometer");
        }
        return out;
    };
    EXPECT_EQ(kinds(0), std::vector<Reminder::Kind>{Reminder::Kind::WeeklyCheckin});
    EXPECT_EQ(kinds(utcMs("2026-03-03", 23)), std::vector<Reminder::Kind>{Reminder::Kind::WeeklyCheckin});
    EXPECT_TRUE(kinds(utcMs("2026-03-04", 8)).empty()); // six calendar days ago
    // Without a check-in exercise in the curriculum there is nothing to lead to.
    EXPECT_TRUE(reminders({}, 0, {}, 0, "", "", now, {}).empty());
}

TEST(Reminders, MonthlyAgreementsReview)
{
    const std::int64_t now = utcMs("2026-04-10", 10);
    const auto reviewDue = [&](const std::vector<AgreementItem>& items, std::int64_t lastReview) {
        for (const auto& r : reminders({}, now, items, lastReview, "checkin", "step4.weekly-meeting", now, {})) {
            if (r.kind == Reminder::Kind::AgreementReview) {
                EXPECT_EQ(r.exerciseId, "step4.weekly-meeting");
                return true;
            }
        }
        return false;
    };
    const auto old = agreement(true, utcMs("2026-03-01"));
    const auto fresh = agreement(true, utcMs("2026-04-05"));
    EXPECT_TRUE(reviewDue({old}, 0)); // never reviewed, agreed 40 days ago
    EXPECT_TRUE(reviewDue({fresh, old}, 0)); // counted from the first acceptance
    EXPECT_FALSE(reviewDue({fresh}, 0)); // agreed five days ago
    EXPECT_FALSE(reviewDue({old}, utcMs("2026-03-20"))); // reviewed 21 days ago
    EXPECT_TRUE(reviewDue({old}, utcMs("2026-03-11"))); // reviewed 30 days ago
    EXPECT_FALSE(reviewDue({agreement(false, 0)}, 0)); // nothing in force
    EXPECT_FALSE(reviewDue({}, 0));
}
