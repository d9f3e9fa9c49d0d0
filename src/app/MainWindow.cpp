// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AddPartnerDialog.h"
#include "AppContext.h"
#include "ExportDialog.h"
#include "IdleLock.h"
#include "PauseDialog.h"
#include "Reminders.h"
#include "UnlockPage.h"
#include "Workspace.h"
#include "therapist/AssignedItems.h"
#include "therapist/CoupleTherapist.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace tw::app {

MainWindow::MainWindow(AppContext& context, CurriculumSource curriculum, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_curriculum(std::move(curriculum))
    , m_preferences(Preferences::load())
{
    // The title never names anyone: it is visible in task bars and window lists.
    setWindowTitle(tr("Trustwork"));
    m_stack = new QStackedWidget(this);
    m_unlockPage = new UnlockPage(context, m_stack);
    m_stack->addWidget(m_unlockPage);
    setCentralWidget(m_stack);

    m_toolbar = addToolBar(tr("Workbook"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* pauseAction = m_toolbar->addAction(tr("&Pause"), this, &MainWindow::pause);
    pauseAction->setToolTip(tr("Take a break of at least 20 minutes"));
    m_lock = m_toolbar->addAction(tr("&Lock"), this, [this] { m_context.lock(); });
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switch = m_toolbar->addAction(tr("S&witch partner"), this, [this] { m_context.lock(); });
    m_addPartner = m_toolbar->addAction(tr("&Add partner"), this, &MainWindow::addPartner);
    m_addPartner->setToolTip(tr("Let your partner join this workbook"));
    m_progress = m_toolbar->addAction(tr("P&rogress"), this, [this] { ensureWorkspace()->showProgress(); });
    m_progress->setToolTip(tr("Trust over weeks, the consistency record, steps and agreements"));
    m_search = m_toolbar->addAction(tr("Searc&h"), this, [this] { ensureWorkspace()->showSearch(); });
    m_search->setShortcut(QKeySequence::Find);
    m_search->setToolTip(tr("Search your entries and what was shared with you (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_export = m_toolbar->addAction(tr("Export my &journal..."), this, &MainWindow::exportJournal);
    m_export->setToolTip(tr("Save your entries and progress as a PDF or JSON file"));
    // Assignments in, reports out: one menu, since most couples never see a therapist file.
    m_therapist = new therapist::CoupleTherapist(this, m_context);
    auto* therapistMenu = new QMenu(tr("Therapist"), this);
    therapistMenu->addAction(tr("&Import assignment…"), m_therapist, &therapist::CoupleTherapist::chooseAndImport);
    therapistMenu->addAction(
        tr("&Send a report to your therapist…"), m_therapist, &therapist::CoupleTherapist::sendReport);
    m_therapistMenu = m_toolbar->addAction(tr("&Therapist"));
    m_therapistMenu->setMenu(therapistMenu);
    if (auto* button = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(m_therapistMenu))) {
        button->setPopupMode(QToolButton::InstantPopup);
    }
    m_therapistMenu->setToolTip(tr("Import an assignment from your therapist, or send them a report"));
    connect(m_therapist, &therapist::CoupleTherapist::assignmentsChanged, this, &MainWindow::showWorkspace);
    auto* settingsAction = m_toolbar->addAction(tr("&Settings"), this, &MainWindow::openSettings);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    auto* spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    auto* quick = m_toolbar->addAction(tr("Quick e&xit"), this, &MainWindow::quickExit);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    quick->setShortcutContext(Qt::ApplicationShortcut);
    quick->setToolTip(tr("Hide Trustwork and lock it at once (Ctrl+Shift+Q)"));

    m_idle = new IdleLock(this);
    m_idle->setTimeoutMinutes(m_preferences.idleLockMinutes);
    connect(m_idle, &IdleLock::idle, this, [this] {
        tw::log::get("app")->debug("locked after idle time");
        m_context.lock();
    });
    m_notifier = new ReminderNotifier(this);
    m_notifier->setEnabled(m_preferences.desktopNotifications);
    connect(&m_context, &AppContext::unlocked, this, &MainWindow::showWorkspace);
    // Assignments the other partner imported wait for this partner's own confirmation, asked
    // once the workspace is up (never before the window shows what it is about).
    connect(&m_context, &AppContext::unlocked, this,
        [this] { QTimer::singleShot(0, m_therapist, [this] { m_therapist->confirmPending(); }); });
    connect(&m_context, &AppContext::locked, this, &MainWindow::showUnlock);
    showUnlock();
    resize(1100, 720);
}

Workspace* MainWindow::ensureWorkspace()
{
    if (m_workspace) {
        return m_workspace;
    }
    // Home, the path and the exercise view wait for the first unlock: the unlock screen needs none
    // of them, and the curriculum they show may still be loading while it is on screen.
    m_workspace = new Workspace(m_curriculum.get(), m_stack);
    m_stack->addWidget(m_workspace);
    connect(&m_context, &AppContext::aboutToLock, m_workspace, &Workspace::close);
    connect(m_workspace, &Workspace::remindersChanged, m_notifier,
        [this](int count) { m_notifier->setPending(count > 0); });
    return m_workspace;
}

bool MainWindow::showingUnlock() const
{
    return m_stack->currentWidget() == m_unlockPage;
}

void MainWindow::showUnlock()
{
    m_idle->setActive(false);
    m_lock->setEnabled(false);
    m_switch->setEnabled(false);
    m_addPartner->setVisible(false);
    for (auto* action : {m_progress, m_search, m_export, m_therapistMenu}) {
        action->setEnabled(false);
    }
    if (m_workspace) {
        m_workspace->pathModel()->setAssigned({});
    }
    m_unlockPage->refresh();
    m_stack->setCurrentWidget(m_unlockPage);
}

void MainWindow::showWorkspace()
{
    auto* session = m_context.session();
    if (!session) {
        return;
    }
    ensureWorkspace()->open(*session);
    m_lock->setEnabled(true);
    m_switch->setEnabled(!session->isSolo());
    m_addPartner->setVisible(session->isSolo());
    for (auto* action : {m_progress, m_search, m_export, m_therapistMenu}) {
        action->setEnabled(true);
    }
    m_workspace->pathModel()->setAssigned(therapist::assignedMarks(*session));
    m_idle->setActive(true);
    m_stack->setCurrentWidget(m_workspace);
}

void MainWindow::pause()
{
    PauseDialog dialog(this);
    dialog.exec();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_preferences, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_preferences = dialog.preferences();
        m_preferences.save();
        m_preferences.apply();
        m_idle->setTimeoutMinutes(m_preferences.idleLockMinutes);
        m_notifier->setEnabled(m_preferences.desktopNotifications);
    }
}

void MainWindow::exportJournal()
{
    auto* context = m_workspace ? m_workspace->editorContext() : nullptr;
    if (!context) {
        return;
    }
    ExportDialog dialog(*context, this);
    // Locking (idle, Ctrl+L, quick exit) closes the dialog before the keys are wiped.
    const auto closing = connect(&m_context, &AppContext::aboutToLock, &dialog, &QDialog::reject);
    dialog.exec();
    disconnect(closing);
}

void MainWindow::addPartner()
{
    auto* session = m_context.session();
    if (!session || !session->isSolo()) {
        return;
    }
    AddPartnerDialog dialog(*session, this);
    dialog.exec();
    // The path, Home and sharing buttons all change once there are two of you.
    showWorkspace();
}

void MainWindow::quickExit()
{
    // Hide first: what matters is that the screen is clear within a frame.
    hide();
    m_context.lock();
    tw::log::get("app")->debug("quick exit");
    emit quickExitRequested();
}

} // namespace tw::app
