// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActionBar.h"
#include "AddPartnerDialog.h"
#include "AppContext.h"
#include "ExportDialog.h"
#include "IdleLock.h"
#include "PauseDialog.h"
#include "Reminders.h"
#include "UnlockPage.h"
#include "Workspace.h"
#include "style/Icons.h"
#include "therapist/AssignedItems.h"
#include "therapist/CoupleTherapist.h"
#include "together/JoinTogetherDialog.h"
#include "together/TogetherMode.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QToolBar>

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

    // One bar of actions, with icons and words; what does not fit goes into "More". Home and
    // Progress are places, so they live in the side panel only.
    auto* bar = new QToolBar(tr("Workbook"), this);
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    addToolBar(bar);
    m_actions = new ActionBar(bar);
    bar->addWidget(m_actions);
    const auto add = [this](const char* iconName, const QString& text, auto&& slot) {
        auto* action = new QAction(style::icon(QString::fromLatin1(iconName)), text, this);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work wherever its button is, even folded into "More"
        m_actions->addItem(action);
        return action;
    };
    auto* pauseAction = add("pause", tr("&Pause"), [this] { pause(); });
    pauseAction->setToolTip(tr("Take a break of at least 20 minutes"));
    m_lock = add("lock", tr("&Lock"), [this] { m_context.lock(); });
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switch = add("switch", tr("S&witch partner"), [this] { m_context.lock(); });
    m_addPartner = add("add-partner", tr("&Add partner"), [this] { addPartner(); });
    m_addPartner->setToolTip(tr("Let your partner join this workbook"));
    m_together = add("together", tr("We are &both here"), [this] { toggleTogether(); });
    m_together->setToolTip(tr("Your partner joins with their own passphrase, for what you do together"));
    m_search = add("search", tr("Searc&h"), [this] { ensureWorkspace()->showSearch(); });
    m_search->setShortcut(QKeySequence::Find);
    m_search->setToolTip(tr("Search your entries and what was shared with you (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_export = add("export", tr("Export my &journal..."), [this] { exportJournal(); });
    m_export->setToolTip(tr("Save your entries and progress as a PDF or JSON file"));
    // Assignments in, reports out: one menu, since most couples never see a therapist file.
    m_therapist = new therapist::CoupleTherapist(this, m_context);
    auto* therapistMenu = new QMenu(tr("Therapist"), this);
    therapistMenu->addAction(tr("&Import assignment…"), m_therapist, &therapist::CoupleTherapist::chooseAndImport);
    therapistMenu->addAction(
        tr("&Send a report to your therapist…"), m_therapist, &therapist::CoupleTherapist::sendReport);
    const QIcon therapistIcon = style::icon(QStringLiteral("therapist"));
    m_therapistMenu = new QAction(therapistIcon, tr("&Therapist"), this);
    m_therapistMenu->setMenu(therapistMenu);
    m_therapistMenu->setToolTip(tr("Import an assignment from your therapist, or send them a report"));
    m_actions->addItem(m_therapistMenu);
    connect(m_therapist, &therapist::CoupleTherapist::assignmentsChanged, this, &MainWindow::showWorkspace);
    auto* settingsAction = add("settings", tr("&Settings"), [this] { openSettings(); });
    settingsAction->setMenuRole(QAction::PreferencesRole);
    const QIcon quickIcon = style::icon(QStringLiteral("quick-exit"));
    auto* quick = new QAction(quickIcon, tr("Quick e&xit"), this);
    connect(quick, &QAction::triggered, this, &MainWindow::quickExit);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    quick->setShortcutContext(Qt::ApplicationShortcut);
    quick->setToolTip(tr("Hide Trustwork at once, lock it and close it (Ctrl+Shift+Q)"));
    addAction(quick);
    m_actions->addTrailingItem(quick);

    // "We are both here": the other partner's own session beside this one, wiped at any lock.
    m_togetherMode = new TogetherMode(m_context, this);
    connect(&m_context, &AppContext::aboutToLock, m_togetherMode, &TogetherMode::end);
    connect(m_togetherMode, &TogetherMode::started, this, &MainWindow::togetherChanged);
    connect(m_togetherMode, &TogetherMode::ended, this, &MainWindow::togetherChanged);

    m_idle = new IdleLock(this);
    m_idle->setTimeoutMinutes(m_preferences.idleLockMinutes);
    connect(m_idle, &IdleLock::idle, this, [this] {
        tw::log::get("app")->debug("locked after idle time");
        m_context.lock();
    });
    m_notifier = new ReminderNotifier(this);
    m_notifier->setEnabled(m_preferences.desktopNotifications);
    connect(&m_context, &AppContext::unlocked, this, &MainWindow::showWorkspace);
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
    connect(m_workspace, &Workspace::endTogetherRequested, m_togetherMode, &TogetherMode::end);
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
    m_together->setEnabled(false);
    for (auto* action : {m_search, m_export, m_therapistMenu}) {
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
    m_addPartner->setVisible(session->isSolo());
    updateActions();
    m_workspace->pathModel()->setAssigned(therapist::assignedMarks(*session));
    m_idle->setActive(true);
    m_stack->setCurrentWidget(m_workspace);
}

void MainWindow::updateActions()
{
    const auto* session = m_context.session();
    const bool together = m_togetherMode->active();
    m_switch->setEnabled(session && !session->isSolo() && !together);
    m_together->setEnabled(session && !session->isSolo() && !session->isPractice());
    m_together->setText(together ? tr("End &together time") : tr("We are &both here"));
    m_together->setIcon(style::icon(together ? QStringLiteral("lock") : QStringLiteral("together")));
    // While both are here: nothing that searches, exports or reports private entries.
    for (auto* action : {m_search, m_export, m_therapistMenu}) {
        action->setEnabled(session && !together);
    }
}

void MainWindow::toggleTogether()
{
    if (m_togetherMode->active()) {
        m_togetherMode->end();
        return;
    }
    auto* session = m_context.session();
    if (!session || session->isSolo()) {
        return;
    }
    auto* dialog = new JoinTogetherDialog(*m_togetherMode, QString::fromStdString(session->me().name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_context, &AppContext::aboutToLock, dialog, &QDialog::reject);
    dialog->open();
}

void MainWindow::togetherChanged()
{
    if (m_workspace && m_context.session()) {
        m_workspace->setTogether(m_togetherMode->companion());
    }
    updateActions();
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
