// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartBuilders.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace tw::app::charts {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Progress)
};

/** @brief The Monday of a week as a chart x value (local midnight). */
qreal weekX(const std::string& weekStart)
{
    const QDate date = QDate::fromString(QString::fromStdString(weekStart), Qt::ISODate);
    return static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch());
}

/** @brief "3 Dec" for a week's Monday, in the language the app was set to (the year would crowd). */
QString shortDay(const std::string& isoDay)
{
    const QString text = QString::fromStdString(isoDay);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM")) : text;
}

QLineSeries* weekLine(const std::vector<WeekValue>& values, const QString& name)
{
    auto* line = new QLineSeries;
    line->setName(name);
    // A single week is a point, not a line; points also show where weeks without a check-in lie.
    line->setPointsVisible(true);
    for (const auto& p : values) {
        line->append(weekX(p.weekStart), p.value);
    }
    return line;
}

QValueAxis* countAxis(int maximum)
{
    // Whole numbers only: at most five steps, each a whole number of commitments or exercises.
    const int top = std::max(1, maximum);
    const int step = (top + 4) / 5;
    const int rounded = (top + step - 1) / step * step;
    auto* axis = new QValueAxis;
    axis->setRange(0, rounded);
    axis->setTickCount(rounded / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

/** @brief A bar chart of @p series over @p categories, its count axis reaching @p maximum. */
QChart* barChart(
    QBarSeries* series, const QStringList& categories, int maximum, const QString& xTitle, const QString& yTitle)
{
    auto* chart = new QChart;
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(xTitle);
    auto* y = countAxis(maximum);
    y->setTitleText(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

} // namespace

QString dateAxisFormat(int spanWeeks, QDate first, QDate last)
{
    // Over a year or more the day means little and the year is what people look for; the labels
    // must stay short, or the axis elides them to "Mar 2…" at ten ticks.
    if (spanWeeks > 104) {
        return QStringLiteral("yyyy");
    }
    if (spanWeeks > 52) {
        return QStringLiteral("MMM yy");
    }
    return first.year() != last.year() ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM");
}

void styleChart(QChart* chart)
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

QChart* trustChart(const TrustInput& input)
{
    auto* chart = new QChart;
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTitleText(Text::tr("Week"));
    auto* y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(Text::tr("Trust (0-10)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    std::vector<qreal> xs;
    for (const auto* series : {&input.mine, &input.partner}) {
        for (const auto& p : *series) {
            xs.push_back(weekX(p.weekStart));
        }
    }
    attach(chart, weekLine(input.mine, Text::tr("You")), x, y);
    if (!input.partner.empty()) {
        attach(chart, weekLine(input.partner, input.partnerName), x, y);
    }
    if (!input.gap.empty()) {
        auto* gap = weekLine(input.gap, Text::tr("Gap between you"));
        attach(chart, gap, x, y);
        QPen pen = gap->pen();
        pen.setStyle(Qt::DashLine);
        gap->setPen(pen);
    }
    if (!xs.empty()) {
        // A week of margin either side, and ticks on Mondays only: every tick is a week's point
        // and the labels never crowd (at most about ten, spaced a whole number of weeks apart).
        constexpr qreal week = 7.0 * 24 * 3600 * 1000;
        const auto [lo, hi] = std::minmax_element(xs.begin(), xs.end());
        int spanWeeks = static_cast<int>(std::lround((*hi - *lo) / week)) + 2;
        const int step = (spanWeeks + 9) / 10;
        spanWeeks = (spanWeeks + step - 1) / step * step;
        const qreal start = *lo - week;
        x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(start)),
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(start + spanWeeks * week)));
        x->setTickCount(spanWeeks / step + 1);
        x->setFormat(dateAxisFormat(spanWeeks, QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(start)).date(),
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(start + spanWeeks * week)).date()));
    }
    return chart;
}

QChart* consistencyChart(const ConsistencyInput& input)
{
    std::map<std::string, std::array<int, 4>> weeks; // my due, my kept, their due, their kept
    for (const auto& w : input.mine) {
        weeks[w.weekStart][0] = w.due;
        weeks[w.weekStart][1] = w.kept;
    }
    for (const auto& w : input.partner) {
        weeks[w.weekStart][2] = w.due;
        weeks[w.weekStart][3] = w.kept;
    }
    const bool partner = !input.partner.empty();
    const QString& partnerName = input.partnerName;
    // Due in a light shade, kept in the darker one of the same colour: each pair reads as one.
    const std::array<QColor, 4> colours{
        QColor(0x9e, 0xc5, 0xe6), QColor(0x2b, 0x6c, 0xb0), QColor(0xb5, 0xd9, 0xa8), QColor(0x3f, 0x8a, 0x3a)};
    const std::array<QString, 4> names{Text::tr("You: due"), Text::tr("You: kept"),
        Text::tr("%1: due").arg(partnerName), Text::tr("%1: kept").arg(partnerName)};
    std::array<QBarSet*, 4> sets{};
    auto* series = new QBarSeries;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        if (i < 2 || partner) {
            sets[i] = new QBarSet(names[i]);
            sets[i]->setColor(colours[i]);
            sets[i]->setBorderColor(colours[i]);
            series->append(sets[i]);
        }
    }
    // The last twelve weeks: the table below has them all.
    const std::size_t shown = 12;
    const std::size_t skip = weeks.size() > shown ? weeks.size() - shown : 0;
    QStringList categories;
    int maximum = 1;
    std::size_t index = 0;
    for (const auto& [week, counts] : weeks) {
        if (index++ < skip) {
            continue;
        }
        categories << shortDay(week);
        for (std::size_t i = 0; i < sets.size(); ++i) {
            if (sets[i]) {
                *sets[i] << counts[i];
            }
        }
        maximum = std::max({maximum, counts[0], counts[2]});
    }
    return barChart(series, categories, maximum, Text::tr("Week of"), Text::tr("Commitments"));
}

QChart* stepsChart(const StepsInput& input)
{
    const auto& rows = input.steps;
    // Only what was done is drawn: a bar for the total looked like progress. The total is in each
    // step's name instead, and the axis reaches the largest step, so a full bar means a whole step.
    auto* mine = new QBarSet(Text::tr("Done by you"));
    auto* theirs = new QBarSet(Text::tr("Done by %1").arg(input.partnerName));
    QStringList categories;
    int maximum = 1;
    for (const auto& r : rows) {
        //: A step in the steps chart: its name, then how many exercises it has.
        categories << Text::tr("%1\n(of %n)", nullptr, r.exercises).arg(r.step);
        *mine << r.doneByMe;
        *theirs << r.doneByPartner;
        maximum = std::max(maximum, r.exercises);
    }
    auto* series = new QBarSeries;
    series->append(mine);
    if (!rows.empty() && input.hasPartner) {
        series->append(theirs);
    } else {
        delete theirs;
    }
    return barChart(series, categories, maximum, QString(), Text::tr("Exercises"));
}

QChart* countsChart(const CountsInput& input)
{
    auto* set = new QBarSet(input.setName);
    int maximum = 1;
    for (int c : input.counts) {
        *set << c;
        maximum = std::max(maximum, c);
    }
    auto* series = new QBarSeries;
    series->append(set);
    QChart* chart = barChart(series, input.categories, maximum, QString(), QString());
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace tw::app::charts
