// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autosave.h"

#include "tw/base/Error.h"
#include "tw/base/Logging.h"

namespace tw::app {

Autosave::Autosave(std::function<void()> save, QObject* parent)
    : QObject(parent)
    , m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::run);
}

void Autosave::schedule()
{
    m_timer.start();
}

void Autosave::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        run();
    }
}

void Autosave::run()
{
    try {
        m_save();
        emit saved();
    } catch (const Error& e) {
        // The log gets the kind only; the message may name a path but never the user's words.
        tw::log::get("app")->warn("autosave failed (kind {})", static_cast<int>(e.kind()));
        emit failed(QString::fromStdString(e.what()));
    }
}

} // namespace tw::app
