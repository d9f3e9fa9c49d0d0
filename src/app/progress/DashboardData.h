// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"
#include "tw/workbook/Dashboard.h"

#include <QString>

#include <string>

namespace tw::app {

/** @brief The user's local clock now: the workbook layer takes the offset, it never reads time zones. */
workbook::LocalClock systemClock();

/** @brief The dashboard sources named by the loaded curriculum. */
workbook::DashboardSources dashboardSources(const content::Curriculum& curriculum);

/** @brief The whole dashboard for the active partner, in one pass over what they may read. */
workbook::Dashboard loadDashboard(EditorContext& context);

/** @brief "YYYY-MM-DD" as a short local date ("3/2/26" or "02.03.26"), or the text itself when malformed. */
QString dayText(const std::string& isoDay);

/** @brief A moment (ms since the epoch) as a local date. */
QString dateText(std::int64_t ms);

/** @brief A mean with one decimal, in the reader's locale. */
QString meanText(double value);

} // namespace tw::app
