// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace tw::app {

/**
 * @brief Says when the desktop locks its screen or the machine is about to sleep, so Trustwork
 * locks too: a locked screen or a closed lid is when a workbook is most often left open.
 *
 * Listens on the local D-Bus only (QtDBus, Unix sockets): org.freedesktop.ScreenSaver
 * ActiveChanged(true) and its GNOME twin on the session bus, and logind's
 * org.freedesktop.login1.Manager PrepareForSleep(true) on the system bus. Signals are matched by
 * interface and member from any sender. Without a bus (a bare X session, a container) it does
 * nothing; the idle lock still works.
 */
class DesktopLockWatcher : public QObject {
    Q_OBJECT
public:
    explicit DesktopLockWatcher(QObject* parent = nullptr);

    /** @brief Whether the session and the system bus could be watched (for the log and tests). */
    [[nodiscard]] bool watchingSession() const { return m_session; }
    [[nodiscard]] bool watchingSystem() const { return m_system; }

signals:
    void lockRequested();
    /** @brief Relays of the bus signals (see the constructor); not for other receivers. */
    void screenSaverActiveChanged(bool active);
    void preparingForSleep(bool starting);

private:
    void screenSaverChanged(bool active);
    void prepareForSleep(bool starting);

private:
    bool m_session = false;
    bool m_system = false;
};

} // namespace tw::app
