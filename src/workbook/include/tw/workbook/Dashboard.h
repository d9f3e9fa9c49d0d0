// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Insights.h"
#include "tw/workbook/Session.h"

#include <map>
#include <string>
#include <vector>

namespace tw::workbook {

/** @brief Which exercises feed the progress view; taken from the curriculum by the caller. */
struct DashboardSources {
    std::vector<std::string> checkinExerciseIds; ///< e.g. step4.trust-thermometer
    std::vector<std::string> commitmentExerciseIds; ///< e.g. step4.small-promises, solo.a-boundary
    std::vector<std::string> agreementExerciseIds; ///< every agreement exercise
    std::vector<std::string> triggerExerciseIds; ///< log exercises whose records are triggers
    std::string triggerIntensityField = "intensity";
    /// Per trigger exercise, when its scale field has another name (solo.my-triggers: "strength").
    std::map<std::string, std::string> triggerIntensityFields;
    std::string reviewExerciseId; ///< where the monthly review leads, e.g. step4.weekly-meeting

    /** @brief The intensity field of one trigger exercise. */
    [[nodiscard]] const std::string& intensityFieldFor(const std::string& exerciseId) const;
};

/** @brief Everything the progress view shows, for the active partner. */
struct Dashboard {
    TrendSeries myTrend;
    TrendSeries partnerTrend; ///< empty when solo or when the partner shares no check-ins
    std::vector<GapPoint> gap;
    std::vector<ConsistencyWeek> myConsistency;
    std::vector<ConsistencyWeek> partnerConsistency; ///< from the partner's shared commitments only
    std::vector<AgreementItem> agreements; ///< current items of every agreement exercise
    std::int64_t lastReviewMs = 0;
    TriggerPatterns myTriggers;
    std::vector<Reminder> reminders;
};

/**
 * @brief Gathers the dashboard in one pass over the entries the active partner may read. Key
 * derivation is not part of it: it runs on an unlocked Session.
 */
class DashboardService {
public:
    explicit DashboardService(Session& session);

    [[nodiscard]] Dashboard load(const DashboardSources& sources, LocalClock clock) const;
    /**
     * @brief Only load().reminders, for Home: reads my commitments, my newest check-in, the
     * agreements and the newest review, not the years of check-ins and logs the charts need.
     */
    [[nodiscard]] std::vector<Reminder> loadReminders(const DashboardSources& sources, LocalClock clock) const;

    /**
     * @brief Records that the couple reviewed their agreements today (a shared row, kind below,
     * body {"note": ...}), under kDefaultReviewExerciseId. load() finds review rows in that
     * exercise, the review exercise and every agreement exercise.
     */
    void recordAgreementReview(const std::string& note);
    /** @brief As above, under @p exerciseId (usually DashboardSources::reviewExerciseId). */
    void recordAgreementReview(const std::string& note, const std::string& exerciseId);
    static constexpr const char* kReviewKind = "agreement-review";
    static constexpr const char* kDefaultReviewExerciseId = "step4.weekly-meeting";

private:
    /**
     * @brief firstInForce() of the agreements in @p exerciseIds, from a summary kept in my private
     * store while Session::agreementRowsStamp() is unchanged, otherwise read from the rows (each
     * partner's checked as always) and kept again.
     */
    [[nodiscard]] std::optional<std::int64_t> firstAgreementInForce(const std::vector<std::string>& exerciseIds) const;

    Session& m_session;
};

} // namespace tw::workbook
