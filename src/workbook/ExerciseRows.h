// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: turning decrypted rows into records, commitments and agreement items.
// Shared by the exercise services (one exercise at a time) and DashboardService (every source
// exercise in one pass), so both read the stored shapes the same way.

#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"

#include <string>
#include <vector>

namespace tw::workbook::detail {

/** A log or check-in row as a Record (padding removed). Damaged if the body is not an object. */
Record toRecord(const Entry& row);

/** A commitment row. Damaged if the body lacks a field. */
Commitment toCommitment(const Entry& row);

/**
 * Whether a live row may still await an outcome: a commitment not yet marked kept or missed. One
 * whose body cannot be read counts as awaiting, so that reading it reports the damage instead of
 * an index leaving it out. Kept by PrivateStore in an indexed column for Home's reminders.
 */
bool awaitsOutcome(const Entry& row);

/** @brief An agreement's wording or an acceptance: the rows whether an agreement is in force depends on. */
bool isAgreementRow(const std::string& kind);

/** The "revision" of a confirmation or acceptance row; 0 when withdrawn or unreadable. */
int revisionOf(const Entry& row);

/**
 * Commitments of one exercise with the partner's confirmations applied. @p confirmRows are that
 * exercise's confirmation rows; anything else among them is ignored.
 */
std::vector<Commitment> commitmentsFrom(
    const std::vector<Entry>& commitmentRows, const std::vector<Entry>& confirmRows);

/** The stored body of an agreement item row. */
struct AgreementBody {
    std::string area;
    std::string text;
    int revision = 1;
    bool withdrawn = false;
    std::vector<AgreementRevision> history; ///< earlier wordings written into this same row
};

AgreementBody readAgreementBody(const Entry& row);

/**
 * Current agreement items of one exercise, oldest first, from its item and acceptance rows (in
 * any order). Only shared item rows count.
 */
std::vector<AgreementItem> agreementsFrom(
    const std::vector<Entry>& itemRows, const std::vector<Entry>& acceptRows, const std::vector<PartnerInfo>& partners);

} // namespace tw::workbook::detail
