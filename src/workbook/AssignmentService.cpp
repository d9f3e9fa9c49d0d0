// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/AssignmentService.h"

#include "Calendar.h"
#include "ServiceSupport.h"
#include "TherapistSupport.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/ProgressService.h"

#include <algorithm>
#include <set>

namespace tw::workbook {
namespace {

using nlohmann::json;

bool sameFingerprint(const std::string& a, const std::string& b)
{
    return !a.empty() && crypto::normaliseFingerprint(a) == crypto::normaliseFingerprint(b);
}

std::string partnerName(const Session& session, const std::string& id)
{
    for (const auto& p : session.partners()) {
        if (p.id == id) {
            return p.name;
        }
    }
    return {};
}

} // namespace

std::string localDate(std::int64_t ms)
{
    return detail::formatDay(detail::localDay(ms));
}

AssignmentService::AssignmentService(Session& session)
    : m_session(session)
{
    if (m_session.isPractice()) {
        throw Error(ErrorKind::Usage,
            "This is a practice workbook. Assignments are imported into the couple's workbook; pass its folder "
            "with --data-dir.");
    }
}

std::vector<ImportedAssignment> AssignmentService::assignments() const
{
    std::vector<ImportedAssignment> out;
    std::set<std::string> seen;
    for (const auto& row : m_session.entries({.exerciseId = kExerciseId, .kind = kKind})) {
        const json body = detail::parseStored(row.body);
        Assignment a = AssignmentFile::fromSignedText(detail::stringAt(body, "signed"));
        // Both partners may have imported the same file; it is one assignment.
        if (seen.insert(a.id).second) {
            out.push_back({std::move(a), row.createdAt, partnerName(m_session, row.authorId)});
        }
    }
    return out;
}

std::optional<ConfirmedTherapist> AssignmentService::therapist() const
{
    const auto all = assignments();
    if (all.empty()) {
        return std::nullopt;
    }
    ConfirmedTherapist t{all.back().assignment.therapist, all.back().importedAt, all.back().importedBy};
    // The confirmation date is where the run of imports signed by this key began.
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->assignment.therapist.fingerprint != t.identity.fingerprint) {
            break;
        }
        t.confirmedAt = it->importedAt;
        t.confirmedBy = it->importedBy;
    }
    return t;
}

TrustCheck AssignmentService::check(const Assignment& assignment) const
{
    TrustCheck result;
    result.confirmed = therapist();
    if (!result.confirmed) {
        result.state = TrustState::FirstTime;
    } else if (result.confirmed->identity.fingerprint == assignment.therapist.fingerprint) {
        result.state = TrustState::Confirmed;
    } else {
        result.state = TrustState::DifferentKey;
    }
    return result;
}

ImportOutcome AssignmentService::importFile(const std::filesystem::path& path, const std::string& trustFingerprint)
{
    return importVerified(AssignmentFile::load(path), trustFingerprint);
}

ImportOutcome AssignmentService::importVerified(const Assignment& a, const std::string& trustFingerprint)
{
    for (const auto& existing : assignments()) {
        if (existing.assignment.id == a.id) {
            return {existing.assignment, false, true};
        }
    }
    const TrustCheck trust = check(a);
    const std::string& fp = a.therapist.fingerprint;
    if (!trustFingerprint.empty() && !sameFingerprint(trustFingerprint, fp)) {
        throw Error(ErrorKind::InvalidInput,
            "The fingerprint you confirmed (" + trustFingerprint + ") does not match the one this assignment is "
                + "signed with (" + fp + "). It was not imported. Check the fingerprint with your therapist.");
    }
    if (trust.state == TrustState::FirstTime && trustFingerprint.empty()) {
        throw Error(ErrorKind::Usage,
            "This is the first assignment from " + a.therapist.name + ". Its fingerprint is " + fp
                + ". Compare it with the one your therapist gave you (in person or by phone); if they match, "
                  "import again with --trust-fingerprint "
                + fp + ".");
    }
    if (trust.state == TrustState::DifferentKey && trustFingerprint.empty()) {
        const auto& old = *trust.confirmed;
        throw Error(ErrorKind::InvalidInput,
            "This assignment is signed by a different key than the therapist you confirmed on "
                + localDate(old.confirmedAt) + " (" + old.identity.name + ", fingerprint " + old.identity.fingerprint
                + "): it says it is from " + a.therapist.name + " with fingerprint " + fp
                + ". It was not imported. If your therapist really changed keys, confirm the new fingerprint with "
                  "them and import with --trust-fingerprint.");
    }
    const bool newlyTrusted = trust.state != TrustState::Confirmed;
    const json body = {{"signed", AssignmentFile::signedText(a)}, {"confirmedHere", newlyTrusted}};
    m_session.addEntry({kExerciseId, kKind, Visibility::Shared, "", detail::dump(body)});
    tw::log::get("workbook")->info("assignment {} imported ({} item(s))", a.id, a.items.size());
    return {a, newlyTrusted, false};
}

std::vector<AssignedItem> AssignmentService::items() const
{
    ProgressService progress(m_session);
    const std::int64_t today = detail::localDay(m_session.nowMs());
    const PartnerInfo& me = m_session.me();
    const PartnerInfo* other = m_session.otherPartner();
    std::vector<AssignedItem> out;
    for (const auto& imported : assignments()) {
        for (const auto& item : imported.assignment.items) {
            AssignedItem ai;
            ai.assignmentId = imported.assignment.id;
            ai.assignedAt = imported.assignment.createdAt;
            ai.therapistName = imported.assignment.therapist.name;
            ai.item = item;
            ai.assignmentNote = imported.assignment.note;
            const ExerciseProgress p = progress.exercise(item.exerciseId);
            ai.completion.push_back({me.id, me.name, p.doneByMe});
            if (other) {
                ai.completion.push_back({other->id, other->name, p.doneByPartner});
            }
            const bool allDone
                = std::all_of(ai.completion.begin(), ai.completion.end(), [](const PartnerDone& d) { return d.done; });
            const auto due = detail::parseDay(item.due);
            ai.overdue = due && *due < today && !allDone;
            out.push_back(std::move(ai));
        }
    }
    // Items with a due date first, soonest first; undated ones keep their assignment order.
    std::stable_sort(out.begin(), out.end(), [](const AssignedItem& a, const AssignedItem& b) {
        if (a.item.due.empty() != b.item.due.empty()) {
            return !a.item.due.empty();
        }
        return a.item.due < b.item.due;
    });
    return out;
}

} // namespace tw::workbook
