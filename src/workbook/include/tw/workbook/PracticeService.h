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

/** @brief A couple the practice works with: a label, nothing more. */
struct Client {
    std::string id;
    std::string label;
    std::int64_t createdAt = 0;
};

/** @brief A reusable assignment (items and notes) without a client. */
struct AssignmentTemplate {
    std::string id;
    std::string name;
    AssignmentDraft draft; ///< clientLabel is empty
};

/** @brief One partner's latest reported state of one item. */
struct PartnerCompletion {
    std::string partnerName;
    bool done = false;
    std::int64_t reportedAt = 0; ///< when the report that says so was written
};

/** @brief An assigned item with what each partner's latest report says about it. */
struct ClientItem {
    AssignmentItem item;
    std::vector<PartnerCompletion> completion; ///< one per partner who sent a report covering it
};

struct ClientAssignment {
    Assignment assignment;
    std::vector<ClientItem> items;
};

/** @brief A partner of a client whose signing key the practice pinned on their first report. */
struct PinnedPartner {
    std::string partnerId;
    std::string name;
    std::string fingerprint; ///< of their signing key: compare it with them in a session
    std::uint32_t keyVersion = 0;
    std::int64_t pinnedAt = 0;
};

/** @brief Everything the practice holds about one client, for the client view. */
struct ClientView {
    Client client;
    std::vector<PinnedPartner> partners;
    std::vector<ClientAssignment> assignments; ///< oldest first
    std::vector<Report> reports; ///< imported reports, oldest first by the time they were written
};

/** @brief What creating a practice gives the therapist: the recovery code (shown once) and the identity. */
struct PracticeCreated {
    RecoveryCode recovery;
    TherapistIdentity identity;
};

/** @brief A change of the practice's key: couples see the hand-over in the next assignment. */
struct PracticeKeyChange {
    TherapistIdentity before;
    TherapistIdentity after;
    KeyHandover handover; ///< signed by the key before
};

/** @brief The result of importing a report file. */
struct ReportImport {
    Report report;
    std::string clientLabel;
    bool alreadyImported = false; ///< the same report was imported before; nothing was added
    /** This was the partner's first report for the client: their key was pinned; compare its fingerprint with them. */
    bool newPartnerKey = false;
    std::string partnerFingerprint;
};

/**
 * @brief The therapist's side, on a practice workbook (Workbook::createPractice). Each public call
 * is one user action and at most one transaction.
 *
 * Everything is a private entry of the therapist, sealed under their personal key: the identity
 * (two random 32-byte seeds from which the Ed25519 and X25519 keys are derived; the secret keys are
 * never stored in any other form), clients, templates, the assignments sent and the reports
 * imported (decrypted contents). So the practice is exactly as protected as a couple's workbook.
 */
class PracticeService {
public:
    static constexpr const char* kExerciseId = "practice";
    static constexpr const char* kIdentityKind = "practice-identity";
    static constexpr const char* kClientKind = "practice-client";
    static constexpr const char* kTemplateKind = "practice-template";
    static constexpr const char* kAssignmentKind = "practice-assignment";
    static constexpr const char* kReportKind = "practice-report";
    static constexpr const char* kPartnerKeyKind = "practice-partner-key";

    /** @brief Creates the practice workbook and its identity. */
    static PracticeCreated create(const std::filesystem::path& dataDir, const std::string& therapistName,
        const crypto::SecretBytes& passphrase, const Options& options = {});

    /** @brief Throws Usage when @p session is a couple's workbook. */
    explicit PracticeService(Session& session);

    /** @brief The public identity; it is created here if a create was interrupted before it. */
    [[nodiscard]] TherapistIdentity identity();
    /** @brief How the current key came from the practice's first one, oldest change first. */
    [[nodiscard]] std::vector<KeyHandover> keyChanges();
    /**
     * @brief Makes a new key pair and signs the change with the current key. Assignments from now on
     * are signed by the new key and carry the change, so a couple who pinned an earlier key sees it
     * is the practice's own; each partner still confirms it. The earlier keys are kept, so reports
     * sealed to them still open here.
     */
    PracticeKeyChange changeKey();

    /** @brief Adds a client; the label must be new. Returns it. */
    Client addClient(const std::string& label);
    [[nodiscard]] std::vector<Client> clients() const;
    /** @brief Throws NotFound naming the label. */
    [[nodiscard]] Client client(const std::string& label) const;

    std::string saveTemplate(const std::string& name, const AssignmentDraft& draft);
    [[nodiscard]] std::vector<AssignmentTemplate> templates() const;
    void deleteTemplate(const std::string& id);

    /**
     * @brief Signs @p draft for its client, writes it to @p output (atomically) and records it.
     * Throws Usage for an unknown client or an invalid draft.
     */
    Assignment exportAssignment(const AssignmentDraft& draft, const std::filesystem::path& output);

    /**
     * @brief Decrypts a .twreport, checks its writer's signature, and stores it under the client
     * whose id it names, and only there. The partner's signing key is pinned on their first report
     * for the client; a later report must be signed by that key (or a key it announced). Throws
     * InvalidInput for a damaged, foreign, unsigned or unknown-version file, a signature that fails,
     * a key that differs from the pinned one (saying which), a client it does not answer; Usage when
     * no client has its id.
     */
    ReportImport importReport(const std::filesystem::path& path);

    /** @brief Assignments with completion per partner and the reports, by date. */
    [[nodiscard]] ClientView clientView(const std::string& label) const;

private:
    struct Keys;
    /** Every key of the practice, the current one first, then older generations. */
    [[nodiscard]] std::vector<Keys> allKeys() const;
    [[nodiscard]] Keys keys();
    [[nodiscard]] std::vector<Assignment> sentAssignments(const std::string& clientId) const;
    [[nodiscard]] std::vector<Report> importedReports(const std::string& clientId) const;
    [[nodiscard]] std::vector<PinnedPartner> pinnedPartners(const std::string& clientId) const;
    void checkWriter(const Client& client, const Report& report, ReportImport& result);

    Session& m_session;
};

} // namespace tw::workbook
