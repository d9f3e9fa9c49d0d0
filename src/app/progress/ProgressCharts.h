// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressTables.h"
#include "tw/workbook/Dashboard.h"

class QChart;
class QDate;
class QString;

namespace tw::app {

// Charts for the progress view; the caller owns the returned chart (ChartPanel takes it). Each
// draws exactly the numbers of the matching table in ProgressTables.h.

/** @brief Time-axis labels for @p spanWeeks from @p first to @p last: "d MMM", "d MMM yy", "MMM yy" or "yyyy". */
QString dateAxisFormat(int spanWeeks, QDate first, QDate last);
/** @brief Weekly trust per partner as lines over time, and the gap when both shared. */
QChart* trustChart(const workbook::Dashboard& dashboard, const QString& partnerName);
/** @brief Kept and due per week, the last twelve weeks, as bars. */
QChart* consistencyChart(const workbook::Dashboard& dashboard, const QString& partnerName);
/** @brief Exercises done per step, for each partner, next to how many there are. */
QChart* stepsChart(const std::vector<StepRow>& rows, const QString& partnerName);
/** @brief One bar per category, for the trigger patterns. */
QChart* countsChart(const QStringList& categories, const std::vector<int>& counts, const QString& setName);

} // namespace tw::app
