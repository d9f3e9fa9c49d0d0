// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressTables.h"
#include "charts/ChartsApi.h"
#include "tw/workbook/Dashboard.h"

namespace tw::app {

// What each progress chart draws, taken from the dashboard the tables are made of: the charts
// module (charts/ChartsApi.h) receives plain numbers, never a workbook type.

charts::Request trustChart(const workbook::Dashboard& dashboard, const QString& partnerName);
charts::Request consistencyChart(const workbook::Dashboard& dashboard, const QString& partnerName);
charts::Request stepsChart(const std::vector<StepRow>& rows, const QString& partnerName);
charts::Request countsChart(const QStringList& categories, const std::vector<int>& counts, const QString& setName);

} // namespace tw::app
