// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tw::app {

QString dayFormat()
{
    //: A date format (QDate::toString): the month as an abbreviated word, never as a number.
    return QCoreApplication::translate("Dates", "d MMM yyyy");
}

QString dayText(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, dayFormat()) : QString();
}

QString dayText(std::int64_t ms)
{
    return dayText(QDateTime::fromMSecsSinceEpoch(ms).date());
}

QString dayTimeText(std::int64_t ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    //: A day and a time of day: "%1" is a date as "2 Dec 2026", "%2" a time as "14:05".
    return QCoreApplication::translate("Dates", "%1, %2")
        .arg(dayText(at.date()), QLocale().toString(at.time(), QCoreApplication::translate("Dates", "HH:mm")));
}

QString isoDayText(const std::string& isoDay)
{
    const QString text = QString::fromStdString(isoDay);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? dayText(day) : text;
}

} // namespace tw::app
