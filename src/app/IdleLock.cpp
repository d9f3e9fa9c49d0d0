// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

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
{
    m_timer.setSingleShot(true);
    setTimeoutMinutes(5);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active) {
            emit idle();
        }
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(std::max(1, minutes) * 60 * 1000);
}

void IdleLock::setTimeoutMs(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_active) {
        m_timer.start();
    }
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    if (active) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == kKeepAwake && m_active) {
        m_timer.start();
        return true;
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active) {
            m_timer.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tw::app
