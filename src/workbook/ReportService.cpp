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
        = {ProgressService::kKind, ProgressService::kPrivateKind, AssignmentService::kKind, AssignmentService::kPinKind,
            EntryService::kConfirmKind, AgreementService::kAcceptKind};
    return kinds;
}

ReportEntry toReportEntry(const Entry& e)
{
    ReportEntry out;
    out.id = e.id;
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

bool offerable(const Entry& e)
{
    // Answers the page promises never to share stay out of reports too, even when asked for by id.
    return bookkeepingKinds().count(e.kind) == 0 && e.kind != kNeverSharedKind
        && e.exerciseId != SafetyService::kExerciseId && e.exerciseId != AssignmentService::kExerciseId;
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

std::vector<ReportCandidate> ReportService::candidates() const
{
    std::vector<ReportCandidate> out;
    // Only my own rows: the other partner's shared entries go in their own report, if they choose,
    // and their private ones cannot even be read here.
    for (const auto& e : m_session.entries({.authorId = m_session.me().id})) {
        if (!offerable(e)) {
            continue;
        }
        const ReportEntry r = toReportEntry(e);
        out.push_back({e.id, e.exerciseId, e.kind, e.visibility == Visibility::Shared, e.updatedAt, r.text});
    }
    return out;
}

Report ReportService::build(const ReportChoices& choices) const
{
    AssignmentService assignments(m_session);
    const auto therapist = assignments.therapist();
    if (!therapist) {
        throw Error(ErrorKind::Usage,
            "There is no therapist to send a report to yet: import an assignment from your therapist and confirm "
            "their fingerprint first.");
    }
    const std::string myId = m_session.me().id;
    Report r;
    r.id = crypto::randomUuid();
    r.createdAt = m_session.nowMs();
    r.partnerId = myId;
    r.partnerName = m_session.me().name;
    r.therapistFingerprint = therapist->identity.fingerprint;
    r.clientId = therapist->clientId;
    r.includesCheckins = choices.checkins;
    r.includesShared = choices.shared;
    r.includesPrivate = !choices.privateEntryIds.empty();

    ProgressService progress(m_session);
    // Only what the therapist I confirmed assigned, for the client I confirmed.
    for (const auto& imported : assignments.trustedAssignments()) {
        const Assignment& a = imported.assignment;
        r.assignmentIds.push_back(a.id);
        r.clientLabel = a.clientLabel;
        if (r.clientId.empty()) {
            r.clientId = a.clientId;
        }
        for (const auto& item : a.items) {
            r.items.push_back(
                {a.id, item.exerciseId, item.title, item.due, progress.exercise(item.exerciseId).doneByMe});
        }
    }
    if (choices.checkins) {
        r.checkins = weeklyMeans(m_session.entries({.kind = EntryService::kCheckinKind, .authorId = myId}));
    }
    const std::set<std::string> sharedIds(choices.sharedEntryIds.begin(), choices.sharedEntryIds.end());
    const std::set<std::string> privateIds(choices.privateEntryIds.begin(), choices.privateEntryIds.end());
    std::set<std::string> found;
    if (choices.shared || !privateIds.empty()) {
        for (const auto& e : m_session.entries({.authorId = myId})) {
            if (e.authorId != myId || !offerable(e)) {
                continue;
            }
            if (e.visibility == Visibility::Shared && choices.shared && (sharedIds.empty() || sharedIds.count(e.id))) {
                r.sharedEntries.push_back(toReportEntry(e));
                found.insert(e.id);
            } else if (e.visibility == Visibility::Private && privateIds.count(e.id)) {
                r.privateEntries.push_back(toReportEntry(e));
                found.insert(e.id);
            }
        }
    }
    for (const auto& id : privateIds) {
        if (!found.count(id)) {
            throw Error(ErrorKind::NotFound, "No private entry of yours with the id " + id + " can go in a report.");
        }
    }
    return r;
}

Report ReportService::exportTo(const ReportChoices& choices, const std::filesystem::path& output)
{
    Report r = build(choices);
    const auto therapist = AssignmentService(m_session).therapist();
    // The writer's signing key and its history, so the practice can tell this report is mine.
    r.signerWorkbookId = m_session.workbookId();
    r.signerKeyVersion = m_session.keyVersion();
    for (const auto& link : m_session.keyChain()) {
        r.signerChain.emplace_back(link.version, link.publicKey);
        r.signerChainSignatures.push_back(link.signature);
    }
    writeFileAtomically(output, ReportFile::seal(r, therapist->identity.boxPublicKey, m_session.signingKeys()));
    // Which and how many entries went into a report is the partner's business, not the log's.
    tw::log::get("workbook")->info("report {} written", r.id);
    return r;
}

} // namespace tw::workbook
