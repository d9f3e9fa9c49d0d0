// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TogetherMode.h"

#include "AppContext.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QtConcurrent>

namespace tw::app {

TogetherMode::TogetherMode(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TogetherMode::finish);
}

TogetherMode::~TogetherMode()
{
    m_watcher.waitForFinished();
    // The window that listens is being torn down: wipe the keys without telling it.
    blockSignals(true);
    end();
}

QString TogetherMode::otherName() const
{
    const auto* session = m_context.session();
    const auto* other = session ? session->otherPartner() : nullptr;
    return other ? QString::fromStdString(other->name) : QString();
}

void TogetherMode::start(crypto::SecretBytes passphrase)
{
    const auto* session = m_context.session();
    const auto* other = session ? session->otherPartner() : nullptr;
    if (m_busy || active() || !other) {
        return;
    }
    m_busy = true;
    m_cancelled = false;
    auto secret = std::make_shared<crypto::SecretBytes>(std::move(passphrase));
    const std::string dir = m_context.dataDir().toStdString();
    const std::string name = other->name;
    const workbook::Options options = m_context.options();
    m_watcher.setFuture(QtConcurrent::run([dir, name, secret, options]() -> Outcome {
        Outcome outcome;
        try {
            outcome.session = workbook::Workbook::unlock(dir, name, *secret, options);
        } catch (const Error& e) {
            outcome.error = e.kind();
            outcome.message = QString::fromStdString(e.what());
        }
        secret->wipe();
        return outcome;
    }));
}

void TogetherMode::finish()
{
    m_busy = false;
    Outcome outcome = m_watcher.result();
    // Locked while the key was being derived: the new session must not outlive the first one.
    if (m_cancelled || !m_context.session()) {
        if (outcome.session) {
            outcome.session->lock();
        }
        return;
    }
    if (!outcome.session) {
        emit failed(outcome.error == ErrorKind::WrongSecret
                ? tr("That passphrase is not right. Check Caps Lock and try again.")
                : tr("Could not open your side of the workbook: %1").arg(outcome.message));
        return;
    }
    m_companion = std::move(outcome.session);
    tw::log::get("app")->info("together time started");
    emit started();
}

void TogetherMode::end()
{
    m_cancelled = m_busy;
    if (!m_companion) {
        return;
    }
    m_companion->lock();
    m_companion.reset();
    tw::log::get("app")->info("together time ended");
    emit ended();
}

} // namespace tw::app
