// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

#include <algorithm>

namespace tw::app {
namespace {

const QEvent::Type kKeepAwake = static_cast<QEvent::Type>(QEvent::registerEventType());

} // namespace

void IdleLock::keepAwake()
{
    QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(kKeepAwake));
}

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
    , m_clock([] {
        static const QElapsedTimer started = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return started.elapsed();
    })
{
    // Activity only records the time; the timer then checks the clock and waits for the rest, so the
    // clock alone decides (and tests can drive it without waiting).
    m_timer.setSingleShot(true);
    setTimeoutMinutes(5);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
    schedule();
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(std::max(1, minutes) * 60 * 1000);
}

void IdleLock::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = milliseconds;
    schedule();
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    m_lastActivity = m_clock();
    schedule();
}

void IdleLock::activity()
{
    if (m_active) {
        m_lastActivity = m_clock();
    }
}

void IdleLock::schedule()
{
    if (!m_active) {
        m_timer.stop();
        return;
    }
    const qint64 rest = m_timeoutMs - (m_clock() - m_lastActivity);
    m_timer.start(static_cast<int>(std::clamp<qint64>(rest, 0, m_timeoutMs)));
}

void IdleLock::check()
{
    if (!m_active) {
        return;
    }
    if (m_clock() - m_lastActivity >= m_timeoutMs) {
        emit idle();
    } else {
        schedule();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == kKeepAwake) {
        activity();
        return true;
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tw::app
