// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_export: the progress charts, drawn with QPainter (no Qt Charts: this library
// must not pull in widgets).

#include "PdfLayout.h"
#include "tw/workbook/Insights.h"

#include <QColor>
#include <QString>

#include <vector>

class QPainter;

namespace tw::exporting {

/** @brief One partner's weekly trust, ready to plot. */
struct TrustLine {
    QString name;
    QColor color;
    bool dashed = false;
    std::vector<workbook::TrendPoint> points;
};

/** @brief Weekly mean trust (0-10) over the weeks, one line per partner; gaps of over a month break the line. */
void drawTrustChart(
    QPainter& painter, const QRectF& area, const std::vector<TrustLine>& lines, const Typography& type, Units units);

/**
 * @brief Kept, missed and unmarked commitments per period as stacked bars. Weeks are grouped
 * (2, 4, 13, 26 or 52 to a bar) when there are too many to tell apart; the caption says how many.
 */
void drawConsistencyChart(QPainter& painter, const QRectF& area, const std::vector<workbook::ConsistencyWeek>& weeks,
    const Typography& type, Units units);

/** @brief How many weeks go into one bar of the consistency chart for @p weekCount weeks. */
int weeksPerBar(std::size_t weekCount);

} // namespace tw::exporting
