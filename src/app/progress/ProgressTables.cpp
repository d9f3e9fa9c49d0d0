// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressTables.h"

#include "DashboardData.h"
#include "tw/workbook/ProgressService.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>
#include <set>

namespace tw::app {
namespace {

// Free functions have no QObject::tr; this gives lupdate a context for their strings.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Progress)
};

/** @brief Every week that appears in any of the given lists, oldest first. */
template <typename... Lists> std::set<std::string> weeksOf(const Lists&... lists)
{
    std::set<std::string> weeks;
    (
        [&] {
            for (const auto& item : lists) {
                weeks.insert(item.weekStart);
            }
        }(),
        ...);
    return weeks;
}

template <typename T> std::map<std::string, const T*> byWeek(const std::vector<T>& items)
{
    std::map<std::string, const T*> map;
    for (const auto& item : items) {
        map[item.weekStart] = &item;
    }
    return map;
}

} // namespace

std::vector<StepRow> stepRows(EditorContext& context, bool individualOnly)
{
    std::vector<StepRow> rows;
    workbook::ProgressService progress(context.session);
    const std::string role = context.role();
    for (const auto& module : context.curriculum.modules) {
        if (module.section != content::Section::Step) {
            continue;
        }
        std::vector<std::string> ids;
        for (const auto& e : module.exercises) {
            if (e.visibleTo(role) && !e.safety && !(individualOnly && isCoupleExercise(e))) {
                ids.push_back(e.id);
            }
        }
        if (ids.empty()) {
            continue;
        }
        const auto counts = progress.module(ids);
        rows.push_back({Text::tr("Step %1").arg(module.step), QString::fromStdString(module.title), counts.exercises,
            counts.doneByMe, counts.doneByPartner, counts.hasPartner});
    }
    return rows;
}

TableData trustTable(const workbook::Dashboard& dashboard, const QString& partnerName)
{
    const bool partner = !dashboard.partnerTrend.points.empty();
    TableData table;
    table.headers << Text::tr("Week of") << Text::tr("Your trust") << Text::tr("Your check-ins");
    if (partner) {
        table.headers << Text::tr("%1's trust").arg(partnerName) << Text::tr("Gap");
    }
    const auto mine = byWeek(dashboard.myTrend.points);
    const auto theirs = byWeek(dashboard.partnerTrend.points);
    const auto gaps = byWeek(dashboard.gap);
    for (const auto& week : weeksOf(dashboard.myTrend.points, dashboard.partnerTrend.points)) {
        QStringList row;
        row << dayText(week);
        const auto m = mine.find(week);
        row << (m != mine.end() ? meanText(m->second->trust) : Text::tr("no check-in"));
        row << QString::number(m != mine.end() ? m->second->checkins : 0);
        if (partner) {
            const auto t = theirs.find(week);
            row << (t != theirs.end() ? meanText(t->second->trust) : Text::tr("none shared"));
            const auto g = gaps.find(week);
            row << (g != gaps.end() ? meanText(g->second->gap) : Text::tr("not both"));
        }
        table.rows.push_back(row);
    }
    return table;
}

TableData consistencyTable(const workbook::Dashboard& dashboard, const QString& partnerName)
{
    const bool partner = !dashboard.partnerConsistency.empty();
    TableData table;
    table.headers << Text::tr("Week of") << Text::tr("You: kept") << Text::tr("You: due") << Text::tr("You: missed")
                  << Text::tr("You: not marked yet");
    if (partner) {
        table.headers << Text::tr("%1: kept").arg(partnerName) << Text::tr("%1: due").arg(partnerName);
    }
    const auto mine = byWeek(dashboard.myConsistency);
    const auto theirs = byWeek(dashboard.partnerConsistency);
    for (const auto& week : weeksOf(dashboard.myConsistency, dashboard.partnerConsistency)) {
        const auto m = mine.find(week);
        const workbook::ConsistencyWeek empty;
        const auto& me = m != mine.end() ? *m->second : empty;
        QStringList row;
        row << dayText(week) << QString::number(me.kept) << QString::number(me.due) << QString::number(me.missed)
            << QString::number(me.open);
        if (partner) {
            const auto t = theirs.find(week);
            const auto& them = t != theirs.end() ? *t->second : empty;
            row << QString::number(them.kept) << QString::number(them.due);
        }
        table.rows.push_back(row);
    }
    return table;
}

TableData stepsTable(const std::vector<StepRow>& rows, const QString& partnerName)
{
    const bool partner = !rows.empty() && rows.front().hasPartner;
    TableData table;
    table.headers << Text::tr("Step") << Text::tr("Module") << Text::tr("Exercises") << Text::tr("Done by you");
    if (partner) {
        table.headers << Text::tr("Done by %1").arg(partnerName);
    }
    for (const auto& r : rows) {
        QStringList row;
        row << r.step << r.module << QString::number(r.exercises) << QString::number(r.doneByMe);
        if (partner) {
            row << QString::number(r.doneByPartner);
        }
        table.rows.push_back(row);
    }
    return table;
}

QStringList weekdayNames(bool shortNames)
{
    QStringList names;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        names << locale.dayName(day, shortNames ? QLocale::ShortFormat : QLocale::LongFormat);
    }
    return names;
}

QStringList timeOfDayNames()
{
    return {Text::tr("Night (0-6)"), Text::tr("Morning (6-12)"), Text::tr("Afternoon (12-18)"),
        Text::tr("Evening (18-24)")};
}

TableData weekdayTable(const workbook::TriggerPatterns& patterns)
{
    TableData table;
    table.headers << Text::tr("Day") << Text::tr("Triggers logged");
    const QStringList names = weekdayNames();
    for (int i = 0; i < 7; ++i) {
        table.rows.push_back({names.at(i), QString::number(patterns.byWeekday[static_cast<std::size_t>(i)])});
    }
    return table;
}

TableData timeOfDayTable(const workbook::TriggerPatterns& patterns)
{
    TableData table;
    table.headers << Text::tr("Time of day") << Text::tr("Triggers logged");
    const QStringList names = timeOfDayNames();
    for (int i = 0; i < 4; ++i) {
        table.rows.push_back({names.at(i), QString::number(patterns.byTimeOfDay[static_cast<std::size_t>(i)])});
    }
    return table;
}

} // namespace tw::app
