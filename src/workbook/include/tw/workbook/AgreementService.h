// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tw::workbook {

/** @brief One earlier wording of an agreement item. */
struct AgreementRevision {
    int revision = 0;
    std::string proposerId; ///< who wrote this wording
    std::string area;
    std::string text;
};

/** @brief An agreement item as it stands now, with the wordings it replaced. */
struct AgreementItem {
    std::string id; ///< row of the current wording; a revision by the other partner gives a new id
    std::string exerciseId;
    std::string proposerId; ///< who wrote the current wording (their writing it counts as accepting it)
    std::string area;
    std::string text;
    int revision = 1;
    std::vector<std::string> acceptedBy; ///< partner ids that accepted the current revision
    bool inForce = false; ///< both partners accepted the current revision and it was not withdrawn
    std::int64_t acceptedAt = 0; ///< ms since the epoch when the second acceptance came; 0 unless in force
    bool withdrawn = false; ///< its proposer withdrew it; kept so the history stays readable
    std::vector<AgreementRevision> history; ///< earlier revisions, oldest first
};

/**
 * @brief The agreements register. Everything here is shared: an item is a row of its proposer
 * (kind "agreement-item", body {area, text, revision, withdrawn, history}), and the other partner
 * accepts a revision with a row of their own (kind "agreement-accept", parent = item, body
 * {revision}). Rows have one writer, so a revision by the other partner is a new item row whose
 * parent is the old one; the old one counts as superseded. A revision always needs fresh acceptance.
 */
class AgreementService {
public:
    static constexpr const char* kItemKind = "agreement-item";
    static constexpr const char* kAcceptKind = "agreement-accept";

    explicit AgreementService(Session& session);

    /** @brief Current items of an exercise (superseded rows appear only as history), oldest first. */
    [[nodiscard]] std::vector<AgreementItem> items(const std::string& exerciseId) const;

    /** @brief Proposes a new item; returns its id. The proposer has accepted it by writing it. */
    std::string propose(const std::string& exerciseId, const std::string& area, const std::string& text);

    /**
     * @brief Rewords a current item. My own item is revised in place; my partner's item is
     * superseded by a new row of mine. Returns the id of the item's current row.
     */
    std::string revise(const std::string& itemId, const std::string& area, const std::string& text);

    /**
     * @brief Accepts @p revision of a current item. Refused (Usage) when the item has changed since
     * the caller showed it, so nobody accepts words they have not read.
     */
    void accept(const std::string& itemId, int revision);

    /**
     * @brief For the proposer: withdraws the item (kept, marked withdrawn). For the other partner:
     * withdraws their acceptance, so the item is no longer in force until they accept again.
     */
    void withdraw(const std::string& itemId);

private:
    [[nodiscard]] Entry currentItemRow(const std::string& itemId) const;
    [[nodiscard]] std::optional<Entry> myAcceptRow(const Entry& item) const;

    Session& m_session;
};

} // namespace tw::workbook
