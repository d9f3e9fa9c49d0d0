// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPanel.h"

#include "Labels.h"
#include "modules/Modules.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tw::app {
namespace {

QLabel* paragraph(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ChartPanel::ChartPanel(const QString& title, const QString& intro, QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(24, 16, 24, 16);
    m_layout->setSpacing(8);
    m_layout->addWidget(headingLabel(title, this));
    auto* introLabel = paragraph(this);
    introLabel->setText(intro);
    m_layout->addWidget(introLabel);
    m_note = paragraph(this);
    m_note->setVisible(false);
    m_layout->addWidget(m_note);
    m_empty = paragraph(this);
    m_empty->setVisible(false);
    // Focusable so a keyboard user who tabs into an empty section hears why it is empty.
    m_empty->setFocusPolicy(Qt::TabFocus);
    m_layout->addWidget(m_empty);

    m_charts = modules::charts();
    if (m_charts) {
        m_chartView = m_charts->newView(this);
        m_chartView->setAccessibleName(tr("%1, as a chart").arg(title));
        m_chartView->setAccessibleDescription(tr("The table below the chart has the same numbers."));
        m_layout->addWidget(m_chartView, 1);
    } else {
        // The numbers are all in the table; say plainly why there is no picture of them.
        m_noChart = paragraph(this);
        const QString text = tr("The chart cannot be drawn: a part of Trustwork is missing (%1). The table below "
                                "has the same numbers.");
        m_noChart->setText(text.arg(QString::fromLatin1(charts::kFile)));
        m_noChart->setVisible(false);
        m_layout->addWidget(m_noChart);
    }

    m_tableCaption = boldLabel(tr("The same numbers as a table"), this);
    m_layout->addWidget(m_tableCaption);
    m_model = new TableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1, as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    m_layout->addWidget(m_table, 1);
    // Takes the spare height when chart and table are hidden, so an empty state stays at the top.
    m_layout->addStretch();
}

void ChartPanel::setContent(const charts::Request& chart, TableData table)
{
    if (m_chartView) {
        m_charts->show(m_chartView, chart);
        m_chartView->setVisible(true);
    } else {
        m_noChart->setVisible(true);
    }
    m_model->setData(std::move(table));
    m_empty->setVisible(false);
    m_tableCaption->setVisible(true);
    m_table->setVisible(true);
}

void ChartPanel::setEmpty(const QString& explanation)
{
    m_model->setData({});
    m_empty->setText(explanation);
    m_empty->setAccessibleName(explanation);
    m_empty->setVisible(true);
    if (m_chartView) {
        m_chartView->setVisible(false);
    } else {
        m_noChart->setVisible(false);
    }
    m_tableCaption->setVisible(false);
    m_table->setVisible(false);
}

void ChartPanel::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool ChartPanel::isEmptyState() const
{
    return !m_empty->isHidden();
}

QString ChartPanel::emptyText() const
{
    return m_empty->text();
}

} // namespace tw::app
