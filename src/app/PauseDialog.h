// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTime>
#include <QTimer>

class QLabel;
class QTimeEdit;

namespace tw::app {

/**
 * @brief A time-out: a break of at least 20 minutes (the body needs that long to settle after
 * flooding), a chosen time to come back, and a short self-soothing guide.
 */
class PauseDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMinimumBreakMinutes = 20;
    explicit PauseDialog(QWidget* parent = nullptr, int breakMinutes = kMinimumBreakMinutes);
    [[nodiscard]] QTime returnTime() const;

private:
    void tick();
    QTimeEdit* m_return = nullptr;
    QLabel* m_remaining = nullptr;
    QTimer m_timer;
};

} // namespace tw::app
