// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Insights.h"

#include "Calendar.h"
#include "tw/base/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace tw::workbook {
namespace {

using nlohmann::json;

constexpr std::int64_t kMsPerMinute = 60LL * 1000;
constexpr std::int64_t kMsPerHour = 60 * kMsPerMinute;

std::int64_t localMs(std::int64_t ms, LocalClock clock)
{
    return ms + std::int64_t{clock.utcOffsetMinutes} * kMsPerMinute;
}

std::int64_t localDayNumber(std::int64_t ms, LocalClock clock)
{
    return detail::floorDiv(localMs(ms, clock), detail::kMsPerDay);
}

std::int64_t requireDay(std::string_view day)
{
    const auto days = detail::parseDay(day);
    if (!days) {
        throw Error(ErrorKind::Usage, "A day must be a calendar day written as YYYY-MM-DD.");
    }
    return *days;
}

std::int64_t mondayOf(std::int64_t days)
{
    return days - detail::weekdayOf(days);
}

// A scale answer the forms write: a number from 0 to 10. Anything else (a missing field, text, a
// value out of range from a damaged or foreign row) is left out rather than bending a mean.
std::optional<double> scaleValue(const json& fields, const std::string& key)
{
    const auto it = fields.find(key);
    if (it == fields.end() || !it->is_number()) {
        return std::nullopt;
    }
    const double v = it->get<double>();
    return v >= 0 && v <= 10 ? std::optional<double>(v) : std::nullopt;
}

json parseFields(const std::string& text)
{
    json fields = json::parse(text, nullptr, false);
    return fields.is_object() ? fields : json::object();
}

} // namespace

std::string dayOf(std::int64_t ms, LocalClock clock)
{
    return detail::formatDay(localDayNumber(ms, clock));
}

std::string weekStartOf(std::string_view day)
{
    return detail::formatDay(mondayOf(requireDay(day)));
}

std::vector<ConsistencyWeek> consistencyRecord(
    const std::vector<Commitment>& commitments, const std::string& ownerId, std::string_view today)
{
    const std::int64_t thisWeek = mondayOf(requireDay(today));
    std::map<std::int64_t, ConsistencyWeek> weeks;
    for (const auto& c : commitments) {
        if (c.ownerId != ownerId || c.due.empty()) {
            continue;
        }
        const auto due = detail::parseDay(c.due);
        if (!due) {
            continue; // the services refuse such days; an old or foreign row is not worth failing for
        }
        ConsistencyWeek& w = weeks[mondayOf(*due)];
        w.due += 1;
        w.kept += c.outcome == CommitmentOutcome::Kept ? 1 : 0;
        w.missed += c.outcome == CommitmentOutcome::Missed ? 1 : 0;
        w.open += c.outcome == CommitmentOutcome::Open ? 1 : 0;
    }
    if (weeks.empty()) {
        return {};
    }
    // Empty weeks stay in the record: a week with nothing due is part of the rhythm, not a gap.
    const std::int64_t last = std::max(thisWeek, weeks.rbegin()->first);
    std::vector<ConsistencyWeek> out;
    for (std::int64_t monday = weeks.begin()->first; monday <= last; monday += 7) {
        ConsistencyWeek w;
        if (const auto it = weeks.find(monday); it != weeks.end()) {
            w = it->second;
        }
        w.weekStart = detail::formatDay(monday);
        out.push_back(std::move(w));
    }
    return out;
}

TrendSeries trustTrend(const std::vector<Record>& checkins, const std::string& partnerId, LocalClock clock)
{
    struct Sums {
        double trust = 0;
        double connected = 0;
        int connectedCount = 0;
        int count = 0;
    };
    std::map<std::int64_t, Sums> weeks;
    for (const auto& r : checkins) {
        if (r.authorId != partnerId) {
            continue;
        }
        const json fields = parseFields(r.fieldsJson);
        const auto trust = scaleValue(fields, "trust");
        if (!trust) {
            continue; // a check-in without a trust rating says nothing about the trend
        }
        Sums& s = weeks[mondayOf(localDayNumber(r.createdAt, clock))];
        s.trust += *trust;
        s.count += 1;
        if (const auto connected = scaleValue(fields, "connected")) {
            s.connected += *connected;
            s.connectedCount += 1;
        }
    }
    TrendSeries series;
    series.partnerId = partnerId;
    for (const auto& [monday, s] : weeks) {
        TrendPoint p;
        p.weekStart = detail::formatDay(monday);
        p.trust = s.trust / s.count;
        p.connected = s.connectedCount > 0 ? s.connected / s.connectedCount : 0;
        p.checkins = s.count;
        series.points.push_back(std::move(p));
    }
    return series;
}

std::vector<GapPoint> trustGap(const TrendSeries& a, const TrendSeries& b)
{
    std::map<std::string, double> theirs;
    for (const auto& p : b.points) {
        theirs.emplace(p.weekStart, p.trust);
    }
    std::vector<GapPoint> out;
    for (const auto& p : a.points) {
        if (const auto it = theirs.find(p.weekStart); it != theirs.end()) {
            out.push_back({p.weekStart, std::fabs(p.trust - it->second)});
        }
    }
    return out;
}

TriggerPatterns triggerPatterns(
    const std::vector<Record>& logs, const std::string& authorId, const std::string& intensityField, LocalClock clock)
{
    TriggerPatterns out;
    double sum = 0;
    for (const auto& r : logs) {
        if (r.authorId != authorId) {
            continue;
        }
        const std::int64_t local = localMs(r.createdAt, clock);
        const std::int64_t day = detail::floorDiv(local, detail::kMsPerDay);
        const auto hour = static_cast<int>((local - day * detail::kMsPerDay) / kMsPerHour);
        out.count += 1;
        out.byWeekday.at(static_cast<std::size_t>(detail::weekdayOf(day))) += 1;
        out.byTimeOfDay.at(static_cast<std::size_t>(hour / 6)) += 1;
        if (const auto v = scaleValue(parseFields(r.fieldsJson), intensityField)) {
            sum += *v;
            out.rated += 1;
        }
    }
    out.meanIntensity = out.rated > 0 ? sum / out.rated : 0;
    return out;
}

bool agreementReviewDue(std::int64_t sinceMs, std::int64_t nowMs, LocalClock clock)
{
    return localDayNumber(nowMs, clock) - localDayNumber(sinceMs, clock) >= 30;
}

std::optional<std::int64_t> firstInForce(const std::vector<AgreementItem>& agreements)
{
    std::optional<std::int64_t> first;
    for (const auto& a : agreements) {
        if (a.inForce) {
            first = std::min(first.value_or(a.acceptedAt), a.acceptedAt);
        }
    }
    return first;
}

std::vector<Reminder> reminders(const std::vector<Commitment>& myCommitments, std::int64_t lastCheckinMs,
    const std::vector<AgreementItem>& agreements, std::int64_t lastReviewMs, const std::string& checkinExerciseId,
    const std::string& reviewExerciseId, std::int64_t nowMs, LocalClock clock)
{
    return remindersFromSummary(myCommitments, lastCheckinMs, firstInForce(agreements), lastReviewMs, checkinExerciseId,
        reviewExerciseId, nowMs, clock);
}

std::vector<Reminder> remindersFromSummary(const std::vector<Commitment>& myCommitments, std::int64_t lastCheckinMs,
    std::optional<std::int64_t> firstAgreementInForceMs, std::int64_t lastReviewMs,
    const std::string& checkinExerciseId, const std::string& reviewExerciseId, std::int64_t nowMs, LocalClock clock)
{
    const std::int64_t today = localDayNumber(nowMs, clock);
    std::vector<std::pair<std::int64_t, Reminder>> overdue;
    std::vector<std::pair<std::int64_t, Reminder>> soon;
    for (const auto& c : myCommitments) {
        const auto due = c.outcome == CommitmentOutcome::Open ? detail::parseDay(c.due) : std::nullopt;
        if (!due || *due - today > 2) {
            continue;
        }
        Reminder r;
        r.kind = *due < today ? Reminder::Kind::CommitmentOverdue : Reminder::Kind::CommitmentDueSoon;
        r.entryId = c.id;
        r.what = c.what;
        r.exerciseId = c.exerciseId;
        r.due = c.due;
        (*due < today ? overdue : soon).emplace_back(*due, std::move(r));
    }
    std::vector<Reminder> out;
    for (auto* group : {&overdue, &soon}) {
        std::stable_sort(group->begin(), group->end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [day, r] : *group) {
            out.push_back(std::move(r));
        }
    }
    if (!checkinExerciseId.empty() && (lastCheckinMs == 0 || today - localDayNumber(lastCheckinMs, clock) >= 7)) {
        Reminder r;
        r.kind = Reminder::Kind::WeeklyCheckin;
        r.exerciseId = checkinExerciseId;
        out.push_back(std::move(r));
    }
    if (firstAgreementInForceMs && !reviewExerciseId.empty()) {
        const std::int64_t since = lastReviewMs != 0 ? lastReviewMs : *firstAgreementInForceMs;
        if (agreementReviewDue(since, nowMs, clock)) {
            Reminder r;
            r.kind = Reminder::Kind::AgreementReview;
            r.exerciseId = reviewExerciseId;
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace tw::workbook
