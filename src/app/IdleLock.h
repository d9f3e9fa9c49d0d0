// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace tw::app {

/**
 * @brief Watches keyboard and mouse input application-wide and emits idle() after the configured
 * quiet time, so an unattended workbook locks itself (as KeePassXC's InactivityTimer does).
 */
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    void setTimeoutMinutes(int minutes);
    /** @brief The same in milliseconds; tests use it to avoid waiting minutes. */
    void setTimeoutMs(int milliseconds);
    void setActive(bool active);
    /**
     * @brief Counts as activity without input: a running conversation timer calls this, because
     * nobody touches the computer while a partner speaks for several minutes.
     */
    static void keepAwake();

    /** @brief Milliseconds on a monotonic clock; tests inject their own and call check(). */
    using Clock = std::function<qint64()>;
    void setClock(Clock clock);
    /** @brief Emits idle() if the quiet time has passed on the clock, else waits for the rest. */
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activity();
    void schedule();

    QTimer m_timer;
    Clock m_clock;
    qint64 m_lastActivity = 0;
    qint64 m_timeoutMs = 0;
    bool m_active = false;
};

} // namespace tw::app
