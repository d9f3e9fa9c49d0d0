// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"

#include "tw/base/Error.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Session.h"

namespace tw::app {

AppContext::AppContext(QString dataDir, workbook::Options options, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
{
}

AppContext::~AppContext()
{
    lock();
}

bool AppContext::workbookExists() const
{
    return workbook::Paths(m_dataDir.toStdString()).workbookExists();
}

QStringList AppContext::partnerNames() const
{
    QStringList names;
    try {
        for (const auto& name : workbook::Workbook::info(m_dataDir.toStdString()).names) {
            names << QString::fromStdString(name);
        }
    } catch (const Error&) {
        // The unlock screen reports a damaged key file when someone tries to unlock.
    }
    return names;
}

void AppContext::setSession(std::shared_ptr<workbook::Session> session)
{
    m_session = std::move(session);
    if (m_session) {
        emit unlocked();
    }
}

std::shared_ptr<workbook::Session> AppContext::detachSession()
{
    if (!m_session) {
        return nullptr;
    }
    m_work.waitForFinished();
    emit aboutToLock();
    auto session = std::move(m_session);
    m_session.reset();
    emit locked();
    return session;
}

void AppContext::lock()
{
    m_work.waitForFinished();
    const bool wasUnlocked = static_cast<bool>(m_session);
    if (wasUnlocked) {
        // Views save pending edits while the keys still exist; then they are written out.
        emit aboutToLock();
        emit aboutToWipeKeys();
    }
    if (m_session) {
        m_session->lock();
    }
    m_session.reset();
    if (wasUnlocked) {
        emit locked();
    }
}

} // namespace tw::app
