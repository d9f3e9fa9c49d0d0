// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopLockWatcher.h"

#include "tw/base/Logging.h"

#include <QDBusConnection>

namespace tw::app {

DesktopLockWatcher::DesktopLockWatcher(QObject* parent)
    : QObject(parent)
{
    // Empty service and path: whichever screen saver or logind sends it.
    auto session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString& interface :
            {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
            m_session |= session.connect(
                QString(), QString(), interface, QStringLiteral("ActiveChanged"), this, SLOT(screenSaverChanged(bool)));
        }
    }
    auto system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_system = system.connect(QString(), QString(), QStringLiteral("org.freedesktop.login1.Manager"),
            QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
    }
    tw::log::get("app")->debug(
        "desktop lock watcher: session bus {}, system bus {}", m_session ? "yes" : "no", m_system ? "yes" : "no");
}

void DesktopLockWatcher::screenSaverChanged(bool active)
{
    if (active) {
        tw::log::get("app")->debug("screen locked by the desktop");
        emit lockRequested();
    }
}

void DesktopLockWatcher::prepareForSleep(bool starting)
{
    if (starting) {
        tw::log::get("app")->debug("machine going to sleep");
        emit lockRequested();
    }
}

} // namespace tw::app
