// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace tw::app {

class AgreementsPanel;
class ChartPanel;

/**
 * @brief Step 4 made visible: trust over weeks, the consistency record, where each of us is on the
 * path, the agreements register and (for their author only) trigger patterns. A record to look at
 * together, never a score: no ranks, no streaks, nothing about who is ahead.
 */
class ProgressView : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Trust, Consistency, Steps, Agreements, Triggers };

    explicit ProgressView(QWidget* parent = nullptr);
    void refresh(EditorContext& context, bool individualOnly);
    void clear();
    void showTab(Tab tab);

    [[nodiscard]] ChartPanel* trustPanel() const { return m_trust; }
    [[nodiscard]] ChartPanel* consistencyPanel() const { return m_consistency; }
    [[nodiscard]] ChartPanel* stepsPanel() const { return m_steps; }
    [[nodiscard]] AgreementsPanel* agreementsPanel() const { return m_agreements; }
    [[nodiscard]] ChartPanel* weekdayPanel() const { return m_weekdays; }
    [[nodiscard]] ChartPanel* timeOfDayPanel() const { return m_times; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

signals:
    void openExercise(const QString& id);

private:
    void reload();

    EditorContext* m_context = nullptr;
    bool m_individualOnly = false;
    QTabWidget* m_tabs = nullptr;
    ChartPanel* m_trust = nullptr;
    ChartPanel* m_consistency = nullptr;
    ChartPanel* m_steps = nullptr;
    AgreementsPanel* m_agreements = nullptr;
    QLabel* m_triggerSummary = nullptr;
    ChartPanel* m_weekdays = nullptr;
    ChartPanel* m_times = nullptr;
};

} // namespace tw::app
