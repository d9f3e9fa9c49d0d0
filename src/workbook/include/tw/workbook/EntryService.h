// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::workbook {

/** @brief A log record or a check-in: one partner's field values, as a JSON object. */
struct Record {
    std::string id;
    std::string authorId;
    std::string exerciseId;
    std::string fieldsJson; ///< JSON object text (field id -> value), exactly the caller's fields
    Visibility visibility = Visibility::Private;
    std::int64_t createdAt = 0; ///< ms since the epoch; charts and logs are ordered by it
};

enum class CommitmentOutcome { Open, Kept, Missed };

std::string_view outcomeName(CommitmentOutcome outcome);
std::optional<CommitmentOutcome> outcomeFromName(std::string_view name);

/** @brief What one partner promised, by when, and how it went. */
struct Commitment {
    std::string id;
    std::string ownerId;
    std::string exerciseId;
    std::string what;
    std::string due; ///< a calendar day, "YYYY-MM-DD", or empty
    Visibility visibility = Visibility::Private;
    CommitmentOutcome outcome = CommitmentOutcome::Open;
    int revision = 1; ///< goes up with every change by the owner; a confirmation names one
    bool confirmedByPartner = false; ///< the partner confirmed this revision's kept/missed
};

/**
 * @brief The repeating kinds: log records (kind "log"), check-ins (kind "checkin") and commitments
 * (kind "commitment"). All are private by default; Session::setVisibility shares one and
 * Session::deleteEntry removes one, as for any entry. Private bodies are padded to a size bucket.
 *
 * A commitment's owner marks it kept or missed in the commitment row itself, so the outcome
 * travels with the row when it is shared or unshared, and one action stays one transaction. The
 * partner confirms with a shared row of their own (kind "commitment-confirm", parent = commitment,
 * body {revision}), which only counts while the commitment is still at that revision.
 */
class EntryService {
public:
    static constexpr const char* kLogKind = "log";
    static constexpr const char* kCheckinKind = "checkin";
    static constexpr const char* kCommitmentKind = "commitment";
    static constexpr const char* kConfirmKind = "commitment-confirm";

    explicit EntryService(Session& session);

    std::string addLog(
        const std::string& exerciseId, const std::string& fieldsJson, Visibility visibility = Visibility::Private);
    void updateLog(const std::string& id, const std::string& fieldsJson);
    /** @brief My records and the partner's shared ones, oldest first. */
    [[nodiscard]] std::vector<Record> logs(const std::string& exerciseId) const;

    std::string addCheckin(
        const std::string& exerciseId, const std::string& valuesJson, Visibility visibility = Visibility::Private);
    void updateCheckin(const std::string& id, const std::string& valuesJson);
    [[nodiscard]] std::vector<Record> checkins(const std::string& exerciseId) const;

    std::string addCommitment(const std::string& exerciseId, const std::string& what, const std::string& due,
        Visibility visibility = Visibility::Private);
    void reviseCommitment(const std::string& id, const std::string& what, const std::string& due);
    /** @brief The owner marks kept, missed, or open again. */
    void markOutcome(const std::string& id, CommitmentOutcome outcome);
    /**
     * @brief The partner confirms the kept/missed of @p revision of a shared commitment. Refused
     * (Usage) for my own commitments, open ones, and when it changed since the caller showed it.
     */
    void confirm(const std::string& id, int revision);
    [[nodiscard]] std::vector<Commitment> commitments(const std::string& exerciseId) const;

private:
    std::string addRecord(const char* kind, const std::string& exerciseId, const std::string& json, Visibility v);
    void updateRecord(const char* kind, const std::string& id, const std::string& json);
    [[nodiscard]] std::vector<Record> records(const char* kind, const std::string& exerciseId) const;
    [[nodiscard]] Entry ownRow(const char* kind, const std::string& id) const;
    void writeCommitment(const Entry& row, const Commitment& c);

    Session& m_session;
};

} // namespace tw::workbook
