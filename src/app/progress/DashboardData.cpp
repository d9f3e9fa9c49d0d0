// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardData.h"

#include "Dates.h"
#include "tw/workbook/Journal.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace tw::app {

workbook::LocalClock systemClock()
{
    return workbook::LocalClock{QDateTime::currentDateTime().offsetFromUtc() / 60};
}

workbook::DashboardSources dashboardSources(const content::Curriculum& curriculum)
{
    return workbook::dashboardSourcesFor(curriculum);
}

workbook::Dashboard loadDashboard(EditorContext& context)
{
    return workbook::DashboardService(context.session).load(dashboardSources(context.curriculum), systemClock());
}

QString dayText(const std::string& isoDay)
{
    const QString text = QString::fromStdString(isoDay);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? app::dayText(date) : text;
}

QString dateText(std::int64_t ms)
{
    return app::dayText(ms);
}

QString meanText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace tw::app
