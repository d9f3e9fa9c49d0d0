// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QGridLayout;

namespace tw::app {

/** @brief One of the four steps as the journey shows it. */
struct JourneyStep {
    QString label; ///< "Step 1"
    QString title; ///< the module's title
    QString nextExerciseId; ///< where "continue" leads: the first exercise I have not done, else the first
    int total = 0;
    int doneByMe = 0;
    int doneByPartner = 0;
};

/**
 * @brief The four steps as a path: a station per step joined by a line, each with how far I have
 * come and how far my partner has come, in words and as two bars (never colour alone). The first
 * step with work left for me is marked "You are here". Stations sit in a row, or in two rows or
 * one column when the text is large or the window narrow.
 */
class StepJourney : public QWidget {
    Q_OBJECT
public:
    explicit StepJourney(QWidget* parent = nullptr);
    /** @brief @p partnerName empty: working alone, only my progress is shown. */
    void setSteps(const std::vector<JourneyStep>& steps, const QString& partnerName);
    /** @brief How many stations sit side by side now (4, 2 or 1). */
    [[nodiscard]] int columns() const { return m_columns; }

signals:
    void openExercise(const QString& id);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void arrange();
    [[nodiscard]] int stationMinimumWidth() const;

    QGridLayout* m_grid = nullptr;
    std::vector<QWidget*> m_stations;
    std::vector<QWidget*> m_badges;
    int m_columns = 0;
};

/** @brief A thin bar from 0 to @p total: how much of a step is done. */
class ProgressLine : public QWidget {
    Q_OBJECT
public:
    ProgressLine(int done, int total, bool partner, QWidget* parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_done;
    int m_total;
    bool m_partner;
};

} // namespace tw::app
