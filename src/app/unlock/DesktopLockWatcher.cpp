// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopLockWatcher.h"

#include "tw/base/Logging.h"

#include <QDBusConnection>
#include <QMetaMethod>

namespace tw::app {

namespace {

/**
 * QDBusConnection::connect takes its receiver as a signature string only. The signature is taken
 * from a signal of ours through QMetaMethod::fromSignal, so it is checked when compiling: the bus
 * signal is relayed to that Qt signal, which is connected to its handler in the functor form.
 */
template <typename Signal> QByteArray relayTo(Signal signal)
{
    return QByteArray::number(QSIGNAL_CODE) + QMetaMethod::fromSignal(signal).methodSignature();
}

} // namespace

DesktopLockWatcher::DesktopLockWatcher(QObject* parent)
    : QObject(parent)
{
    connect(this, &DesktopLockWatcher::screenSaverActiveChanged, this, &DesktopLockWatcher::screenSaverChanged);
    connect(this, &DesktopLockWatcher::preparingForSleep, this, &DesktopLockWatcher::prepareForSleep);
    // Empty service and path: whichever screen saver or logind sends it.
    auto session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        const QByteArray relay = relayTo(&DesktopLockWatcher::screenSaverActiveChanged);
        for (const QString& interface :
            {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
            m_session |= session.connect(
                QString(), QString(), interface, QStringLiteral("ActiveChanged"), this, relay.constData());
        }
    }
    auto system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_system = system.connect(QString(), QString(), QStringLiteral("org.freedesktop.login1.Manager"),
            QStringLiteral("PrepareForSleep"), this, relayTo(&DesktopLockWatcher::preparingForSleep).constData());
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
