// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableModel.h"
#include "exercises/EditorContext.h"
#include "tw/workbook/Dashboard.h"

#include <QString>

#include <vector>

namespace tw::app {

/** @brief One step of the path: how many of its exercises each partner has marked done. */
struct StepRow {
    QString step; ///< "Step 2"
    QString module; ///< the module's title
    int exercises = 0;
    int doneByMe = 0;
    int doneByPartner = 0; ///< done / not done per exercise is all the partner's progress says
    bool hasPartner = false;
};

/** @brief Steps 1-4 as this partner sees them (role filter; couple exercises left out on the individual path). */
std::vector<StepRow> stepRows(EditorContext& context, bool individualOnly);

// The text alternatives of the charts. Partner columns appear only when there is partner data
// this partner may see (their shared check-ins or commitments), so nothing hints at hidden rows.
TableData trustTable(const workbook::Dashboard& dashboard, const QString& partnerName);
TableData consistencyTable(const workbook::Dashboard& dashboard, const QString& partnerName);
TableData stepsTable(const std::vector<StepRow>& rows, const QString& partnerName);
TableData weekdayTable(const workbook::TriggerPatterns& patterns);
TableData timeOfDayTable(const workbook::TriggerPatterns& patterns);

/** @brief Monday first, in the reader's language; @p shortNames for chart labels. */
QStringList weekdayNames(bool shortNames = false);
/** @brief Night, morning, afternoon, evening, with their hours. */
QStringList timeOfDayNames();

} // namespace tw::app
