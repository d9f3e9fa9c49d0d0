// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CurriculumLoader.h"
#include "Settings.h"
#include "settings/PackConsent.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;

namespace tw::app {

class ActionBar;
class AppContext;
class DesktopLockWatcher;
class FirstRunWizard;
class HandOverPage;
class IdleLock;
class UnlockNoticeBar;
class TogetherMode;
class ReminderNotifier;
class SyncController;
class SyncStatusLine;
class UnlockPage;
class Workspace;
namespace therapist {
class CoupleTherapist;
}

/**
 * @brief The shell: the unlock screen or the workspace, with Pause, Lock, Switch partner,
 * Settings and Quick exit always in reach.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppContext& context, CurriculumSource curriculum, QWidget* parent = nullptr);

    [[nodiscard]] UnlockPage* unlockPage() const { return m_unlockPage; }
    /** @brief Built on the first unlock, so the unlock screen shows sooner; nullptr before. */
    [[nodiscard]] Workspace* workspace() const { return m_workspace; }
    [[nodiscard]] bool showingUnlock() const;
    /** @brief Hides the window at once, then locks and wipes every key. */
    void quickExit();
    /** @brief Opens the export dialog for the unlocked partner (modal; closed on lock). */
    void exportJournal();
    [[nodiscard]] ReminderNotifier* reminderNotifier() const { return m_notifier; }
    /** @brief Therapist mode on the couple's side: importing assignments, sending reports. */
    [[nodiscard]] therapist::CoupleTherapist* coupleTherapist() const { return m_therapist; }
    /** @brief What the unlocked partner was told on unlocking (notices, last visit, packs). */
    [[nodiscard]] UnlockNoticeBar* noticeBar() const { return m_notices; }
    /** @brief The page shown while a partner is added; nullptr until the first hand-over. */
    [[nodiscard]] HandOverPage* handOverPage() const { return m_handOver; }
    /** @brief The partner's own first pages, while they are shown; nullptr otherwise. */
    [[nodiscard]] FirstRunWizard* firstRun() const { return m_firstRun; }
    /** @brief Watches the desktop's screen lock and sleep from the first unlock on; nullptr before. */
    [[nodiscard]] DesktopLockWatcher* desktopLockWatcher() const { return m_desktopLock; }
    /** @brief The curriculum as the unlocked partner sees it (their accepted packs only). */
    [[nodiscard]] const content::Curriculum& visibleCurriculum() const { return m_visible; }
    /** @brief Locks and selects the other partner on the unlock screen (the toolbar's Switch partner). */
    void switchPartner();
    /** @brief Asks who joins, locks, and shows the hand-over page (the toolbar's Add partner). */
    void addPartner();
    /** @brief Locks and shows the hand-over page for @p name, without asking (tests, addPartner()). */
    void handOverTo(const QString& name);
    /** @brief Runs the passphrase change (or "someone may know my passphrase") for the unlocked partner. */
    void changePassphrase(bool someoneMayKnow);
    /** @brief "We are both here": the other partner's session while together time lasts. */
    [[nodiscard]] TogetherMode* togetherMode() const { return m_togetherMode; }
    [[nodiscard]] ActionBar* actionBar() const { return m_actions; }
    /** @brief Starts together time (asks the other partner's passphrase) or ends it. */
    void toggleTogether();
    /** @brief Two computers: when the workbook syncs, and what the last sync said. */
    [[nodiscard]] SyncController* syncController() const { return m_sync; }
    /** @brief The sync status at the window's foot; nullptr until sync is first on. */
    [[nodiscard]] SyncStatusLine* syncStatusLine() const { return m_syncLine; }
    /** @brief The sync folder and the devices of the unlocked partner (modal; closed on lock). */
    void openDevices();

signals:
    void quickExitRequested();

private:
    enum class After { SamePartner, OtherPartner };
    void showUnlock();
    /** @brief showUnlock() without reading the names again: for a page that has just read them. */
    void presentUnlock();
    void unlocked();
    void watchDesktopLock();
    void showWorkspace();
    void pause();
    void openSettings();
    void lockFor(After after);
    void handOverFinished(const QString& addedName);
    void packDecided(const PackQuestion& pack, bool use);
    void updateActions();
    void togetherChanged();
    Workspace* ensureWorkspace();

    AppContext& m_context;
    CurriculumSource m_curriculum;
    QStackedWidget* m_stack = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    HandOverPage* m_handOver = nullptr;
    FirstRunWizard* m_firstRun = nullptr;
    QWidget* m_workspacePage = nullptr;
    UnlockNoticeBar* m_notices = nullptr;
    Workspace* m_workspace = nullptr;
    DesktopLockWatcher* m_desktopLock = nullptr;
    /** The partners' curriculum filtered for the unlocked partner; the workspace reads this one. */
    content::Curriculum m_visible;
    const void* m_visibleFor = nullptr;
    QString m_lastPartner;
    QString m_selectNext;
    ActionBar* m_actions = nullptr;
    TogetherMode* m_togetherMode = nullptr;
    QAction* m_together = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_switch = nullptr;
    QAction* m_addPartner = nullptr;
    QAction* m_search = nullptr;
    QAction* m_export = nullptr;
    QAction* m_therapistMenu = nullptr;
    therapist::CoupleTherapist* m_therapist = nullptr;
    ReminderNotifier* m_notifier = nullptr;
    IdleLock* m_idle = nullptr;
    SyncController* m_sync = nullptr;
    SyncStatusLine* m_syncLine = nullptr;
    Preferences m_preferences;
};

} // namespace tw::app
