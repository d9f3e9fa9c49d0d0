// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfCharts.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace tw::exporting {
namespace {

constexpr int kMaxBars = 60;
constexpr qint64 kLineBreakDays = 35;

const QColor kGrid{0xdd, 0xe0, 0xe4};
const QColor kKept{0x3a, 0x8f, 0x5c};
const QColor kMissed{0xc0, 0x50, 0x4d};
const QColor kOpen{0xc8, 0xcc, 0xd2};

qint64 julianDay(const std::string& day)
{
    return QDate::fromString(QString::fromStdString(day), Qt::ISODate).toJulianDay();
}

/** @brief The plot rectangle inside a chart area, leaving room for the legend and axis labels. */
QRectF plotArea(const QRectF& area, Units units)
{
    return area.adjusted(units.mm(9), units.mm(8), -units.mm(2), -units.mm(7));
}

void drawLegend(QPainter& painter, const QRectF& area, const std::vector<std::pair<QString, QColor>>& keys,
    const Typography& type, Units units, bool lines)
{
    painter.setFont(type.chart);
    const QFontMetricsF metrics(type.chart, painter.device());
    qreal x = area.left() + units.mm(9);
    const qreal y = area.top() + units.mm(2.5);
    for (const auto& [label, color] : keys) {
        if (lines) {
            painter.setPen(QPen(color, units.pt(1.6)));
            painter.drawLine(QPointF(x, y), QPointF(x + units.mm(6), y));
        } else {
            painter.fillRect(QRectF(x, y - units.mm(1.5), units.mm(4), units.mm(3)), color);
        }
        x += units.mm(lines ? 7.5 : 5.5);
        painter.setPen(type.ink);
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), label);
        x += metrics.horizontalAdvance(label) + units.mm(6);
    }
}

/** @brief Horizontal grid lines with their values on the left. */
void drawValueAxis(
    QPainter& painter, const QRectF& plot, double maxValue, double step, const Typography& type, Units units)
{
    painter.setFont(type.chart);
    for (double v = 0; v <= maxValue + 1e-9; v += step) {
        const qreal y = plot.bottom() - plot.height() * (v / maxValue);
        painter.setPen(QPen(kGrid, units.pt(0.5)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(type.muted);
        const QRectF label(plot.left() - units.mm(9), y - units.mm(2), units.mm(7.5), units.mm(4));
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'g', 4));
    }
}

/** @brief Date labels under the plot: years over long spans, months over shorter ones. */
void drawDateAxis(
    QPainter& painter, const QRectF& plot, qint64 firstDay, qint64 lastDay, const Typography& type, Units units)
{
    const auto span = static_cast<qreal>(std::max<qint64>(1, lastDay - firstDay));
    const QDate first = QDate::fromJulianDay(firstDay);
    const QDate last = QDate::fromJulianDay(lastDay);
    std::vector<QDate> ticks;
    QString format;
    if (span > 3 * 365) {
        for (int year = first.year() + 1; year <= last.year(); ++year) {
            ticks.emplace_back(year, 1, 1);
        }
        format = QStringLiteral("yyyy");
    } else {
        const int monthStep = span > 500 ? 3 : (span > 200 ? 2 : 1);
        for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(monthStep)) {
            if (d >= first) {
                ticks.push_back(d);
            }
        }
        format = QStringLiteral("MMM yyyy");
    }
    painter.setFont(type.chart);
    const QLocale english(QLocale::English);
    for (const QDate& d : ticks) {
        const qreal x = plot.left() + plot.width() * static_cast<qreal>(d.toJulianDay() - firstDay) / span;
        painter.setPen(QPen(kGrid, units.pt(0.5)));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + units.mm(1)));
        painter.setPen(type.muted);
        const QRectF label(x - units.mm(12), plot.bottom() + units.mm(1.5), units.mm(24), units.mm(4));
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, english.toString(d, format));
    }
}

} // namespace

void drawTrustChart(
    QPainter& painter, const QRectF& area, const std::vector<TrustLine>& lines, const Typography& type, Units units)
{
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    bool any = false;
    for (const auto& line : lines) {
        for (const auto& p : line.points) {
            const qint64 day = julianDay(p.weekStart);
            firstDay = any ? std::min(firstDay, day) : day;
            lastDay = any ? std::max(lastDay, day) : day;
            any = true;
        }
    }
    if (!any) {
        return;
    }
    if (lastDay - firstDay < 14) {
        // A week or two of check-ins still gets a readable axis.
        firstDay -= 7;
        lastDay += 7;
    }
    std::vector<std::pair<QString, QColor>> keys;
    for (const auto& line : lines) {
        keys.emplace_back(line.name, line.color);
    }
    drawLegend(painter, area, keys, type, units, true);
    const QRectF plot = plotArea(area, units);
    drawValueAxis(painter, plot, 10, 2, type, units);
    drawDateAxis(painter, plot, firstDay, lastDay, type, units);

    const qreal span = static_cast<qreal>(lastDay - firstDay);
    auto pointAt = [&](const workbook::TrendPoint& p) {
        const qreal x = plot.left() + plot.width() * static_cast<qreal>(julianDay(p.weekStart) - firstDay) / span;
        const qreal y = plot.bottom() - plot.height() * std::clamp(p.trust, 0.0, 10.0) / 10.0;
        return QPointF(x, y);
    };
    for (const auto& line : lines) {
        // Dashes tell the lines apart in grey print, but over hundreds of weekly points they break
        // into noise; a long series is drawn solid and thinner, and told apart by colour.
        const bool dense = line.points.size() > 104;
        QPen pen(line.color, units.pt(dense ? 1.0 : 1.4));
        pen.setStyle(line.dashed && !dense ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath path;
        qint64 previous = 0;
        for (std::size_t i = 0; i < line.points.size(); ++i) {
            const qint64 day = julianDay(line.points[i].weekStart);
            if (i == 0 || day - previous > kLineBreakDays) {
                path.moveTo(pointAt(line.points[i]));
            } else {
                path.lineTo(pointAt(line.points[i]));
            }
            previous = day;
        }
        painter.drawPath(path);
        if (line.points.size() <= 26) {
            // Few points: mark each, so a single check-in is visible at all.
            painter.setBrush(line.color);
            for (const auto& p : line.points) {
                painter.drawEllipse(pointAt(p), units.pt(1.8), units.pt(1.8));
            }
            painter.setBrush(Qt::NoBrush);
        }
    }
}

int weeksPerBar(std::size_t weekCount)
{
    for (int group : {1, 2, 4, 13, 26, 52}) {
        if (weekCount <= static_cast<std::size_t>(group) * kMaxBars) {
            return group;
        }
    }
    return 52 * static_cast<int>((weekCount + 52 * kMaxBars - 1) / (52 * kMaxBars));
}

void drawConsistencyChart(QPainter& painter, const QRectF& area, const std::vector<workbook::ConsistencyWeek>& weeks,
    const Typography& type, Units units)
{
    if (weeks.empty()) {
        return;
    }
    struct Bar {
        std::string start;
        int kept = 0;
        int missed = 0;
        int open = 0;
    };
    const std::size_t group = static_cast<std::size_t>(weeksPerBar(weeks.size()));
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        if (i % group == 0) {
            bars.push_back({weeks[i].weekStart});
        }
        bars.back().kept += weeks[i].kept;
        bars.back().missed += weeks[i].missed;
        bars.back().open += weeks[i].open;
    }
    int highest = 1;
    for (const auto& b : bars) {
        highest = std::max(highest, b.kept + b.missed + b.open);
    }
    // Grid steps of 1, 2, 5, 10, ... keep the value axis at five lines or fewer.
    double step = 1;
    for (int i = 0; highest / step > 5; ++i) {
        step *= (i % 3 == 1) ? 2.5 : 2;
    }
    const double top = std::ceil(highest / step) * step;

    drawLegend(painter, area,
        {{QStringLiteral("Kept"), kKept}, {QStringLiteral("Missed"), kMissed},
            {QStringLiteral("Not marked yet"), kOpen}},
        type, units, false);
    const QRectF plot = plotArea(area, units);
    drawValueAxis(painter, plot, top, step, type, units);

    const qreal slot = plot.width() / static_cast<qreal>(bars.size());
    const qreal barWidth = slot * 0.72;
    const QLocale english(QLocale::English);
    const std::size_t labelEvery = std::max<std::size_t>(1, bars.size() / 8);
    painter.setFont(type.chart);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const qreal x = plot.left() + slot * static_cast<qreal>(i) + (slot - barWidth) / 2;
        qreal y = plot.bottom();
        for (const auto& [count, color] :
            std::array<std::pair<int, QColor>, 3>{{{b.kept, kKept}, {b.missed, kMissed}, {b.open, kOpen}}}) {
            const qreal h = plot.height() * count / top;
            painter.fillRect(QRectF(x, y - h, barWidth, h), color);
            y -= h;
        }
        if (i % labelEvery == 0) {
            const QDate start = QDate::fromString(QString::fromStdString(b.start), Qt::ISODate);
            const QString label
                = english.toString(start, group >= 13 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
            painter.setPen(type.muted);
            painter.drawText(
                QRectF(x - units.mm(10), plot.bottom() + units.mm(1.5), units.mm(20) + barWidth, units.mm(4)),
                Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
}

} // namespace tw::exporting
