// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/AssignmentService.h"

#include "Calendar.h"
#include "KeyHandover.h"
#include "ServiceSupport.h"
#include "TherapistSupport.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
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
        const std::string text = detail::stringAt(body, "signed");
        // Each partner checks the therapist's signature for themselves; a row without one (from
        // before per-partner trust) or with a bad one is not an assignment anybody can rely on.
        const bool legacy = !body.contains("signature");
        const auto signature = crypto::fromBase64(body.value("signature", std::string()));
        if (!legacy && (!signature || !AssignmentFile::verifySignedText(text, *signature))) {
            continue;
        }
        Assignment a = AssignmentFile::fromSignedText(text);
        if (signature) {
            a.signature = *signature;
        }
        // Both partners may have imported the same file; it is one assignment.
        if (seen.insert(a.id).second) {
            out.push_back({std::move(a), row.createdAt, partnerName(m_session, row.authorId), legacy,
                row.authorId == m_session.me().id});
        }
    }
    return out;
}

std::optional<ConfirmedTherapist> AssignmentService::therapist() const
{
    const auto row = detail::latest(
        m_session.entries({.exerciseId = kExerciseId, .kind = kPinKind, .authorId = m_session.me().id}));
    if (!row) {
        // Before each partner pinned their own therapist, the partner who imported an assignment
        // had confirmed its fingerprint then: that confirmation still counts for them (and only them).
        std::optional<ConfirmedTherapist> earlier;
        for (const auto& imported : assignments()) {
            if (imported.fromBeforeSignatures && imported.importedByMe) {
                earlier = ConfirmedTherapist{imported.assignment.therapist, imported.importedAt, m_session.me().name,
                    imported.assignment.clientId};
            }
        }
        return earlier;
    }
    const json body = detail::parseStored(row->body);
    ConfirmedTherapist t;
    t.identity.name = detail::stringAt(body, "name");
    t.identity.signPublicKey
        = crypto::fromBase64(detail::stringAt(body, "signPublicKey")).value_or(std::vector<std::uint8_t>{});
    t.identity.boxPublicKey
        = crypto::fromBase64(detail::stringAt(body, "boxPublicKey")).value_or(std::vector<std::uint8_t>{});
    t.identity.fingerprint = crypto::fingerprint(t.identity.signPublicKey, t.identity.boxPublicKey);
    t.clientId = detail::stringAt(body, "clientId");
    for (const auto& fp : body.value("earlier", json::array())) {
        if (fp.is_string()) {
            t.earlierFingerprints.push_back(fp.get<std::string>());
        }
    }
    // A pin that only learned its client id keeps the time the key was confirmed.
    t.confirmedAt = body.value("confirmedAt", row->updatedAt);
    t.confirmedBy = m_session.me().name;
    return t;
}

TrustCheck AssignmentService::check(const Assignment& assignment) const
{
    TrustCheck result;
    result.confirmed = therapist();
    if (!result.confirmed) {
        result.state = TrustState::FirstTime;
    } else if (result.confirmed->identity.fingerprint != assignment.therapist.fingerprint) {
        result.handover = detail::handoverFrom(assignment.handovers, result.confirmed->identity.fingerprint);
        // A hand-over vouches for the key, not for the client: for another client it stays a warning.
        const bool sameClient = result.confirmed->clientId.empty() || assignment.clientId.empty()
            || result.confirmed->clientId == assignment.clientId;
        result.state = result.handover && sameClient ? TrustState::HandedOver : TrustState::DifferentKey;
        if (result.state == TrustState::DifferentKey) {
            result.handover.reset();
        }
    } else if (!result.confirmed->clientId.empty() && !assignment.clientId.empty()
        && result.confirmed->clientId != assignment.clientId) {
        result.state = TrustState::OtherClient;
    } else {
        result.state = TrustState::Confirmed;
    }
    return result;
}

TrustCheck AssignmentService::checkImported(const ImportedAssignment& imported) const
{
    TrustCheck result = check(imported.assignment);
    if (result.state != TrustState::DifferentKey && result.state != TrustState::HandedOver) {
        return result;
    }
    // Signed by a key I trusted before my current pin and already here then: it stays mine, so a
    // key change does not turn the couple's earlier assignments into questions. A file signed by an
    // earlier key and imported after the change is asked about like any other key.
    const auto& earlier = result.confirmed->earlierFingerprints;
    const bool wasMine
        = std::find(earlier.begin(), earlier.end(), imported.assignment.therapist.fingerprint) != earlier.end();
    const bool sameClient = result.confirmed->clientId.empty() || imported.assignment.clientId.empty()
        || result.confirmed->clientId == imported.assignment.clientId;
    if (wasMine && sameClient && imported.importedAt <= result.confirmed->confirmedAt) {
        result.state = TrustState::Confirmed;
        result.handover.reset();
    }
    return result;
}

std::vector<ImportedAssignment> AssignmentService::trustedAssignments() const
{
    std::vector<ImportedAssignment> out;
    for (auto& imported : assignments()) {
        if (checkImported(imported).state == TrustState::Confirmed) {
            out.push_back(std::move(imported));
        }
    }
    return out;
}

std::vector<PendingAssignment> AssignmentService::pending() const
{
    std::vector<PendingAssignment> out;
    for (auto& imported : assignments()) {
        TrustCheck trust = checkImported(imported);
        if (trust.state != TrustState::Confirmed) {
            out.push_back({std::move(imported), std::move(trust)});
        }
    }
    return out;
}

ImportOutcome AssignmentService::importFile(
    const std::filesystem::path& path, const std::string& trustFingerprint, bool acceptOtherClient)
{
    return importVerified(AssignmentFile::load(path), trustFingerprint, acceptOtherClient);
}

ImportOutcome AssignmentService::importVerified(
    const Assignment& a, const std::string& trustFingerprint, bool acceptOtherClient)
{
    for (const auto& existing : assignments()) {
        if (existing.assignment.id == a.id) {
            // The other partner imported it already; it still has to be confirmed by me for me.
            return accept(existing.assignment, trustFingerprint, acceptOtherClient, true);
        }
    }
    return accept(a, trustFingerprint, acceptOtherClient, false);
}

ImportOutcome AssignmentService::confirm(
    const std::string& assignmentId, const std::string& trustFingerprint, bool acceptOtherClient)
{
    for (const auto& existing : assignments()) {
        if (existing.assignment.id == assignmentId) {
            return accept(existing.assignment, trustFingerprint, acceptOtherClient, true);
        }
    }
    throw Error(ErrorKind::NotFound, "There is no imported assignment with that id.");
}

ImportOutcome AssignmentService::accept(
    const Assignment& a, const std::string& trustFingerprint, bool acceptOtherClient, bool alreadyImported)
{
    const TrustCheck trust = check(a);
    const std::string& fp = a.therapist.fingerprint;
    if (!trustFingerprint.empty() && !sameFingerprint(trustFingerprint, fp)) {
        throw Error(ErrorKind::InvalidInput,
            "The fingerprint you confirmed (" + trustFingerprint + ") does not match the one this assignment is "
                + "signed with (" + fp + "). It was not imported. Check the fingerprint with your therapist.");
    }
    if (trust.state == TrustState::FirstTime && trustFingerprint.empty()) {
        throw Error(ErrorKind::Usage,
            "This is the first assignment from " + a.therapist.name + " for you. Its fingerprint is " + fp
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
    if (trust.state == TrustState::HandedOver && trustFingerprint.empty()) {
        const auto& old = *trust.confirmed;
        throw Error(ErrorKind::InvalidInput,
            a.therapist.name + " changed keys on " + localDate(trust.handover->createdAt)
                + ": the key you confirmed on " + localDate(old.confirmedAt) + " (" + old.identity.fingerprint
                + ") signed the change to the new key (" + fp
                + "). It was not imported yet: you confirm the change for yourself. If your therapist told you "
                  "about it, import again with --trust-fingerprint "
                + fp + ".");
    }
    if (trust.state == TrustState::OtherClient && !acceptOtherClient) {
        throw Error(ErrorKind::InvalidInput,
            "This assignment from " + a.therapist.name + " was made for another client of the practice (\""
                + a.clientLabel
                + "\"), not for the two of you, so it was not imported. Ask your therapist; if it really is yours "
                  "(after a restore, say), import it with --other-client.");
    }
    const bool newlyTrusted = trust.state != TrustState::Confirmed || !therapistPinned();
    if (!alreadyImported) {
        const json body = {{"signed", AssignmentFile::signedText(a)}, {"signature", crypto::toBase64(a.signature)}};
        m_session.addEntry({kExerciseId, kKind, Visibility::Shared, "", detail::dump(body)});
        tw::log::get("workbook")->info("assignment {} imported", a.id);
    }
    // A pin made from a format-1 assignment has no client id: the first assignment from that key
    // that names one sets it, so from then on the client check applies.
    const bool learnsClient
        = !newlyTrusted && trust.confirmed && trust.confirmed->clientId.empty() && !a.clientId.empty();
    if (newlyTrusted || learnsClient) {
        pin(a, trust);
    }
    return {a, newlyTrusted, alreadyImported};
}

bool AssignmentService::therapistPinned() const
{
    return !m_session.entries({.exerciseId = kExerciseId, .kind = kPinKind, .authorId = m_session.me().id, .limit = 1})
                .empty();
}

void AssignmentService::pin(const Assignment& a, const TrustCheck& trust)
{
    json earlier = json::array();
    if (trust.confirmed && trust.confirmed->identity.fingerprint != a.therapist.fingerprint) {
        for (const auto& fp : trust.confirmed->earlierFingerprints) {
            earlier.push_back(fp);
        }
        earlier.push_back(trust.confirmed->identity.fingerprint);
        // The keys a hand-over passed through on its way from my pin to the new key.
        bool fromMine = false;
        for (const auto& link : a.handovers) {
            fromMine = fromMine || link.from.fingerprint == trust.confirmed->identity.fingerprint;
            if (fromMine && link.from.fingerprint != trust.confirmed->identity.fingerprint) {
                earlier.push_back(link.from.fingerprint);
            }
        }
    } else if (trust.confirmed) {
        earlier = trust.confirmed->earlierFingerprints;
    }
    // In my private store: the other partner can neither read nor change whom I trust.
    json body = {{"name", a.therapist.name}, {"signPublicKey", crypto::toBase64(a.therapist.signPublicKey)},
        {"boxPublicKey", crypto::toBase64(a.therapist.boxPublicKey)}, {"clientId", a.clientId},
        {"earlier", std::move(earlier)}};
    if (trust.confirmed && trust.confirmed->identity.fingerprint == a.therapist.fingerprint) {
        body["confirmedAt"] = trust.confirmed->confirmedAt;
    }
    m_session.addEntry({kExerciseId, kPinKind, Visibility::Private, "", detail::dump(body)});
}

std::vector<AssignedItem> AssignmentService::items() const
{
    ProgressService progress(m_session);
    const std::int64_t today = detail::localDay(m_session.nowMs());
    const PartnerInfo& me = m_session.me();
    const PartnerInfo* other = m_session.otherPartner();
    std::vector<AssignedItem> out;
    for (const auto& imported : trustedAssignments()) {
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
