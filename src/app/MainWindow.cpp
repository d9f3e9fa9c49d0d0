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
#include "settings/ChangePassphraseDialog.h"
#include "settings/PartnerPreferences.h"
#include "setup/FirstRunWizard.h"
#include "style/Icons.h"
#include "sync/DevicesDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusLine.h"
#include "therapist/AssignedItems.h"
#include "therapist/CoupleTherapist.h"
#include "together/JoinTogetherDialog.h"
#include "together/TogetherMode.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"
#include "unlock/DesktopLockWatcher.h"
#include "unlock/HandOverPage.h"
#include "unlock/UnlockNotices.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

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
    // The workspace sits under the notes a partner is given on unlocking. It goes in first: the
    // first page of a stack is shown, and so laid out, the moment it is added, at a child widget's
    // default size of 100 x 30 pixels; for the unlock page, all wrapped text, that was 4 ms of the
    // launch, repeated at the window's real size. The unlock page becomes current at the end of
    // the constructor, once the window has its size.
    m_workspacePage = new QWidget(m_stack);
    auto* workspaceLayout = new QVBoxLayout(m_workspacePage);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    m_notices = new UnlockNoticeBar(m_workspacePage);
    workspaceLayout->addWidget(m_notices, 0);
    m_stack->addWidget(m_workspacePage);
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
    m_lock = add("lock", tr("&Lock"), [this] { lockFor(After::SamePartner); });
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switch = add("switch", tr("S&witch partner"), [this] { switchPartner(); });
    m_addPartner = add("add-partner", tr("&Add partner"), [this] { addPartner(); });
    m_addPartner->setToolTip(tr("Let your partner join this workbook"));
    m_together = add("together", tr("We are &both here"), [this] { toggleTogether(); });
    m_together->setToolTip(tr("Your partner joins with their own passphrase, for what you do together"));
    m_search = add("search", tr("Searc&h"), [this] { ensureWorkspace()->showSearch(); });
    m_search->setShortcut(QKeySequence::Find);
    const QString findKeys = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    m_search->setToolTip(tr("Search your entries and what was shared with you (%1)").arg(findKeys));
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
    connect(m_idle, &IdleLock::idle, this, [this] {
        tw::log::get("app")->debug("locked after idle time");
        if (m_handOver && m_handOver->isActive()) {
            m_handOver->cancel();
            return;
        }
        // Whoever comes to an idle screen is more likely the other partner.
        lockFor(After::OtherPartner);
    });
    // Two computers: syncs at unlock, at lock and after quiet minutes; its status at the window's foot.
    // The status bar and its line are built the first time sync is on: most workbooks live on one
    // computer, and the first window shows sooner without them.
    m_sync = new SyncController(m_context, this);
    connect(m_sync, &SyncController::statusChanged, this, [this] {
        const bool on = m_sync->status().state != SyncStatus::State::Off;
        if (on && !m_syncLine) {
            m_syncLine = new SyncStatusLine(*m_sync, this);
            statusBar()->addWidget(m_syncLine, 1);
            statusBar()->setSizeGripEnabled(false);
            connect(m_syncLine, &SyncStatusLine::devicesRequested, this, &MainWindow::openDevices);
        }
        if (m_syncLine) {
            statusBar()->setVisible(on);
        }
    });
    connect(m_sync, &SyncController::changesArrived, this, [this] {
        if (m_workspace && m_context.session() && !m_firstRun && m_stack->currentWidget() == m_workspacePage) {
            m_workspace->reload();
        }
    });
    // Off until a partner unlocks and their own choice is read from their private store.
    m_notifier = new ReminderNotifier(this);
    m_notifier->setEnabled(false);
    connect(&m_context, &AppContext::unlocked, this, &MainWindow::unlocked);
    connect(&m_context, &AppContext::aboutToLock, this, [this] {
        // The first-run pages hold the session; they go before its keys do.
        if (m_firstRun) {
            m_stack->removeWidget(m_firstRun);
            delete m_firstRun;
            m_firstRun = nullptr;
        }
        m_notices->clear();
        m_visibleFor = nullptr;
    });
    // Assignments the other partner imported wait for this partner's own confirmation, asked
    // once the workspace is up (never before the window shows what it is about).
    connect(&m_context, &AppContext::unlocked, this,
        [this] { QTimer::singleShot(0, m_therapist, [this] { m_therapist->confirmPending(); }); });
    connect(&m_context, &AppContext::locked, this, &MainWindow::showUnlock);
    connect(m_notices, &UnlockNoticeBar::packDecided, this, &MainWindow::packDecided);
    resize(1100, 720);
    // The stack takes its size now, while its page is the empty workspace, so that the unlock page
    // is laid out once, at the width it will be shown at.
    layout()->activate();
    m_unlockPage->setGeometry(m_stack->contentsRect());
    // The page read the names from the key file as it was built; reading them again here was the
    // third read of that file before the first window (issue 21).
    presentUnlock();
}

Workspace* MainWindow::ensureWorkspace()
{
    if (m_workspace) {
        return m_workspace;
    }
    // Home, the path and the exercise view wait for the first unlock: the unlock screen needs none
    // of them, and the curriculum they show may still be loading while it is on screen.
    m_workspace = new Workspace(m_visible, m_workspacePage);
    static_cast<QVBoxLayout*>(m_workspacePage->layout())->addWidget(m_workspace, 1);
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

void MainWindow::lockFor(After after)
{
    if (auto* session = m_context.session()) {
        const auto* other = session->otherPartner();
        m_selectNext = QString::fromStdString(after == After::OtherPartner && other ? other->name : session->me().name);
    }
    m_context.lock();
}

void MainWindow::switchPartner()
{
    lockFor(After::OtherPartner);
}

void MainWindow::showUnlock()
{
    m_unlockPage->refresh();
    presentUnlock();
}

void MainWindow::presentUnlock()
{
    m_idle->setActive(false);
    m_notifier->setEnabled(false);
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
    if (!m_selectNext.isEmpty()) {
        m_unlockPage->selectPartner(m_selectNext);
        m_selectNext.clear();
    }
    m_stack->setCurrentWidget(m_unlockPage);
}

void MainWindow::watchDesktopLock()
{
    // Built at the first unlock, not with the window: it matters only while a session is open, and
    // connecting to both message buses was a few milliseconds of the first window's launch (tens
    // where no session bus runs and one is started for it).
    if (m_desktopLock) {
        return;
    }
    m_desktopLock = new DesktopLockWatcher(this);
    connect(m_desktopLock, &DesktopLockWatcher::lockRequested, this, [this] {
        if (m_handOver && m_handOver->isActive()) {
            m_handOver->cancel();
        } else {
            lockFor(After::SamePartner);
        }
    });
}

void MainWindow::unlocked()
{
    auto* session = m_context.session();
    if (!session) {
        return;
    }
    m_lastPartner = QString::fromStdString(session->me().name);
    watchDesktopLock();
    // This partner's own lock and notification settings, from their private store.
    const auto personal = PartnerPreferences::load(*session);
    m_idle->setTimeoutMinutes(personal.idleLockMinutes);
    m_notifier->setEnabled(personal.desktopNotifications);
    m_idle->setActive(true);
    if (FirstRunWizard::needed(*session)) {
        m_lock->setEnabled(true);
        m_firstRun = new FirstRunWizard(*session, m_curriculum.get(), m_stack);
        m_stack->addWidget(m_firstRun);
        m_stack->setCurrentWidget(m_firstRun);
        connect(m_firstRun, &FirstRunWizard::completed, this, [this] {
            auto* done = m_firstRun;
            m_firstRun = nullptr;
            if (done) {
                m_stack->removeWidget(done);
                done->deleteLater();
            }
            // Before the workspace opens, so it shows what arrived from the other devices.
            m_sync->syncAfterUnlock();
            showWorkspace();
            // The wizard was hidden while it held the focus, and Qt handed it to the first widget
            // of the window, the tool bar's Pause button: start where every unlock starts instead.
            if (m_workspace && m_stack->currentWidget() == m_workspacePage) {
                m_workspace->takeFocus();
            }
            if (auto* s = m_context.session()) {
                m_notices->showFor(s->lastVisit(), s->notices(), packsToAsk(m_curriculum.get(), *s));
            }
        });
        return;
    }
    m_sync->syncAfterUnlock();
    showWorkspace();
    m_notices->showFor(session->lastVisit(), session->notices(), packsToAsk(m_curriculum.get(), *session));
}

void MainWindow::showWorkspace()
{
    auto* session = m_context.session();
    if (!session || m_firstRun) {
        return;
    }
    if (m_visibleFor != session) {
        // Only the packs this partner accepted; the views let go of the old copy first.
        if (m_workspace) {
            m_workspace->close();
        }
        m_visible = tw::app::visibleCurriculum(m_curriculum.get(), *session);
        m_visibleFor = session;
    }
    ensureWorkspace()->open(*session);
    m_lock->setEnabled(true);
    m_addPartner->setVisible(session->isSolo());
    updateActions();
    m_workspace->pathModel()->setAssigned(therapist::assignedMarks(*session));
    m_idle->setActive(true);
    m_stack->setCurrentWidget(m_workspacePage);
}

void MainWindow::packDecided(const PackQuestion& pack, bool use)
{
    auto* session = m_context.session();
    if (!session) {
        return;
    }
    decidePack(*session, pack, use);
    if (use) {
        m_visibleFor = nullptr;
        showWorkspace();
    }
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
    auto* session = m_firstRun ? nullptr : m_context.session();
    std::optional<PartnerPreferences> personal;
    if (session) {
        personal = PartnerPreferences::load(*session);
    }
    SettingsDialog dialog(m_preferences, personal ? &*personal : nullptr,
        session ? QString::fromStdString(session->me().name) : QString(), this);
    const auto closing = connect(&m_context, &AppContext::aboutToLock, &dialog, &QDialog::reject);
    const int result = dialog.exec();
    disconnect(closing);
    if (result != QDialog::Accepted) {
        return;
    }
    m_preferences = dialog.preferences();
    m_preferences.save();
    m_preferences.apply();
    if (dialog.hasPersonal() && m_context.session() == session && session) {
        const auto chosen = dialog.partnerPreferences();
        chosen.save(*session);
        m_idle->setTimeoutMinutes(chosen.idleLockMinutes);
        m_notifier->setEnabled(chosen.desktopNotifications);
    }
    if (dialog.request() == SettingsDialog::Request::Devices) {
        openDevices();
    } else if (dialog.request() != SettingsDialog::Request::None) {
        changePassphrase(dialog.request() == SettingsDialog::Request::SomeoneMayKnow);
    }
}

void MainWindow::openDevices()
{
    if (!m_context.session() || m_firstRun) {
        return;
    }
    DevicesDialog dialog(m_context, *m_sync, this);
    const auto closing = connect(&m_context, &AppContext::aboutToLock, &dialog, &QDialog::reject);
    dialog.exec();
    disconnect(closing);
}

void MainWindow::changePassphrase(bool someoneMayKnow)
{
    if (!m_context.session() || m_firstRun) {
        return;
    }
    // The views let go of the session while its keys are rotated on another thread.
    if (m_workspace) {
        m_workspace->close();
    }
    ChangePassphraseDialog dialog(m_context,
        someoneMayKnow ? ChangePassphraseDialog::Reason::SomeoneMayKnow : ChangePassphraseDialog::Reason::Change, this);
    dialog.exec();
    showWorkspace();
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
    AddPartnerDialog dialog(QString::fromStdString(session->me().name), this);
    const auto closing = connect(&m_context, &AppContext::aboutToLock, &dialog, &QDialog::reject);
    const int result = dialog.exec();
    disconnect(closing);
    if (result == QDialog::Accepted) {
        handOverTo(dialog.partnerName());
    }
}

void MainWindow::handOverTo(const QString& name)
{
    auto session = m_context.detachSession();
    if (!session) {
        return;
    }
    if (!m_handOver) {
        // Built on first use: most starts never add a partner, and the first window shows sooner.
        m_handOver = new HandOverPage(m_context.options().enforcePassphraseStrength, m_stack);
        m_stack->addWidget(m_handOver);
        connect(m_handOver, &HandOverPage::finished, this, &MainWindow::handOverFinished);
    }
    // Everything of the first partner has left the screen (the views closed on aboutToLock).
    m_handOver->begin(std::move(session), name);
    m_stack->setCurrentWidget(m_handOver);
    m_idle->setActive(true);
}

void MainWindow::handOverFinished(const QString& addedName)
{
    m_selectNext = addedName.isEmpty() ? m_lastPartner : addedName;
    showUnlock();
    if (!addedName.isEmpty()) {
        const QString note = tr("%1, unlock with the passphrase you just chose. Your recovery code and your "
                                "private safety check come next.");
        m_unlockPage->setNote(note.arg(addedName));
    }
}

void MainWindow::quickExit()
{
    // Hide first: what matters is that the screen is clear within a frame.
    hide();
    if (m_handOver && m_handOver->isActive()) {
        m_handOver->cancel();
    }
    m_context.lock();
    tw::log::get("app")->debug("quick exit");
    emit quickExitRequested();
}

} // namespace tw::app
