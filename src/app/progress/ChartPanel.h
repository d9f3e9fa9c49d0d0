// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableModel.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace tw::app {

/**
 * @brief One progress section: a heading, a sentence on what it shows, a chart, and the same
 * numbers as a table right below it (the chart's text alternative, reachable with Tab). When there
 * is nothing to show yet, a sentence says what will appear instead of an empty chart.
 */
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    ChartPanel(const QString& title, const QString& intro, QWidget* parent = nullptr);

    /** @brief Shows @p chart (taking ownership) and @p table. */
    void setContent(QChart* chart, TableData table);
    /** @brief Hides chart and table and explains what will appear here. */
    void setEmpty(const QString& explanation);
    /** @brief A short line under the heading for a summary or a note; empty hides it. */
    void setNote(const QString& note);

    [[nodiscard]] TableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* tableView() const { return m_table; }
    [[nodiscard]] QChartView* chartView() const { return m_chartView; }
    [[nodiscard]] bool isEmptyState() const;
    [[nodiscard]] QString emptyText() const;

protected:
    QVBoxLayout* m_layout = nullptr;

private:
    QLabel* m_note = nullptr;
    QLabel* m_empty = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_tableCaption = nullptr;
    QTableView* m_table = nullptr;
    TableModel* m_model = nullptr;
};

/** @brief Light or dark chart colours to match the application palette. */
void styleChart(QChart* chart);

} // namespace tw::app
