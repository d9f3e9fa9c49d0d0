// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressView.h"

#include "AgreementsPanel.h"
#include "ChartPanel.h"
#include "ChartRequests.h"
#include "DashboardData.h"
#include "Labels.h"
#include "ProgressTables.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tw::app {
namespace {

QScrollArea* scrolling(QWidget* page, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

} // namespace

ProgressView::ProgressView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(boldLabel(tr("Progress"), this, 1.6));
    auto* intro = new QLabel(tr("Trust comes back through small actions repeated over weeks. This is a record to look "
                                "at together, not a score: there is nothing to win, and no pace is the right one."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Progress sections"));
    layout->addWidget(m_tabs, 1);

    m_trust = new ChartPanel(tr("Trust over weeks"),
        tr("The average of each week's trust thermometer check-ins (0-10). Your own check-ins are always here; your "
           "partner's appear only if they share them, and then the dashed line shows the distance between you."),
        this);
    m_tabs->addTab(scrolling(m_trust, m_tabs), tr("Trust over weeks"));

    m_consistency = new ChartPanel(tr("Consistency record"),
        tr("For each week: how many small promises were due and how many were kept. Weeks with nothing due are "
           "fine, and a missed promise is part of an honest record, not a verdict."),
        this);
    m_tabs->addTab(scrolling(m_consistency, m_tabs), tr("Consistency"));

    m_steps = new ChartPanel(tr("Steps of the path"),
        tr("How many exercises of each step are marked done. For your partner this counts only exercises they "
           "marked done: never what they wrote, or when."),
        this);
    m_tabs->addTab(scrolling(m_steps, m_tabs), tr("Steps"));

    m_agreements = new AgreementsPanel(this);
    m_tabs->addTab(scrolling(m_agreements, m_tabs), tr("Agreements"));

    auto* triggers = new QWidget(this);
    auto* triggerLayout = new QVBoxLayout(triggers);
    triggerLayout->setContentsMargins(0, 0, 0, 0);
    auto* privateNote = boldLabel(
        tr("Only you can see this page. Your partner never sees your trigger patterns, not even as numbers."),
        triggers);
    privateNote->setContentsMargins(24, 16, 24, 0);
    privateNote->setFocusPolicy(Qt::TabFocus);
    triggerLayout->addWidget(privateNote);
    m_triggerSummary = new QLabel(triggers);
    m_triggerSummary->setWordWrap(true);
    m_triggerSummary->setContentsMargins(24, 0, 24, 0);
    triggerLayout->addWidget(m_triggerSummary);
    m_weekdays = new ChartPanel(tr("Triggers by weekday"),
        tr("Which days your logged triggers came on. Knowing a hard day is coming helps you plan for it."), triggers);
    triggerLayout->addWidget(m_weekdays);
    m_times = new ChartPanel(
        tr("Triggers by time of day"), tr("Which part of the day your logged triggers came in."), triggers);
    triggerLayout->addWidget(m_times);
    triggerLayout->addStretch();
    m_tabs->addTab(scrolling(triggers, m_tabs), tr("My trigger patterns"));

    connect(m_agreements, &AgreementsPanel::openExercise, this, &ProgressView::openExercise);
    connect(m_agreements, &AgreementsPanel::reviewed, this, &ProgressView::reload);
}

void ProgressView::clear()
{
    m_context = nullptr;
    m_agreements->clear();
    for (auto* panel : {m_trust, m_consistency, m_steps, m_weekdays, m_times}) {
        panel->setEmpty(QString());
    }
    m_triggerSummary->clear();
}

void ProgressView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void ProgressView::refresh(EditorContext& context, bool individualOnly)
{
    m_context = &context;
    m_individualOnly = individualOnly;
    reload();
}

void ProgressView::reload()
{
    if (!m_context) {
        return;
    }
    auto& context = *m_context;
    const auto dashboard = loadDashboard(context);
    const QString partner = context.partnerName();
    const bool solo = context.session.isSolo();

    if (dashboard.myTrend.points.empty() && dashboard.partnerTrend.points.empty()) {
        m_trust->setEmpty(tr("No check-ins yet. Each week you answer the trust thermometer, a point appears here, so "
                             "you can see how trust moves over time rather than from one hard day."));
    } else {
        m_trust->setContent(trustChart(dashboard, partner), trustTable(dashboard, partner));
    }
    m_trust->setNote(solo || !dashboard.partnerTrend.points.empty()
            ? QString()
            : tr("%1's check-ins appear here only if they choose to share them.").arg(partner));

    if (dashboard.myConsistency.empty() && dashboard.partnerConsistency.empty()) {
        m_consistency->setEmpty(tr("No commitments with a due day yet. Once you make small promises with a day to "
                                   "keep them, each week shows how many were due and how many were kept."));
    } else {
        m_consistency->setContent(consistencyChart(dashboard, partner), consistencyTable(dashboard, partner));
    }
    m_consistency->setNote(solo || !dashboard.partnerConsistency.empty()
            ? QString()
            : tr("%1's commitments count here only when they share them.").arg(partner));

    const auto steps = stepRows(context, m_individualOnly);
    if (steps.empty()) {
        m_steps->setEmpty(tr("The four steps appear here as you work through them."));
    } else {
        m_steps->setContent(stepsChart(steps, partner), stepsTable(steps, partner));
    }

    m_agreements->refresh(context, dashboard);

    const auto& triggers = dashboard.myTriggers;
    m_triggerSummary->setVisible(triggers.count > 0);
    if (triggers.count == 0) {
        m_triggerSummary->clear();
        const QString empty = tr("No triggers logged yet. When you use a trigger log, this shows which days and "
                                 "times of day they tend to come, so you can plan for them.");
        m_weekdays->setEmpty(empty);
        m_times->setEmpty(QString());
        m_times->setVisible(false);
    } else {
        m_triggerSummary->setText(triggers.count == 1
                ? tr("One trigger logged, intensity %1 of 10.").arg(meanText(triggers.meanIntensity))
                : tr("%n trigger(s) logged; on average, their intensity is %1 of 10.", nullptr, triggers.count)
                      .arg(meanText(triggers.meanIntensity)));
        m_weekdays->setContent(
            countsChart(weekdayNames(true), {triggers.byWeekday.begin(), triggers.byWeekday.end()}, tr("Triggers")),
            weekdayTable(triggers));
        m_times->setVisible(true);
        m_times->setContent(
            countsChart(timeOfDayNames(), {triggers.byTimeOfDay.begin(), triggers.byTimeOfDay.end()}, tr("Triggers")),
            timeOfDayTable(triggers));
    }
}

} // namespace tw::app
