// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tw::app {
namespace {

class FirstPaintFilter : public QObject {
public:
    FirstPaintFilter(QWidget* window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            // After this paint, not inside it: the frame reaches the screen first.
            QTimer::singleShot(0, watched, std::exchange(m_then, nullptr));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstPaint(QWidget* window, std::function<void()> then)
{
    new FirstPaintFilter(window, std::move(then));
}

} // namespace tw::app
