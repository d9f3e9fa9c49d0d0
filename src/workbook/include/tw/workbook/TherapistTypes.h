// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain values of therapist mode, shared by the practice and the couple's side, so views can show
// them without knowing about files, keys or rows.

#include <cstdint>
#include <string>
#include <vector>

namespace tw::workbook {

/** @brief The public half of a therapist identity, as a couple sees and confirms it. */
struct TherapistIdentity {
    std::string name;
    std::vector<std::uint8_t> signPublicKey; ///< Ed25519: signs assignments
    std::vector<std::uint8_t> boxPublicKey; ///< X25519: receives sealed reports
    std::string fingerprint; ///< crypto::fingerprint of both keys, "XXXX-XXXX-..." (8 groups)
};

/**
 * @brief A practice's earlier key signing over to its next one, when a therapist changes keys (a new
 * computer without the old practice folder is not this: there the old key is gone). The earlier
 * key signs signedText; a couple who pinned it can tell the change is the practice's own.
 */
struct KeyHandover {
    TherapistIdentity from; ///< the earlier key (and the name it carried)
    TherapistIdentity to; ///< the next key
    std::int64_t createdAt = 0; ///< ms since the epoch
    std::string signedText; ///< exactly what from.signPublicKey signed
    std::vector<std::uint8_t> signature;
};

/** @brief One assigned exercise. */
struct AssignmentItem {
    std::string exerciseId;
    std::string title; ///< the exercise's title when assigned, for display; may be empty
    std::string due; ///< a calendar day "YYYY-MM-DD", or empty for no due date
    std::string note; ///< the therapist's note for this item; may be empty
};

/** @brief What the assignment builder collects before signing. */
struct AssignmentDraft {
    std::string clientLabel;
    std::vector<AssignmentItem> items;
    std::string note; ///< for the whole assignment; may be empty
    std::string packJson; ///< an optional single-file content pack to embed (JSON object text)
};

/** @brief A signed assignment whose signature has been checked against the therapist keys it names. */
struct Assignment {
    std::string id;
    /** The practice's id of the couple it is for (format 2); empty in a format-1 assignment. */
    std::string clientId;
    /** The therapist's signature of signedText(), kept so every partner checks it for themselves. */
    std::vector<std::uint8_t> signature;
    /** The exact signed text as read from the file (what the signature covers); empty for a draft. */
    std::string signedText;
    std::int64_t createdAt = 0; ///< ms since the epoch
    TherapistIdentity therapist;
    std::string clientLabel;
    std::vector<AssignmentItem> items;
    std::string note;
    std::string packJson; ///< empty when no pack is embedded
    /**
     * Format 3: how the signing key came from the practice's earlier keys, oldest first. Each link
     * is signed by the key before it, and the last one hands over to the key that signed this file.
     */
    std::vector<KeyHandover> handovers;
};

/**
 * @brief What a partner agreed to put in a report. Completion and due dates are always in it.
 * Entries go in one by one: a private entry only when its id is listed, a shared one when shared is
 * ticked (all of mine, or only the listed ones when sharedEntryIds is given).
 */
struct ReportChoices {
    bool checkins = false; ///< weekly means of my own check-ins
    bool shared = false; ///< the shared entries I wrote
    /** The shared entries to include; empty means every shared entry of mine when shared is ticked. */
    std::vector<std::string> sharedEntryIds;
    /** My own private entries to include, each chosen; the partner's private entries never. */
    std::vector<std::string> privateEntryIds;
};

/** @brief An entry of mine that a report could hold, for the consent screen's list and preview. */
struct ReportCandidate {
    std::string id;
    std::string exerciseId;
    std::string kind;
    bool shared = false;
    std::int64_t updatedAt = 0;
    std::string text; ///< exactly what would be sent
};

/** @brief Where one assigned item stands for the partner who wrote the report. */
struct ReportItem {
    std::string assignmentId;
    std::string exerciseId;
    std::string title;
    std::string due;
    bool done = false;
};

/** @brief One week of one numeric check-in field: the mean of the partner's own check-ins. */
struct CheckinTrend {
    std::string exerciseId;
    std::string field;
    std::string weekStart; ///< the Monday of the week, "YYYY-MM-DD" (local time of the partner)
    double mean = 0;
    int count = 0;
};

/** @brief An entry the partner chose to include. */
struct ReportEntry {
    std::string id;
    std::string exerciseId;
    std::string kind;
    std::string visibility; ///< "shared" or "private"
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::string text; ///< plain text, or compact JSON text when structured is true
    bool structured = false;
};

/** @brief The decrypted contents of a .twreport: one partner's consented view of their week. */
struct Report {
    std::string id;
    std::int64_t createdAt = 0;
    std::string clientId; ///< the client the report answers (the assignments' client id)
    std::string clientLabel;
    std::string partnerId; ///< the writing partner's id in the couple's workbook
    std::string partnerName;
    /** The writing partner's signing key and its generation, and the couple's workbook it belongs to. */
    std::vector<std::uint8_t> signerKey;
    std::uint32_t signerKeyVersion = 0;
    std::string signerWorkbookId;
    /** How the key came from earlier generations (each signed by the one before), for a practice that pinned an older
     * one. */
    std::vector<std::pair<std::uint32_t, std::vector<std::uint8_t>>> signerChain;
    std::vector<std::vector<std::uint8_t>> signerChainSignatures;
    std::string therapistFingerprint;
    std::vector<std::string> assignmentIds;
    bool includesCheckins = false;
    bool includesShared = false;
    bool includesPrivate = false;
    std::vector<ReportItem> items;
    std::vector<CheckinTrend> checkins;
    std::vector<ReportEntry> sharedEntries;
    std::vector<ReportEntry> privateEntries;
};

} // namespace tw::workbook
