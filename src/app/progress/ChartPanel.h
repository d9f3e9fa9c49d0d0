// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableModel.h"
#include "charts/ChartsApi.h"

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace tw::app {

/**
 * @brief One progress section: a heading, a sentence on what it shows, a chart, and the same
 * numbers as a table right below it (the chart's text alternative, reachable with Tab). When there
 * is nothing to show yet, a sentence says what will appear instead of an empty chart. The chart
 * comes from the charts module (modules/Modules.h); should it be missing, the table still shows
 * and a line says why there is no chart.
 */
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    ChartPanel(const QString& title, const QString& intro, QWidget* parent = nullptr);

    /** @brief Draws @p chart and shows @p table. */
    void setContent(const charts::Request& chart, TableData table);
    /** @brief Hides chart and table and explains what will appear here. */
    void setEmpty(const QString& explanation);
    /** @brief A short line under the heading for a summary or a note; empty hides it. */
    void setNote(const QString& note);

    [[nodiscard]] TableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* tableView() const { return m_table; }
    /** @brief The module's chart view (a QChartView); nullptr when the module could not be loaded. */
    [[nodiscard]] QWidget* chartView() const { return m_chartView; }
    [[nodiscard]] bool isEmptyState() const;
    [[nodiscard]] QString emptyText() const;

protected:
    QVBoxLayout* m_layout = nullptr;

private:
    QLabel* m_note = nullptr;
    QLabel* m_empty = nullptr;
    const charts::Api* m_charts = nullptr; ///< the module, for as long as the process lives
    QWidget* m_chartView = nullptr;
    QLabel* m_noChart = nullptr;
    QLabel* m_tableCaption = nullptr;
    QTableView* m_table = nullptr;
    TableModel* m_model = nullptr;
};

} // namespace tw::app
