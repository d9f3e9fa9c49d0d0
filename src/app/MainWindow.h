// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CurriculumLoader.h"
#include "Settings.h"

#include <QMainWindow>

class QStackedWidget;

namespace tw::app {

class ActionBar;
class AppContext;
class IdleLock;
class TogetherMode;
class ReminderNotifier;
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
    /** @brief "We are both here": the other partner's session while together time lasts. */
    [[nodiscard]] TogetherMode* togetherMode() const { return m_togetherMode; }
    [[nodiscard]] ActionBar* actionBar() const { return m_actions; }
    /** @brief Starts together time (asks the other partner's passphrase) or ends it. */
    void toggleTogether();

signals:
    void quickExitRequested();

private:
    void showUnlock();
    void showWorkspace();
    void pause();
    void openSettings();
    void addPartner();
    void updateActions();
    void togetherChanged();
    Workspace* ensureWorkspace();

    AppContext& m_context;
    CurriculumSource m_curriculum;
    QStackedWidget* m_stack = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    Workspace* m_workspace = nullptr;
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
    Preferences m_preferences;
};

} // namespace tw::app
