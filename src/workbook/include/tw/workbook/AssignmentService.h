// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"
#include "tw/workbook/TherapistTypes.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook {

/** @brief The therapist one partner confirmed (pinned in their own private store). */
struct ConfirmedTherapist {
    TherapistIdentity identity;
    std::int64_t confirmedAt = 0; ///< when this partner confirmed the key
    std::string confirmedBy; ///< the partner who confirmed it (always the session's own partner)
    /** The client id of the first assignment accepted with this key; later ones must name it too. */
    std::string clientId;
    /**
     * Keys this partner trusted before this one (an earlier pin, the keys a hand-over came through):
     * assignments they signed that were in the workbook before this pin still count.
     */
    std::vector<std::string> earlierFingerprints;
};

/** @brief How a verified assignment relates to the therapist the active partner pinned. */
enum class TrustState {
    FirstTime, ///< no therapist confirmed yet: show name and fingerprint and ask
    Confirmed, ///< signed by the pinned key, for the pinned client
    DifferentKey, ///< signed by another key: refuse unless the partner confirms the new fingerprint
    /** Signed by another key to which the pinned key itself handed over (the practice changed keys):
     * still confirmed by each partner, but with the hand-over shown instead of a warning. */
    HandedOver,
    OtherClient, ///< the pinned key, but made for another client of that practice: refuse unless overridden
};

struct TrustCheck {
    TrustState state = TrustState::FirstTime;
    std::optional<ConfirmedTherapist> confirmed;
    /** For HandedOver: the first key change, signed by the pinned key, that leads to the new one. */
    std::optional<KeyHandover> handover;
};

struct ImportedAssignment {
    Assignment assignment;
    std::int64_t importedAt = 0;
    std::string importedBy; ///< partner name
    /** Imported before each partner kept their own trust: the therapist's signature was not kept. */
    bool fromBeforeSignatures = false;
    bool importedByMe = false;
};

/** @brief An imported assignment the active partner has not confirmed: the key or client differs from their pin. */
struct PendingAssignment {
    ImportedAssignment imported;
    TrustCheck trust;
};

/** @brief Whether one partner has done an assigned item (the one bit partners may see of each other). */
struct PartnerDone {
    std::string partnerId;
    std::string partnerName;
    bool done = false;
};

/** @brief An assigned item as Home and the path show it. */
struct AssignedItem {
    std::string assignmentId;
    std::int64_t assignedAt = 0;
    std::string therapistName;
    AssignmentItem item;
    std::string assignmentNote;
    bool overdue = false; ///< the due day has passed and not every partner has done it
    std::vector<PartnerDone> completion; ///< me first, then my partner
};

struct ImportOutcome {
    Assignment assignment;
    bool newlyTrusted = false; ///< this import confirmed the therapist for me (first time or a new key)
    bool alreadyImported = false; ///< the same assignment was in the workbook before
};

/**
 * @brief Assignments in a couple's workbook. An imported assignment is a shared row (both partners
 * see it) holding the therapist's signed text and signature exactly as verified; every partner's
 * app checks that signature again when reading it.
 *
 * Trust is per partner: each partner pins the therapist's key (and the client id of the first
 * assignment) in their own private store, in their own session, after comparing the fingerprint.
 * A partner sees assigned items and sends reports only for assignments signed by the key they
 * pinned and made for the client they pinned; an assignment the other partner imported with
 * another key or for another client waits in pending() until this partner confirms it for
 * themselves, with the old and new fingerprints and who imported it when.
 */
class AssignmentService {
public:
    static constexpr const char* kExerciseId = "therapy";
    static constexpr const char* kKind = "assignment";
    static constexpr const char* kPinKind = "therapist-pin";

    /** @brief Throws Usage when @p session is a practice workbook. */
    explicit AssignmentService(Session& session);

    /** @brief How @p assignment relates to my pinned therapist; writes nothing. */
    [[nodiscard]] TrustCheck check(const Assignment& assignment) const;

    /**
     * @brief Verifies and imports a .twassign file. @p trustFingerprint is what the partner confirmed
     * (typed, or the file's own after a yes on screen); it is needed the first time and when the key
     * changed, and must then match the file's fingerprint. @p acceptOtherClient confirms on purpose
     * an assignment made for another client id than the pinned one (after a restore, say).
     * Throws InvalidInput (damaged, tampered, unknown version, different key or client, fingerprint
     * mismatch) or Usage (first import without a fingerprint).
     */
    ImportOutcome importFile(
        const std::filesystem::path& path, const std::string& trustFingerprint = {}, bool acceptOtherClient = false);
    /** @brief As importFile, for an assignment already read and verified by AssignmentFile. */
    ImportOutcome importVerified(
        const Assignment& assignment, const std::string& trustFingerprint = {}, bool acceptOtherClient = false);
    /** @brief Confirms, for me, an assignment the other partner imported (same rules as importing). */
    ImportOutcome confirm(
        const std::string& assignmentId, const std::string& trustFingerprint, bool acceptOtherClient = false);

    /** @brief The therapist I pinned, if any. */
    [[nodiscard]] std::optional<ConfirmedTherapist> therapist() const;
    /** @brief Every imported assignment whose therapist signature checks, oldest import first, each once. */
    [[nodiscard]] std::vector<ImportedAssignment> assignments() const;
    /** @brief The imported assignments signed by my pinned key for my pinned client. */
    [[nodiscard]] std::vector<ImportedAssignment> trustedAssignments() const;
    /** @brief The imported assignments I have not confirmed (another key, another client, or no pin yet). */
    [[nodiscard]] std::vector<PendingAssignment> pending() const;
    /** @brief Every assigned item of my trusted assignments with due date, overdue state and completion per partner. */
    [[nodiscard]] std::vector<AssignedItem> items() const;

private:
    ImportOutcome accept(
        const Assignment& a, const std::string& trustFingerprint, bool acceptOtherClient, bool alreadyImported);
    void pin(const Assignment& a, const TrustCheck& trust);
    /** check() for an assignment already in the workbook: one an earlier key of mine signed still counts. */
    [[nodiscard]] TrustCheck checkImported(const ImportedAssignment& imported) const;
    [[nodiscard]] bool therapistPinned() const;

    Session& m_session;
};

/** @brief "2026-03-01" for a moment, in this computer's local time. */
std::string localDate(std::int64_t ms);

} // namespace tw::workbook
