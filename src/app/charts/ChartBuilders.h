// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartsApi.h"

class QChart;
class QDate;

namespace tw::app::charts {

// The charts of the progress view, built inside the charts module (ChartsModule.cpp); the caller
// owns the returned chart. Each draws exactly the numbers of the matching table in
// progress/ProgressTables.h, which the app builds from the same dashboard.

/** @brief Time-axis labels for @p spanWeeks from @p first to @p last: "d MMM", "d MMM yy", "MMM yy" or "yyyy". */
QString dateAxisFormat(int spanWeeks, QDate first, QDate last);
/** @brief Weekly trust per partner as lines over time, and the gap when both shared. */
QChart* trustChart(const TrustInput& input);
/** @brief Kept and due per week, the last twelve weeks, as bars. */
QChart* consistencyChart(const ConsistencyInput& input);
/** @brief Exercises done per step, for each partner, next to how many there are. */
QChart* stepsChart(const StepsInput& input);
/** @brief One bar per category, for the trigger patterns. */
QChart* countsChart(const CountsInput& input);
/** @brief Light or dark chart colours to match the application palette. */
void styleChart(QChart* chart);

} // namespace tw::app::charts
