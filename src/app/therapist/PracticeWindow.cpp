// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeWindow.h"

#include "AppContext.h"
#include "IdleLock.h"
#include "PracticeView.h"
#include "UnlockPage.h"
#include "settings/PartnerPreferences.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Session.h"
#include "unlock/DesktopLockWatcher.h"

#include <QAction>
#include <QDialog>
#include <QStackedWidget>
#include <QToolBar>

namespace tw::app::therapist {

PracticeWindow::PracticeWindow(AppContext& context, const content::Curriculum& curriculum, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    // As for couples, the title names nobody.
    //: Window title; the application name is added after it.
    setWindowTitle(tr("Practice"));
    m_stack = new QStackedWidget(this);
    m_unlockPage = new UnlockPage(context, m_stack);
    m_unlockPage->setPrivacyNote(
        tr("Your clients' reports, and what proves your assignments come from you, are "
           "encrypted; without your passphrase or recovery code nobody can read or use them."));
    m_view = new PracticeView(curriculum, workbook::Paths(context.dataDir().toStdString()).packs, m_stack);
    m_stack->addWidget(m_unlockPage);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);

    auto* toolbar = addToolBar(tr("Practice"));
    toolbar->setObjectName(QStringLiteral("practiceToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* lock = toolbar->addAction(tr("&Lock"), this, [this] { m_context.lock(); });
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // New assignment, Import report and Add client are buttons beside the client list they act on.
    m_unlockedActions = {lock};
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* quick = toolbar->addAction(tr("Quick e&xit"), this, &PracticeWindow::quickExit);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    quick->setShortcutContext(Qt::ApplicationShortcut);
    quick->setToolTip(tr("Hide Trustwork and lock it at once (Ctrl+Shift+Q)"));

    m_idle = new IdleLock(this);
    connect(m_idle, &IdleLock::idle, this, [this] { m_context.lock(); });
    // A locked screen or a sleeping laptop locks the practice too.
    connect(new DesktopLockWatcher(this), &DesktopLockWatcher::lockRequested, this, [this] { m_context.lock(); });
    connect(&m_context, &AppContext::aboutToLock, m_view, &PracticeView::close);
    connect(m_view, &PracticeView::dialogOpened, this, [this](QWidget* dialog) {
        if (auto* d = qobject_cast<QDialog*>(dialog)) {
            connect(&m_context, &AppContext::aboutToLock, d, &QDialog::reject);
        }
    });
    connect(&m_context, &AppContext::unlocked, this, &PracticeWindow::showPractice);
    connect(&m_context, &AppContext::locked, this, &PracticeWindow::showUnlock);
    showUnlock();
    resize(1100, 720);
}

bool PracticeWindow::showingUnlock() const
{
    return m_stack->currentWidget() == m_unlockPage;
}

void PracticeWindow::showUnlock()
{
    m_idle->setActive(false);
    for (auto* action : m_unlockedActions) {
        action->setEnabled(false);
    }
    m_unlockPage->refresh();
    m_stack->setCurrentWidget(m_unlockPage);
}

void PracticeWindow::showPractice()
{
    auto* session = m_context.session();
    if (!session) {
        return;
    }
    m_view->open(*session);
    // The idle time is the therapist's own setting, kept in their private store like a partner's.
    m_idle->setTimeoutMinutes(PartnerPreferences::load(*session).idleLockMinutes);
    for (auto* action : m_unlockedActions) {
        action->setEnabled(true);
    }
    m_idle->setActive(true);
    m_stack->setCurrentWidget(m_view);
}

void PracticeWindow::quickExit()
{
    hide();
    m_context.lock();
    tw::log::get("app")->debug("quick exit");
    emit quickExitRequested();
}

} // namespace tw::app::therapist
