// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::workbook {

/**
 * @brief The user's local time as an offset from UTC. Passed in rather than read from the system
 * so that this layer stays free of Qt and time zones, and tests give the same weeks everywhere.
 */
struct LocalClock {
    std::int32_t utcOffsetMinutes = 0;
};

/** @brief "YYYY-MM-DD" of a moment (ms since the epoch) in local time. */
std::string dayOf(std::int64_t ms, LocalClock clock);
/** @brief The Monday ("YYYY-MM-DD") of the ISO week that contains @p day ("YYYY-MM-DD"). */
std::string weekStartOf(std::string_view day);

/** @brief One week of one partner's commitments, counted by their due day. */
struct ConsistencyWeek {
    std::string weekStart; ///< Monday, "YYYY-MM-DD"
    int due = 0; ///< commitments due this week (kept + missed + open)
    int kept = 0;
    int missed = 0;
    int open = 0; ///< not marked yet
};

/**
 * @brief Kept / due per week for @p ownerId's commitments among @p commitments (the caller passes
 * only what the active partner may read). Every week from the first due week to the week of
 * @p today (or the last due week, whichever is later) appears, weeks with nothing due included
 * (due = 0), oldest first. Commitments without a due day are not counted.
 */
std::vector<ConsistencyWeek> consistencyRecord(
    const std::vector<Commitment>& commitments, const std::string& ownerId, std::string_view today);

/** @brief Mean check-in values of one partner over one week. */
struct TrendPoint {
    std::string weekStart;
    double trust = 0; ///< mean of the "trust" field (0-10)
    double connected = 0; ///< mean of the "connected" field (0-10); 0 when absent
    int checkins = 0;
};

struct TrendSeries {
    std::string partnerId;
    std::vector<TrendPoint> points; ///< only weeks with at least one check-in, oldest first
};

/**
 * @brief Weekly means of @p partnerId's check-ins among @p checkins (records the active partner
 * may read: their own, and the other partner's shared ones). A partner who never shares gives an
 * empty series to the other partner.
 */
TrendSeries trustTrend(const std::vector<Record>& checkins, const std::string& partnerId, LocalClock clock);

struct GapPoint {
    std::string weekStart;
    double gap = 0; ///< |a.trust - b.trust|
};

/** @brief The gap in trust, only for weeks where both series have a point. */
std::vector<GapPoint> trustGap(const TrendSeries& a, const TrendSeries& b);

/** @brief When one partner's triggers came; shown to their author only. */
struct TriggerPatterns {
    int count = 0;
    double meanIntensity = 0; ///< over records with an intensity
    int rated = 0; ///< records with an intensity (the mean's denominator, for merging logs)
    std::array<int, 7> byWeekday{}; ///< Monday = 0
    std::array<int, 4> byTimeOfDay{}; ///< night 0-6, morning 6-12, afternoon 12-18, evening 18-24
};

/** @brief Patterns of @p authorId's log records; @p intensityField names the scale field. */
TriggerPatterns triggerPatterns(
    const std::vector<Record>& logs, const std::string& authorId, const std::string& intensityField, LocalClock clock);

/** @brief Something the app reminds about, inside the app only. */
struct Reminder {
    enum class Kind { CommitmentDueSoon, CommitmentOverdue, WeeklyCheckin, AgreementReview };
    Kind kind = Kind::WeeklyCheckin;
    std::string entryId; ///< the commitment, when it is about one
    std::string what; ///< the commitment's own words (the reader's own text), when it is about one
    std::string exerciseId; ///< where the reminder leads
    std::string due; ///< "YYYY-MM-DD" when it has a day
};

/** @brief Whether thirty or more local days lie between @p sinceMs and @p nowMs (a review is due). */
bool agreementReviewDue(std::int64_t sinceMs, std::int64_t nowMs, LocalClock clock);

/**
 * @brief Reminders for the active partner: their open commitments due within two days or
 * overdue, a weekly check-in when their last one is seven or more days old (or there is none
 * yet), and the monthly agreements review when there are agreements in force and the last review
 * is thirty or more days old. @p lastCheckinMs and @p lastReviewMs are 0 when there was none; with
 * no review yet, the thirty days count from the first acceptance of an item still in force, so a
 * fresh agreement is not followed at once by a prompt to review it. Days are local calendar days.
 * Ordered: overdue, due soon (earliest first), check-in, review.
 */
std::vector<Reminder> reminders(const std::vector<Commitment>& myCommitments, std::int64_t lastCheckinMs,
    const std::vector<AgreementItem>& agreements, std::int64_t lastReviewMs, const std::string& checkinExerciseId,
    const std::string& reviewExerciseId, std::int64_t nowMs, LocalClock clock);
/** @brief The same, given only what the agreements decide: firstInForce() of them. */
std::vector<Reminder> remindersFromSummary(const std::vector<Commitment>& myCommitments, std::int64_t lastCheckinMs,
    std::optional<std::int64_t> firstAgreementInForceMs, std::int64_t lastReviewMs,
    const std::string& checkinExerciseId, const std::string& reviewExerciseId, std::int64_t nowMs, LocalClock clock);

/** @brief The earliest acceptance among the agreements in force, or none when none is. */
std::optional<std::int64_t> firstInForce(const std::vector<AgreementItem>& agreements);

} // namespace tw::workbook
