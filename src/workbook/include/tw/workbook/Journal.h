// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"
#include "tw/workbook/Dashboard.h"
#include "tw/workbook/Session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tw::workbook {

/** @brief A question or field of an exercise, as its author saw it: the export prints answers by it. */
struct JournalField {
    std::string id; ///< the key in the entry body ("followUp" for a follow-up prompt)
    std::string label; ///< the prompt, item or field text for the author's role
    bool question = false; ///< a prompt answered in words: printed above the answer, not before it
};

/** @brief One entry in an export, with where it belongs in the curriculum. */
struct JournalEntry {
    Entry entry;
    std::string authorName;
    std::string moduleId; ///< empty when the exercise is no longer in the curriculum
    std::string moduleTitle;
    std::string exerciseTitle; ///< the exercise id when it is no longer in the curriculum
    std::vector<JournalField> fields; ///< the exercise's questions in its order; empty when it is gone
};

/**
 * @brief What an export of the active partner contains: their own entries and the shared ones,
 * never the other partner's private entries (they cannot be opened in this session anyway),
 * ordered by module (curriculum order) then date. Internal rows (progress markers, tombstones)
 * are left out.
 */
struct Journal {
    std::string partnerName;
    std::string partnerRole;
    std::int64_t exportedAt = 0;
    std::vector<PartnerInfo> partners; ///< everyone in the workbook, to name authors, proposers and acceptors
    std::vector<JournalEntry> entries;
    Dashboard dashboard; ///< for the charts and the consistency record
};

Journal collectJournal(
    Session& session, const content::Curriculum& curriculum, const DashboardSources& sources, LocalClock clock);

/** @brief The documented JSON export (docs/export.schema.json), as text. */
std::string journalToJson(const Journal& journal);

/** @brief The dashboard sources named by a curriculum (by exercise kind, and trigger logs by id). */
DashboardSources dashboardSourcesFor(const content::Curriculum& curriculum);

} // namespace tw::workbook
