// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_export: what goes on the pages of a journal, section by section.

#include "PdfLayout.h"
#include "tw/workbook/Journal.h"

#include <QString>

namespace tw::exporting {

/** @brief What every section needs: the journal, the flow it writes into, fonts and units. */
struct JournalPrint {
    const workbook::Journal& journal;
    PageFlow& flow;
    const Typography& type;
    Units units;
    QString partnerName; ///< the other partner's name, or empty when solo / unknown
};

/** @brief "12 March 2026" in the local time zone. */
QString dayText(std::int64_t ms);
/** @brief The other partner's name, or empty when the workbook is solo. */
QString otherPartnerName(const workbook::Journal& journal);

void printTitlePage(const JournalPrint& print);
void printCharts(const JournalPrint& print);
void printEntries(const JournalPrint& print);

} // namespace tw::exporting
