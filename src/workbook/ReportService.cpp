// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/ReportService.h"

#include "Calendar.h"
#include "ServiceSupport.h"
#include "TherapistSupport.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Random.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/ReportFile.h"
#include "tw/workbook/SafetyService.h"

#include <map>
#include <set>
#include <tuple>

namespace tw::workbook {
namespace {

using nlohmann::json;

// Rows that record a click rather than words: they mean nothing to a therapist, and some (such as
// confirmations of the partner's commitments) are about the other partner.
const std::set<std::string>& bookkeepingKinds()
{
    static const std::set<std::string> kinds
        = {ProgressService::kKind, AssignmentService::kKind, EntryService::kConfirmKind, AgreementService::kAcceptKind};
    return kinds;
}

ReportEntry toReportEntry(const Entry& e)
{
    ReportEntry out;
    out.exerciseId = e.exerciseId;
    out.kind = e.kind;
    out.visibility = std::string(visibilityName(e.visibility));
    out.createdAt = e.createdAt;
    out.updatedAt = e.updatedAt;
    json body = json::parse(e.body, nullptr, false);
    if (!body.is_discarded() && body.is_object()) {
        body.erase(detail::kPadKey);
        out.text = body.dump();
        out.structured = true;
    } else {
        out.text = e.body;
    }
    return out;
}

std::vector<CheckinTrend> weeklyMeans(const std::vector<Entry>& checkins)
{
    using Key = std::tuple<std::string, std::string, std::string>; // exercise, field, week
    std::map<Key, std::pair<double, int>> sums;
    for (const auto& row : checkins) {
        json fields = json::parse(row.body, nullptr, false);
        if (fields.is_discarded() || !fields.is_object()) {
            continue;
        }
        const std::int64_t day = detail::localDay(row.createdAt);
        const std::string week = detail::formatDay(day - detail::weekdayOf(day));
        for (const auto& [field, value] : fields.items()) {
            if (field == detail::kPadKey || !value.is_number()) {
                continue;
            }
            auto& [sum, count] = sums[{row.exerciseId, field, week}];
            sum += value.get<double>();
            count += 1;
        }
    }
    std::vector<CheckinTrend> out;
    for (const auto& [key, total] : sums) {
        out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), total.first / total.second, total.second});
    }
    return out;
}

} // namespace

ReportService::ReportService(Session& session)
    : m_session(session)
{
    if (m_session.isPractice()) {
        throw Error(ErrorKind::Usage,
            "This is a practice workbook. Reports are written in the couple's workbook and imported here with "
            "report import.");
    }
}

Report ReportService::build(const ReportChoices& choices) const
{
    AssignmentService assignments(m_session);
    const auto therapist = assignments.therapist();
    if (!therapist) {
        throw Error(ErrorKind::Usage,
            "There is no therapist to send a report to yet: import an assignment from your therapist first.");
    }
    const std::string myId = m_session.me().id;
    Report r;
    r.id = crypto::randomUuid();
    r.createdAt = m_session.nowMs();
    r.partnerName = m_session.me().name;
    r.therapistFingerprint = therapist->identity.fingerprint;
    r.includesCheckins = choices.checkins;
    r.includesShared = choices.shared;
    r.includesPrivate = choices.ownPrivate;

    ProgressService progress(m_session);
    for (const auto& imported : assignments.assignments()) {
        const Assignment& a = imported.assignment;
        // Only what this therapist assigned: an earlier therapist's items are not theirs to see.
        if (a.therapist.fingerprint != therapist->identity.fingerprint) {
            continue;
        }
        r.assignmentIds.push_back(a.id);
        r.clientLabel = a.clientLabel;
        for (const auto& item : a.items) {
            r.items.push_back(
                {a.id, item.exerciseId, item.title, item.due, progress.exercise(item.exerciseId).doneByMe});
        }
    }
    if (choices.checkins) {
        r.checkins = weeklyMeans(m_session.entries({.kind = EntryService::kCheckinKind, .authorId = myId}));
    }
    if (choices.shared || choices.ownPrivate) {
        for (const auto& e : m_session.entries({.authorId = myId})) {
            if (e.authorId != myId || bookkeepingKinds().count(e.kind) != 0
                || e.exerciseId == SafetyService::kExerciseId) {
                continue;
            }
            if (e.visibility == Visibility::Shared && choices.shared) {
                r.sharedEntries.push_back(toReportEntry(e));
            } else if (e.visibility == Visibility::Private && choices.ownPrivate) {
                r.privateEntries.push_back(toReportEntry(e));
            }
        }
    }
    return r;
}

Report ReportService::exportTo(const ReportChoices& choices, const std::filesystem::path& output)
{
    Report r = build(choices);
    const auto therapist = AssignmentService(m_session).therapist();
    writeFileAtomically(output, ReportFile::seal(r, therapist->identity.boxPublicKey));
    // Which and how many entries went into a report is the partner's business, not the log's.
    tw::log::get("workbook")->info("report {} written", r.id);
    return r;
}

} // namespace tw::workbook
