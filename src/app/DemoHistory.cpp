// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHistory.h"

#include "tw/content/Curriculum.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/Dashboard.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Journal.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/Session.h"

#include <QDateTime>
#include <QTimeZone>
#include <nlohmann/json.hpp>

#include <array>

namespace tw::app::demo {
namespace {

using nlohmann::json;
using workbook::CommitmentOutcome;
using workbook::Visibility;

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr int kWeeks = 8;

/** @brief The check-in exercise with a "trust" scale, the one the progress view charts. */
const content::Exercise* trustCheckin(const content::Curriculum& curriculum)
{
    for (const auto& id : workbook::dashboardSourcesFor(curriculum).checkinExerciseIds) {
        const auto* e = curriculum.findExercise(id);
        for (const auto& f : e ? e->fields : std::vector<content::Field>{}) {
            if (f.id == "trust") {
                return e;
            }
        }
    }
    return nullptr;
}

const content::Exercise* exerciseOf(const std::vector<std::string>& ids, const content::Curriculum& curriculum)
{
    return ids.empty() ? nullptr : curriculum.findExercise(ids.front());
}

/** @brief One check-in: the trust and connected scales as given, other scales mid-way, short texts. */
json checkinFields(const content::Exercise& e, int trust, int connected, const char* appreciation)
{
    json values = json::object();
    for (const auto& f : e.fields) {
        if (f.id == "trust") {
            values[f.id] = trust;
        } else if (f.type == content::FieldType::Scale) {
            values[f.id] = connected;
        } else if (f.type == content::FieldType::Text) {
            values[f.id] = f.id == "appreciation" ? appreciation : "";
        }
    }
    return values;
}

void addCheckins(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock,
    const std::array<int, kWeeks>& trust, int hour, const std::array<const char*, 4>& thanks)
{
    const auto* e = trustCheckin(curriculum);
    if (!e) {
        return;
    }
    workbook::EntryService entries(session);
    for (int week = 0; week < kWeeks; ++week) {
        const auto i = static_cast<std::size_t>(week);
        // Weekly, the last one eight days ago, so Home shows the weekly check-in reminder.
        clock.daysAgo(8 + 7 * (kWeeks - 1 - week), hour, 15);
        const int connected = std::max(0, trust[i] - 1 + week % 2);
        // The most recent one stays private: sharing is a choice made one entry at a time.
        const auto visibility = week == kWeeks - 1 ? Visibility::Private : Visibility::Shared;
        entries.addCheckin(e->id, checkinFields(*e, trust[i], connected, thanks[i % thanks.size()]).dump(), visibility);
    }
}

struct Promise {
    const char* what;
    int dueDaysAgo; ///< negative: due in the future
    CommitmentOutcome outcome;
};

void addCommitments(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock,
    const std::vector<Promise>& list)
{
    const auto* e = exerciseOf(workbook::dashboardSourcesFor(curriculum).commitmentExerciseIds, curriculum);
    if (!e) {
        return;
    }
    workbook::EntryService entries(session);
    for (const auto& p : list) {
        // Promised a few days before it was due; marked on the day.
        clock.daysAgo(std::max(p.dueDaysAgo + 4, 0), 9);
        const auto id = entries.addCommitment(e->id, p.what, dayFromNow(clock, -p.dueDaysAgo), Visibility::Shared);
        if (p.outcome != CommitmentOutcome::Open) {
            clock.daysAgo(std::max(p.dueDaysAgo, 0), 21);
            entries.markOutcome(id, p.outcome);
        }
    }
}

void addTriggers(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock)
{
    const auto sources = workbook::dashboardSourcesFor(curriculum);
    const auto* e = exerciseOf(sources.triggerExerciseIds, curriculum);
    if (!e) {
        return;
    }
    workbook::EntryService entries(session);
    // Sunday evenings are harder, as they often are; the pattern is the point of the chart.
    // Each: weeks ago, weekday (Monday = 0), hour.
    const std::array<std::array<int, 3>, 12> times{{{7, 6, 21}, {7, 4, 22}, {6, 6, 20}, {6, 2, 8}, {5, 6, 19},
        {5, 5, 23}, {4, 0, 13}, {3, 6, 21}, {3, 4, 20}, {2, 6, 7}, {1, 6, 22}, {1, 3, 19}}};
    const int today = QDateTime::fromMSecsSinceEpoch(clock.realNow(), QTimeZone::utc()).date().dayOfWeek() - 1;
    int n = 0;
    for (const auto& [weeks, weekday, hour] : times) {
        clock.daysAgo(7 * weeks + (today - weekday + 7) % 7, hour, 30);
        json fields = json::object();
        for (const auto& f : e->fields) {
            if (f.type == content::FieldType::Scale) {
                fields[f.id] = 8 - n % 5;
            } else if (f.type == content::FieldType::Text) {
                fields[f.id] = n % 2 ? "A message arrived late and my chest went tight." : "A song from that summer.";
            } else if (f.type == content::FieldType::Choice && !f.options.empty()) {
                fields[f.id] = f.options[static_cast<std::size_t>(n) % f.options.size()];
            }
        }
        entries.addLog(e->id, fields.dump());
        ++n;
    }
}

void markStepsDone(workbook::Session& session, const content::Curriculum& curriculum, int steps, int extra)
{
    workbook::ProgressService progress(session);
    const std::string role(workbook::roleName(session.me().role));
    for (const auto& module : curriculum.modules) {
        if (module.section != content::Section::Step || module.step > steps + 1) {
            continue;
        }
        int marked = 0;
        for (const auto& e : module.exercises) {
            // Finished steps are done throughout; the step in progress only partly.
            if (!e.safety && e.visibleTo(role) && (module.step <= steps || marked < extra)) {
                progress.markDone(e.id);
                ++marked;
            }
        }
    }
}

} // namespace

DemoClock::DemoClock(std::int64_t nowMs)
    : m_realNow(nowMs)
    , m_ms(nowMs)
{
}

void DemoClock::daysAgo(int days, int hour, int minute)
{
    const std::int64_t midnight = m_realNow - m_realNow % kDayMs;
    m_ms = midnight - days * kDayMs + (hour * 60LL + minute) * 60 * 1000;
}

std::string dayFromNow(const DemoClock& clock, int days)
{
    const auto date = QDateTime::fromMSecsSinceEpoch(clock.realNow() + days * kDayMs, QTimeZone::utc()).date();
    return date.toString(Qt::ISODate).toStdString();
}

void addFirstPartnerHistory(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock)
{
    addCheckins(session, curriculum, clock, {3, 3, 4, 3, 5, 5, 6, 6}, 20,
        {"Sam made tea without being asked.", "A quiet walk after dinner.", "Sam told me about the message first.",
            "We laughed at the same thing."});
    addCommitments(session, curriculum, clock,
        {{"Say what I need instead of going quiet", 45, CommitmentOutcome::Kept},
            {"Take a walk together on Saturday", 38, CommitmentOutcome::Missed},
            {"Take a walk together on Saturday", 31, CommitmentOutcome::Kept},
            {"Tell Sam when a trigger hits", 24, CommitmentOutcome::Kept},
            {"Read the chapter on repair", 17, CommitmentOutcome::Kept},
            {"Plan the Sunday check-in", 10, CommitmentOutcome::Kept},
            {"Write down one thing that helped this week", -2, CommitmentOutcome::Open}});
    addTriggers(session, curriculum, clock);
    markStepsDone(session, curriculum, 2, 3);
}

void addSecondPartnerHistory(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock)
{
    addCheckins(session, curriculum, clock, {6, 6, 5, 6, 7, 6, 7, 8}, 18,
        {"Alex asked how my day was.", "Alex told me what helped.", "Cooking together again.", "The long talk."});
    addCommitments(session, curriculum, clock,
        {{"Phone when I will be late", 50, CommitmentOutcome::Kept},
            {"Share my calendar for the week", 46, CommitmentOutcome::Kept},
            {"Phone when I will be late", 43, CommitmentOutcome::Kept},
            {"Answer questions without sighing", 39, CommitmentOutcome::Missed},
            {"Phone when I will be late", 36, CommitmentOutcome::Kept},
            {"Share my calendar for the week", 32, CommitmentOutcome::Kept},
            {"Answer questions without sighing", 29, CommitmentOutcome::Kept},
            {"Phone when I will be late", 22, CommitmentOutcome::Missed},
            {"Share my calendar for the week", 18, CommitmentOutcome::Kept},
            {"Phone when I will be late", 15, CommitmentOutcome::Kept},
            {"Cook together on Thursday", 8, CommitmentOutcome::Kept},
            {"Share my calendar for the week", 4, CommitmentOutcome::Kept},
            {"Book the couples session", 3, CommitmentOutcome::Open},
            {"Cook together on Thursday", -1, CommitmentOutcome::Open}});
    markStepsDone(session, curriculum, 1, 2);

    // Sam confirms what Alex marked kept: a shared row of Sam's own.
    clock.daysAgo(2, 18);
    if (const auto* e = exerciseOf(workbook::dashboardSourcesFor(curriculum).commitmentExerciseIds, curriculum)) {
        workbook::EntryService entries(session);
        for (const auto& c : entries.commitments(e->id)) {
            if (c.ownerId != session.me().id && c.outcome == CommitmentOutcome::Kept && !c.confirmedByPartner) {
                entries.confirm(c.id, c.revision);
            }
        }
    }

    // Sam rewords the newest agreement Alex proposed; it needs Alex's acceptance again.
    clock.daysAgo(44, 19);
    workbook::AgreementService agreements(session);
    for (const auto& id : workbook::dashboardSourcesFor(curriculum).agreementExerciseIds) {
        auto items = agreements.items(id);
        if (items.size() >= 2 && !items.back().inForce) {
            agreements.revise(
                items.back().id, items.back().area, "We check in for fifteen minutes every Sunday, phones away.");
            break;
        }
    }
}

void acceptRevisedAgreements(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock)
{
    clock.daysAgo(43, 20);
    workbook::AgreementService agreements(session);
    for (const auto& id : workbook::dashboardSourcesFor(curriculum).agreementExerciseIds) {
        for (const auto& item : agreements.items(id)) {
            if (!item.inForce && !item.withdrawn && item.proposerId != session.me().id) {
                agreements.accept(item.id, item.revision);
            }
        }
    }
    // Reviewed together five weeks ago: the monthly prompt is due again.
    clock.daysAgo(36, 20, 30);
    workbook::DashboardService(session).recordAgreementReview("Both still feel right.");
}

} // namespace tw::app::demo
