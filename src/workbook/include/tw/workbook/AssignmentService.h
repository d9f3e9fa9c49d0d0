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

/** @brief The therapist a couple confirmed, whose key every later assignment must be signed by. */
struct ConfirmedTherapist {
    TherapistIdentity identity;
    std::int64_t confirmedAt = 0; ///< when the first assignment signed by this key was imported
    std::string confirmedBy; ///< the partner who confirmed it
};

/** @brief How a verified assignment relates to the therapist this workbook trusts. */
enum class TrustState {
    FirstTime, ///< no therapist confirmed yet: show name and fingerprint and ask
    Confirmed, ///< signed by the confirmed therapist's key
    DifferentKey, ///< signed by another key: refuse unless the user confirms the new fingerprint
};

struct TrustCheck {
    TrustState state = TrustState::FirstTime;
    std::optional<ConfirmedTherapist> confirmed;
};

struct ImportedAssignment {
    Assignment assignment;
    std::int64_t importedAt = 0;
    std::string importedBy; ///< partner name
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
    bool newlyTrusted = false; ///< this import confirmed the therapist (first time or a new key)
    bool alreadyImported = false; ///< the same assignment was imported before; nothing changed
};

/**
 * @brief Assignments in a couple's workbook. An imported assignment is a shared row (both partners
 * see it) holding the signed text exactly as verified. The confirmed therapist is the one whose
 * key signed the latest import: the first import, and any change of key, needs the user to confirm
 * the fingerprint shown, so a file signed by anyone else is refused by default.
 */
class AssignmentService {
public:
    static constexpr const char* kExerciseId = "therapy";
    static constexpr const char* kKind = "assignment";

    /** @brief Throws Usage when @p session is a practice workbook. */
    explicit AssignmentService(Session& session);

    /** @brief How @p assignment relates to the confirmed therapist; writes nothing. */
    [[nodiscard]] TrustCheck check(const Assignment& assignment) const;

    /**
     * @brief Verifies and imports a .twassign file in one transaction. @p trustFingerprint is what
     * the user confirmed (typed, or the file's own after a yes on screen); it is needed the first
     * time and when the key changed, and must then match the file's fingerprint.
     * Throws InvalidInput (damaged, tampered, unknown version, different key, fingerprint mismatch)
     * or Usage (first import without a fingerprint).
     */
    ImportOutcome importFile(const std::filesystem::path& path, const std::string& trustFingerprint = {});
    /** @brief As importFile, for an assignment already read and verified by AssignmentFile. */
    ImportOutcome importVerified(const Assignment& assignment, const std::string& trustFingerprint = {});

    [[nodiscard]] std::optional<ConfirmedTherapist> therapist() const;
    /** @brief Imported assignments, oldest import first, each once. */
    [[nodiscard]] std::vector<ImportedAssignment> assignments() const;
    /** @brief Every assigned item with due date, overdue state and completion per partner, by due date. */
    [[nodiscard]] std::vector<AssignedItem> items() const;

private:
    Session& m_session;
};

/** @brief "2026-03-01" for a moment, in this computer's local time. */
std::string localDate(std::int64_t ms);

} // namespace tw::workbook
