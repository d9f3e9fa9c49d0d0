// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Dashboard.h"

#include "ExerciseRows.h"
#include "ServiceSupport.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tw::workbook {
namespace {

// Private setting: {"stamp": Session::agreementRowsStamp(), "first": ms or null}.
constexpr const char* kAgreementSummarySetting = "agreement_summary";

// What each source exercise feeds; one exercise may feed several (the weekly meeting is both an
// agreement exercise and where reviews are recorded).
struct Roles {
    bool checkins = false;
    bool commitments = false;
    bool agreements = false;
    bool triggers = false;
};

struct Gathered {
    std::vector<Record> checkins;
    std::vector<Commitment> commitments;
    std::vector<AgreementItem> agreements;
    TriggerPatterns triggers;
    std::int64_t lastReviewMs = 0;
};

// These records never leave load(): the calculations read a few named fields, which the padding
// key cannot shadow, so the body is used as stored instead of parsed, unpadded and written again
// (a third of the work with ten years of check-ins).
Record rawRecord(Entry&& row)
{
    return {std::move(row.id), std::move(row.authorId), std::move(row.exerciseId), std::move(row.body), row.visibility,
        row.createdAt};
}

void addTo(TriggerPatterns& total, const TriggerPatterns& more)
{
    const double sum = total.meanIntensity * total.rated + more.meanIntensity * more.rated;
    total.count += more.count;
    total.rated += more.rated;
    total.meanIntensity = total.rated > 0 ? sum / total.rated : 0;
    for (std::size_t i = 0; i < total.byWeekday.size(); ++i) {
        total.byWeekday.at(i) += more.byWeekday.at(i);
    }
    for (std::size_t i = 0; i < total.byTimeOfDay.size(); ++i) {
        total.byTimeOfDay.at(i) += more.byTimeOfDay.at(i);
    }
}

} // namespace

const std::string& DashboardSources::intensityFieldFor(const std::string& exerciseId) const
{
    const auto it = triggerIntensityFields.find(exerciseId);
    return it != triggerIntensityFields.end() ? it->second : triggerIntensityField;
}

DashboardService::DashboardService(Session& session)
    : m_session(session)
{
}

Dashboard DashboardService::load(const DashboardSources& sources, LocalClock clock) const
{
    // One indexed query per source exercise, each row decrypted once and handed to whatever it
    // feeds: with ten years of use most rows belong to other exercises and are never opened here.
    std::vector<std::pair<std::string, Roles>> exercises;
    const auto roleOf = [&](const std::string& id) -> Roles& {
        const auto it = std::find_if(exercises.begin(), exercises.end(), [&](const auto& e) { return e.first == id; });
        return it != exercises.end() ? it->second : exercises.emplace_back(id, Roles{}).second;
    };
    for (const auto& id : sources.checkinExerciseIds) {
        roleOf(id).checkins = true;
    }
    for (const auto& id : sources.commitmentExerciseIds) {
        roleOf(id).commitments = true;
    }
    for (const auto& id : sources.agreementExerciseIds) {
        roleOf(id).agreements = true;
    }
    for (const auto& id : sources.triggerExerciseIds) {
        roleOf(id).triggers = true;
    }
    for (const std::string& id : {sources.reviewExerciseId, std::string(kDefaultReviewExerciseId)}) {
        if (!id.empty()) {
            (void)roleOf(id);
        }
    }

    const std::string me = m_session.me().id;
    Gathered g;
    for (const auto& [exerciseId, roles] : exercises) {
        std::vector<Entry> commitmentRows;
        std::vector<Entry> confirmRows;
        std::vector<Entry> itemRows;
        std::vector<Entry> acceptRows;
        std::vector<Record> logs;
        for (auto& row : m_session.entries({.exerciseId = exerciseId})) {
            const std::string& kind = row.kind;
            if (kind == kReviewKind && row.visibility == Visibility::Shared) {
                g.lastReviewMs = std::max(g.lastReviewMs, row.createdAt);
            } else if (roles.checkins && kind == EntryService::kCheckinKind) {
                g.checkins.push_back(rawRecord(std::move(row)));
            } else if (roles.commitments && kind == EntryService::kCommitmentKind) {
                commitmentRows.push_back(std::move(row));
            } else if (roles.commitments && kind == EntryService::kConfirmKind) {
                confirmRows.push_back(std::move(row));
            } else if (roles.agreements && kind == AgreementService::kItemKind) {
                itemRows.push_back(std::move(row));
            } else if (roles.agreements && kind == AgreementService::kAcceptKind) {
                acceptRows.push_back(std::move(row));
            } else if (roles.triggers && kind == EntryService::kLogKind && row.authorId == me) {
                logs.push_back(rawRecord(std::move(row)));
            }
        }
        for (auto& c : detail::commitmentsFrom(commitmentRows, confirmRows)) {
            g.commitments.push_back(std::move(c));
        }
        for (auto& a : detail::agreementsFrom(itemRows, acceptRows, m_session.partners())) {
            g.agreements.push_back(std::move(a));
        }
        if (roles.triggers) {
            addTo(g.triggers, triggerPatterns(logs, me, sources.intensityFieldFor(exerciseId), clock));
        }
    }

    Dashboard d;
    const std::string today = dayOf(m_session.nowMs(), clock);
    d.myTrend = trustTrend(g.checkins, me, clock);
    d.myConsistency = consistencyRecord(g.commitments, me, today);
    std::vector<Commitment> mine;
    std::copy_if(g.commitments.begin(), g.commitments.end(), std::back_inserter(mine),
        [&](const Commitment& c) { return c.ownerId == me; });
    if (const PartnerInfo* other = m_session.otherPartner()) {
        // Only what the partner chose to share; the session cannot open the rest anyway, and the
        // explicit filter keeps it so if that ever changes.
        std::vector<Record> theirCheckins;
        std::copy_if(g.checkins.begin(), g.checkins.end(), std::back_inserter(theirCheckins),
            [&](const Record& r) { return r.authorId == other->id && r.visibility == Visibility::Shared; });
        d.partnerTrend = trustTrend(theirCheckins, other->id, clock);
        d.gap = trustGap(d.myTrend, d.partnerTrend);
        std::vector<Commitment> theirCommitments;
        std::copy_if(g.commitments.begin(), g.commitments.end(), std::back_inserter(theirCommitments),
            [&](const Commitment& c) { return c.ownerId == other->id && c.visibility == Visibility::Shared; });
        d.partnerConsistency = consistencyRecord(theirCommitments, other->id, today);
    }
    d.agreements = std::move(g.agreements);
    d.lastReviewMs = g.lastReviewMs;
    d.myTriggers = g.triggers;

    std::int64_t lastCheckinMs = 0;
    for (const auto& r : g.checkins) {
        if (r.authorId == me) {
            lastCheckinMs = std::max(lastCheckinMs, r.createdAt);
        }
    }
    const std::string checkinExercise = sources.checkinExerciseIds.empty() ? "" : sources.checkinExerciseIds.front();
    d.reminders = reminders(mine, lastCheckinMs, d.agreements, d.lastReviewMs, checkinExercise,
        sources.reviewExerciseId, m_session.nowMs(), clock);
    return d;
}

std::vector<Reminder> DashboardService::loadReminders(const DashboardSources& sources, LocalClock clock) const
{
    // The same reminders as load(), from narrow queries: my own commitments still awaiting an
    // outcome (a small index; confirmations do not change whether one is open), my newest
    // check-in, the newest review, and the agreement rows only when the review could be due. Ten
    // years of check-ins, logs and settled promises stay unopened, so Home appears at once.
    const std::string me = m_session.me().id;
    std::vector<Commitment> mine;
    for (const auto& id : sources.commitmentExerciseIds) {
        const auto rows = m_session.entries(
            {.exerciseId = id, .kind = EntryService::kCommitmentKind, .authorId = me, .awaitingOnly = true});
        for (auto& c : detail::commitmentsFrom(rows, {})) {
            mine.push_back(std::move(c));
        }
    }
    std::int64_t lastCheckinMs = 0;
    for (const auto& id : sources.checkinExerciseIds) {
        const EntryFilter newest{
            .exerciseId = id, .kind = EntryService::kCheckinKind, .authorId = me, .newestFirst = true, .limit = 1};
        for (const auto& row : m_session.entries(newest)) {
            lastCheckinMs = std::max(lastCheckinMs, row.createdAt);
        }
    }
    std::vector<std::string> reviewPlaces = sources.agreementExerciseIds;
    reviewPlaces.push_back(sources.reviewExerciseId);
    reviewPlaces.emplace_back(kDefaultReviewExerciseId);
    std::sort(reviewPlaces.begin(), reviewPlaces.end());
    reviewPlaces.erase(std::unique(reviewPlaces.begin(), reviewPlaces.end()), reviewPlaces.end());
    std::int64_t lastReviewMs = 0;
    for (const auto& id : reviewPlaces) {
        if (id.empty()) {
            continue;
        }
        for (const auto& row : m_session.entries(
                 {.exerciseId = id, .kind = kReviewKind, .sharedOnly = true, .newestFirst = true, .limit = 1})) {
            lastReviewMs = std::max(lastReviewMs, row.createdAt);
        }
    }
    // The agreements only decide whether a review is due, and after a review less than thirty days
    // old none is, whatever they say: a couple who reviews monthly never has them read here.
    const std::int64_t nowMs = m_session.nowMs();
    std::optional<std::int64_t> firstInForce;
    if (lastReviewMs == 0 || agreementReviewDue(lastReviewMs, nowMs, clock)) {
        firstInForce = firstAgreementInForce(sources.agreementExerciseIds);
    }
    const std::string checkinExercise = sources.checkinExerciseIds.empty() ? "" : sources.checkinExerciseIds.front();
    return remindersFromSummary(
        mine, lastCheckinMs, firstInForce, lastReviewMs, checkinExercise, sources.reviewExerciseId, nowMs, clock);
}

std::optional<std::int64_t> DashboardService::firstAgreementInForce(const std::vector<std::string>& exerciseIds) const
{
    // Ten years of agreements, their revisions and both partners' acceptances are read and checked
    // only when one of them changed since the last unlock; otherwise the one time they decide is
    // kept in my private store, which only my key opens.
    const std::string stamp = m_session.agreementRowsStamp(exerciseIds);
    if (const auto kept = m_session.privateSetting(kAgreementSummarySetting)) {
        const auto summary = nlohmann::json::parse(*kept, nullptr, false);
        if (summary.is_object() && summary.value("stamp", "") == stamp && summary.contains("first")) {
            const auto& first = summary["first"];
            if (first.is_null()) {
                return std::nullopt;
            }
            if (first.is_number_integer()) {
                return first.get<std::int64_t>();
            }
        }
    }
    std::vector<AgreementItem> agreements;
    for (const auto& id : exerciseIds) {
        const auto items = m_session.entries({.exerciseId = id, .kind = AgreementService::kItemKind});
        const auto accepts = m_session.entries({.exerciseId = id, .kind = AgreementService::kAcceptKind});
        for (auto& a : detail::agreementsFrom(items, accepts, m_session.partners())) {
            agreements.push_back(std::move(a));
        }
    }
    const auto first = firstInForce(agreements);
    try {
        m_session.setPrivateSetting(kAgreementSummarySetting,
            nlohmann::json{{"stamp", stamp}, {"first", first ? nlohmann::json(*first) : nlohmann::json()}}.dump());
    } catch (const Error& e) {
        // Only a shortcut for the next unlock: Home shows the right reminders without it.
        tw::log::get("workbook")
            ->warn("the agreements summary was not kept (error kind {})", static_cast<int>(e.kind()));
    }
    return first;
}

void DashboardService::recordAgreementReview(const std::string& note)
{
    recordAgreementReview(note, kDefaultReviewExerciseId);
}

void DashboardService::recordAgreementReview(const std::string& note, const std::string& exerciseId)
{
    if (exerciseId.empty()) {
        throw Error(ErrorKind::Usage, "An agreements review needs the exercise it belongs to.");
    }
    m_session.addEntry(
        {exerciseId, kReviewKind, Visibility::Shared, "", detail::encode({{"note", note}}, Visibility::Shared)});
}

} // namespace tw::workbook
