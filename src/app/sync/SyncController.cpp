// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "AppContext.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>

#include <algorithm>
#include <exception>

namespace tw::app {
namespace {

/** Whether @p inner is @p outer or lies below it (both made absolute and clean). */
bool contains(const QString& outer, const QString& inner)
{
    const QString a = QDir::cleanPath(QFileInfo(outer).absoluteFilePath());
    const QString b = QDir::cleanPath(QFileInfo(inner).absoluteFilePath());
    return b == a || b.startsWith(a.endsWith(QLatin1Char('/')) ? a : a + QLatin1Char('/'));
}

} // namespace

SyncController::SyncController(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { run(When::Idle); });
    // The last moment with keys: the views have saved what was typed, the keys are not wiped yet.
    connect(&m_context, &AppContext::aboutToWipeKeys, this, [this] { run(When::Lock); });
    connect(&m_context, &AppContext::locked, this, &SyncController::locked);
    QCoreApplication::instance()->installEventFilter(this);
}

SyncController::~SyncController()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool SyncController::eventFilter(QObject* watched, QEvent* event)
{
    // Typing or clicking puts the next sync two quiet minutes away: a session, not its keystrokes.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (m_idle.isActive()) {
            m_idle.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SyncController::setIdleMs(int ms)
{
    m_idle.setInterval(ms);
    if (m_idle.isActive()) {
        m_idle.start();
    }
}

QString SyncController::refusal(const QString& folder, const QString& dataDir)
{
    if (folder.trimmed().isEmpty()) {
        return tr("Choose a folder first.");
    }
    if (contains(folder, dataDir)) {
        return tr("This folder holds the workbook itself. A sync tool would copy the live workbook and its journal "
                  "apart, which can lose writing. Choose a folder of its own, outside %1.")
            .arg(QDir::toNativeSeparators(dataDir));
    }
    if (contains(dataDir, folder)) {
        return tr("This folder is inside the workbook's own folder. Choose a folder of its own, outside %1.")
            .arg(QDir::toNativeSeparators(dataDir));
    }
    try {
        workbook::SyncFolder::refuseManagedDataDir(dataDir.toStdString());
    } catch (const Error&) {
        return tr("The workbook's own folder %1 is inside a folder that a sync tool manages. A sync tool copies a "
                  "live workbook and its journal apart, which can lose writing. Move the workbook's folder out of "
                  "it; Trustwork then syncs through a folder of its own.")
            .arg(QDir::toNativeSeparators(dataDir));
    }
    return {};
}

bool SyncController::setFolder(const QString& folder)
{
    auto* session = m_context.session();
    if (!session) {
        return false;
    }
    if (const QString why = refusal(folder, m_context.dataDir()); !why.isEmpty()) {
        SyncStatus refused;
        refused.state = SyncStatus::State::Stopped;
        refused.summary = why;
        setStatus(std::move(refused));
        return false;
    }
    const QString previous = m_folder;
    const QString chosen = QDir::cleanPath(folder);
    try {
        session->setPrivateSetting(kFolderKey, chosen.toStdString());
    } catch (const Error& e) {
        setStatus(describeSyncError(e, folder));
        return false;
    }
    m_folder = chosen;
    run(When::Request);
    if (m_status.state == SyncStatus::State::Synced) {
        tw::log::get("app")->info("sync folder chosen");
        return true;
    }
    // A folder whose first sync failed (someone's photos, a newer format) is not kept: the status
    // says why, and the folder used before (if any) stays in use.
    m_folder = previous;
    try {
        session->setPrivateSetting(kFolderKey, previous.toStdString());
    } catch (const Error& e) {
        tw::log::get("app")->warn("could not restore the sync folder (error kind {})", static_cast<int>(e.kind()));
    }
    return false;
}

void SyncController::stopSyncing()
{
    if (auto* session = m_context.session()) {
        try {
            session->setPrivateSetting(kFolderKey, "");
        } catch (const Error& e) {
            tw::log::get("app")->warn("could not forget the sync folder (error kind {})", static_cast<int>(e.kind()));
        }
    }
    m_folder.clear();
    m_idle.stop();
    setStatus({});
}

void SyncController::syncAfterUnlock()
{
    m_folder.clear();
    if (auto* session = m_context.session()) {
        try {
            m_folder = QString::fromStdString(session->privateSetting(kFolderKey).value_or(""));
        } catch (const Error& e) {
            tw::log::get("app")->warn("sync folder setting unreadable (error kind {})", static_cast<int>(e.kind()));
        }
    }
    run(When::Unlock);
}

void SyncController::syncNow()
{
    run(When::Request);
}

void SyncController::run(When when)
{
    auto* session = m_context.session();
    if (!session || session->isLocked() || m_folder.isEmpty() || m_running) {
        if (m_folder.isEmpty()) {
            setStatus({});
        }
        return;
    }
    m_running = true;
    SyncStatus status;
    bool arrived = false;
    if (!QFileInfo(m_folder).isDir()) {
        // The engine would create it; a drive that is not mounted must not get a new empty folder instead.
        status = describeMissingFolder(QDir::toNativeSeparators(m_folder));
    } else if (const QString why = refusal(m_folder, m_context.dataDir()); !why.isEmpty()) {
        status.state = SyncStatus::State::Stopped;
        status.summary = why;
    } else {
        try {
            const auto report = workbook::SyncFolder(m_folder.toStdString()).sync(*session);
            const auto devices = workbook::SyncFolder::devices(*session);
            const int others = static_cast<int>(workbook::SyncFolder::entriesWithOtherVersions(*session).size());
            status = describeSync(report, devices, session->me().name, others, session->nowMs());
            arrived = report.imported > 0;
            tw::log::get("app")->info(
                "synced: {} in, published {}, {} damaged", report.imported, report.published, report.damaged.size());
        } catch (const Error& e) {
            status = describeSyncError(e, QDir::toNativeSeparators(m_folder));
            tw::log::get("app")->warn("sync stopped (error kind {})", static_cast<int>(e.kind()));
        } catch (const std::exception&) {
            // Never in the way of a lock: the keys go whatever happened here.
            status = describeSyncError(
                Error(ErrorKind::Internal, tr("An unexpected error stopped the sync.").toStdString()), m_folder);
            tw::log::get("app")->error("sync stopped by an unexpected exception");
        }
    }
    m_running = false;
    if (when == When::Lock) {
        return; // the status line goes with the session
    }
    setStatus(std::move(status));
    if (arrived) {
        emit changesArrived();
    }
    m_idle.start();
}

void SyncController::locked()
{
    m_idle.stop();
    m_folder.clear();
    setStatus({});
}

void SyncController::setStatus(SyncStatus status)
{
    m_status = std::move(status);
    emit statusChanged();
}

} // namespace tw::app
