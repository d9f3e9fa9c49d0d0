// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncStatus.h"

#include <QObject>
#include <QTimer>

namespace tw::app {

class AppContext;

/**
 * @brief When and how the unlocked workbook syncs through the partner's sync folder: at unlock
 * (once the partner's first pages are done), at lock and at quit while the keys still exist, and
 * after two idle minutes; never while someone types, so the other devices see sessions, not
 * keystrokes. Runs on the UI thread (a sync of a small folder takes milliseconds) and never
 * throws: whatever stops a sync becomes the status line, and locking goes on.
 *
 * The folder is the unlocked partner's own choice, kept in their private store (each partner may
 * sync to a different folder), never in the settings file the other partner can edit.
 */
class SyncController : public QObject {
    Q_OBJECT
public:
    /** @brief The private setting holding the sync folder's path (absent or empty: no sync). */
    static constexpr const char* kFolderKey = "app.sync-folder";
    static constexpr int kIdleMs = 2 * 60 * 1000;

    explicit SyncController(AppContext& context, QObject* parent = nullptr);
    ~SyncController() override;

    /** @brief The unlocked partner's sync folder, or empty. */
    [[nodiscard]] QString folder() const { return m_folder; }
    /**
     * @brief Why @p folder cannot be the sync folder of the workbook in @p dataDir (it holds the
     * workbook, or the workbook's folder sits inside a folder a sync tool manages), or empty.
     */
    [[nodiscard]] static QString refusal(const QString& folder, const QString& dataDir);
    /**
     * @brief Syncs into @p folder and, if that worked, remembers it for the unlocked partner. False
     * when refused or when the first sync failed: the status says why, and the folder before stays.
     */
    bool setFolder(const QString& folder);
    /** @brief Stops syncing on this computer for this partner; the folder is left as it is. */
    void stopSyncing();

    /** @brief Syncs now, if a folder is chosen and a partner is unlocked ("Sync now", tests). */
    void syncNow();
    /** @brief The first sync after unlocking; the main window calls it once the partner's first pages are done. */
    void syncAfterUnlock();
    [[nodiscard]] const SyncStatus& status() const { return m_status; }
    /** @brief The quiet time before a sync; tests shorten it. */
    void setIdleMs(int ms);
    [[nodiscard]] bool idleTimerActive() const { return m_idle.isActive(); }

signals:
    void statusChanged();
    /** @brief A sync while unlocked took in changes from other devices: views show them again. */
    void changesArrived();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class When { Unlock, Idle, Request, Lock };
    void run(When when);
    void locked();
    void setStatus(SyncStatus status);

    AppContext& m_context;
    QString m_folder;
    SyncStatus m_status;
    QTimer m_idle;
    bool m_running = false;
};

} // namespace tw::app
