// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "RecoveryCodePanel.h"
#include "SafetyCheckPanel.h"
#include "style/Components.h"
#include "tw/base/Error.h"
#include "tw/workbook/SafetyService.h"
#include "tw/workbook/Session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace tw::app {
namespace {

// Set before a code is issued and cleared once its owner confirms it is stored: a session that
// ends in between (idle lock, quick exit) issues a fresh code next time instead of leaving none.
constexpr const char* kCodePending = "first-run.code-pending";

class WelcomeRunPage : public QWizardPage {
public:
    WelcomeRunPage(workbook::Session& session, QWidget* parent)
        : QWizardPage(parent)
    {
        const QString me = QString::fromStdString(session.me().name);
        setTitle(FirstRunWizard::tr("Welcome, %1").arg(me));
        auto* layout = new QVBoxLayout(this);
        QString text;
        if (const auto* other = session.otherPartner()) {
            const QString partner = QString::fromStdString(other->name);
            text = FirstRunWizard::tr(
                "This workbook is shared with %1, and this is your own private space in it.\n\n"
                "Everything you write starts private: only you can read it, even though you share this computer. "
                "%1 cannot read it either, and what %1 wrote privately stays private too. When you choose, you "
                "can share an entry with %1, and stop sharing it later. Some exercises ask you both to answer "
                "privately first; the answers appear side by side only when both of you have answered.\n\n"
                "Next comes your recovery code, then a short private safety check. Only you should see this "
                "screen now.")
                       .arg(partner);
        } else {
            text = FirstRunWizard::tr("Everything you write is private: only you can read it.\n\n"
                                      "Next comes your recovery code, then a short private safety check.");
        }
        layout->addWidget(style::text(style::TextRole::Body, text, this));
        layout->addStretch();
    }
};

class CodeRunPage : public QWizardPage {
public:
    CodeRunPage(workbook::Session& session, RecoveryCodePanel*& panel, QWidget* parent)
        : QWizardPage(parent)
        , m_session(session)
    {
        setTitle(FirstRunWizard::tr("Your recovery code"));
        setSubTitle(FirstRunWizard::tr("Only you should see this screen now."));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(style::text(style::TextRole::Body,
            FirstRunWizard::tr("If you ever forget your passphrase, this code lets you choose "
                               "a new one. It is shown only now. Anyone who has it can open "
                               "your private entries, so keep it where nobody else can reach "
                               "it."),
            this));
        m_panel = panel = new RecoveryCodePanel(this);
        layout->addWidget(m_panel);
        layout->addStretch();
        setCommitPage(true);
        connect(m_panel, &RecoveryCodePanel::storedChanged, this, &QWizardPage::completeChanged);
    }
    void initializePage() override
    {
        try {
            m_session.setPrivateSetting(kCodePending, "1");
            auto code = m_session.issueRecoveryCode();
            m_panel->showCode(QString::fromStdString(m_session.me().name), code);
            code.wipe();
        } catch (const Error& e) {
            setSubTitle(QString::fromStdString(e.what()));
        }
    }
    bool isComplete() const override { return m_panel->stored(); }
    bool validatePage() override
    {
        m_panel->wipe();
        try {
            m_session.setPrivateSetting(kCodePending, "0");
        } catch (const Error&) {
            // Asked again next time, with a fresh code: safe either way.
        }
        return true;
    }

private:
    workbook::Session& m_session;
    RecoveryCodePanel* m_panel = nullptr;
};

class SafetyRunPage : public QWizardPage {
public:
    SafetyRunPage(workbook::Session& session, const content::Curriculum& curriculum, QWidget* parent)
        : QWizardPage(parent)
        , m_session(session)
        , m_curriculum(curriculum)
    {
        setTitle(FirstRunWizard::tr("A private check for %1").arg(QString::fromStdString(session.me().name)));
        setSubTitle(session.isSolo() ? FirstRunWizard::tr("Nobody else sees what you answer here.")
                                     : FirstRunWizard::tr("Only you should see this screen now. Your partner is never "
                                                          "told what you answer."));
        m_layout = new QVBoxLayout(this);
        setCommitPage(true);
    }
    void initializePage() override
    {
        if (!m_panel) {
            m_panel = new SafetyCheckPanel(m_session, m_curriculum, this);
            m_layout->addWidget(m_panel);
        }
    }
    bool validatePage() override
    {
        switch (m_panel ? m_panel->save() : SafetyCheckPanel::Saved::NoConcern) {
        case SafetyCheckPanel::Saved::Failed:
            return false;
        case SafetyCheckPanel::Saved::Concern:
            if (!m_concernShown) {
                m_concernShown = true;
                return false;
            }
            return true;
        case SafetyCheckPanel::Saved::NoConcern:
            return true;
        }
        return true;
    }

private:
    workbook::Session& m_session;
    const content::Curriculum& m_curriculum;
    QVBoxLayout* m_layout = nullptr;
    SafetyCheckPanel* m_panel = nullptr;
    bool m_concernShown = false;
};

} // namespace

FirstRunWizard::FirstRunWizard(workbook::Session& session, const content::Curriculum& curriculum, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_curriculum(curriculum)
{
    // Embedded in the main window's stack, not a window of its own.
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButton);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CommitButton, buttonText(QWizard::NextButton));
    try {
        m_safetyNeeded = !workbook::SafetyService(session).hasAnswered();
    } catch (const Error&) {
        m_safetyNeeded = true;
    }
    setPage(WelcomePage, new WelcomeRunPage(session, this));
    setPage(CodePage, new CodeRunPage(session, m_code, this));
    if (m_safetyNeeded) {
        setPage(SafetyPage, new SafetyRunPage(session, curriculum, this));
    }
    setStartId(WelcomePage);
    // Queued, so it runs after QWizard has enabled, disabled and hidden its buttons for the page.
    connect(this, &QWizard::currentIdChanged, this,
        [this] { QMetaObject::invokeMethod(this, &FirstRunWizard::keepFocusOnThePage, Qt::QueuedConnection); });
    // QWizard sets its buttons' order again when a page completes; the page's order follows after.
    for (const int id : pageIds()) {
        connect(page(id), &QWizardPage::completeChanged, this,
            [this] { QMetaObject::invokeMethod(this, &FirstRunWizard::keepTabOrder, Qt::QueuedConnection); });
    }
}

void FirstRunWizard::keepTabOrder()
{
    // The window's chain, which Tab and Shift+Tab follow into the wizard from outside, in the order
    // on screen: the page's controls, then Back and Next or Finish (see focusNextPrevChild).
    const QList<QWidget*> stops = tabStops();
    for (qsizetype i = 1; i < stops.size(); ++i) {
        QWidget::setTabOrder(stops[i - 1], stops[i]);
    }
}

void FirstRunWizard::keepFocusOnThePage()
{
    keepTabOrder();
    // Next is disabled on the code page until the code is stored, and replaced by Finish on the last
    // page: Qt then hands focus to the next widget in the window, the tool bar's Pause button, and a
    // keyboard or screen reader user lands outside the page they just opened.
    QWidget* page = currentPage();
    const QWidget* focused = QApplication::focusWidget();
    if (!page || (focused && isAncestorOf(focused) && focused->isVisible() && focused->isEnabled())) {
        return;
    }
    // The page's first control; on a page without one, the button that moves on (not Back).
    for (QWidget* w : tabStops()) {
        if (page->isAncestorOf(w) || w != button(QWizard::BackButton)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

namespace {

bool takesTab(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

} // namespace

QList<QWidget*> FirstRunWizard::tabStops() const
{
    QList<QWidget*> stops;
    if (QWidget* page = currentPage()) {
        int left = 1000; // the chain is a ring through the whole window; this only guards against a broken one
        for (QWidget* w = page->nextInFocusChain(); w && w != page && left-- > 0; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && takesTab(w)) {
                stops.append(w);
            }
        }
    }
    for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        if (QAbstractButton* b = button(which); b && takesTab(b)) {
            stops.append(b);
        }
    }
    return stops;
}

bool FirstRunWizard::focusNextPrevChild(bool next)
{
    // QWizard makes its buttons before any page, so in the window's focus chain they come ahead of
    // the page. Inside the main window that sent Tab from the page's last control to the tool bar,
    // and Back and Next were reached only after the whole tool bar. Here Tab follows the screen:
    // the page's controls, then Back and Next (or Finish), then on to the rest of the window.
    QWidget* focused = QApplication::focusWidget();
    if (focused && isAncestorOf(focused) && !focused->isVisible()) {
        // Qt asks this while hiding the widget that has the focus. QWizard hides and shows its page
        // area again when a page completes (the code page's box ticked), and the focus went on to
        // the tool bar's Pause button. It stays; if the page really went, the next one takes it
        // (keepFocusOnThePage).
        QMetaObject::invokeMethod(
            this,
            [kept = QPointer<QWidget>(focused)] {
                if (kept && kept->isVisible() && !kept->hasFocus()) {
                    kept->setFocus(Qt::OtherFocusReason);
                }
            },
            Qt::QueuedConnection);
        return true;
    }
    const QList<QWidget*> stops = tabStops();
    const auto at = stops.indexOf(focused);
    if (at < 0) {
        return QWizard::focusNextPrevChild(next);
    }
    const auto to = at + (next ? 1 : -1);
    if (to < 0 || to >= stops.size()) {
        return leave(next);
    }
    stops[to]->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

bool FirstRunWizard::leave(bool next)
{
    keepTabOrder(); // so that Tab from the widget reached now comes back to the screen's order
    // The wizard's own widgets follow it in the chain; the first other one that takes Tab is next
    // (the chain is a ring, so past the end of the window it starts again at the tool bar).
    const auto step = [next](QWidget* w) { return next ? w->nextInFocusChain() : w->previousInFocusChain(); };
    int left = 1000;
    for (QWidget* w = step(this); w && w != this && left-- > 0; w = step(w)) {
        if (!isAncestorOf(w) && takesTab(w)) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWizard::focusNextPrevChild(next);
}

FirstRunWizard::~FirstRunWizard() = default;

bool FirstRunWizard::needed(const workbook::Session& session)
{
    try {
        return session.needsRecoveryCode() || session.privateSetting(kCodePending).value_or("0") == "1";
    } catch (const Error&) {
        return false;
    }
}

int FirstRunWizard::nextId() const
{
    if (currentId() == CodePage && !m_safetyNeeded) {
        return -1;
    }
    return QWizard::nextId();
}

void FirstRunWizard::done(int result)
{
    if (m_code) {
        m_code->wipe();
    }
    QWizard::done(result);
    emit completed();
}

} // namespace tw::app
