// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window side of "the other partner is the adversary" (issue 16) and the hand-overs of issue 18:
// notices after unlock, switching partners, adding a partner, their first pages, passphrase change.
#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "GuiHelpers.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "PathModel.h"
#include "Settings.h"
#include "TempDir.h"
#include "UnlockPage.h"
#include "Workspace.h"
#include "settings/ChangePassphraseDialog.h"
#include "settings/PartnerPreferences.h"
#include "setup/FirstRunWizard.h"
#include "setup/RecoveryCodePanel.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/workbook/SafetyService.h"
#include "tw/workbook/Session.h"
#include "unlock/HandOverPage.h"
#include "unlock/UnlockNotices.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QVBoxLayout>
#include <QWizard>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;

namespace {

struct Unlocking : tw::test::CoupleWindow {
    void unlockAs(const QString& name, const QString& passphrase)
    {
        auto* button = byName<QRadioButton>(window.get(), QStringLiteral("I am ") + name);
        ASSERT_NE(button, nullptr);
        button->setChecked(true);
        byName<QLineEdit>(window->unlockPage(), QStringLiteral("Passphrase"))->setText(passphrase);
        byName<QPushButton>(window->unlockPage(), QStringLiteral("Unlock"))->click();
        ASSERT_TRUE(tw::test::waitUntil([&] { return !window->unlockPage()->isBusy(); }));
    }
    QString allLabels()
    {
        QString all;
        for (auto* label : window->findChildren<QLabel*>()) {
            all += label->text() + QLatin1Char('\n');
        }
        return all;
    }
};

} // namespace

TEST_F(Unlocking, AlexIsToldWhenSamChangedHerSharedEntry)
{
    std::string first;
    std::string second;
    {
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        first = alex->addEntry({"start.what-brings-me-here", "answer", workbook::Visibility::Shared, "", "one"});
        second = alex->addEntry({"step1.impact-letter", "answer", workbook::Visibility::Shared, "", "two"});
    }
    // Sam, with his own passphrase and the sqlcipher C API, copies one of Alex's bodies over the other.
    {
        const auto keyFile = crypto::KeySlotFile::load(dir / "workbook.keys");
        const auto keys = keyFile.unlock(keyFile.findByName("Sam")->id, crypto::SlotType::Passphrase,
            crypto::SecretBytes::fromString("sam passphrase"));
        storage::Database db(dir / "workbook.db", keys.databaseKey, {});
        db.configureForWriting();
        db.exec(
            "UPDATE entry SET body = (SELECT body FROM entry WHERE id = '" + first + "') WHERE id = '" + second + "'");
    }
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    ASSERT_NE(context->session(), nullptr);
    auto* bar = window->noticeBar();
    ASSERT_TRUE(bar->isVisible());
    const QString text = bar->text();
    EXPECT_TRUE(text.contains(QStringLiteral("1 of your entries was changed or removed outside Trustwork")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Trustwork has put back your own version.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Last time you were here: ")));
    // Dates with the month as a word, never all digits.
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d+/\\d+/\\d+"))));
    byName<QPushButton>(bar, QStringLiteral("Close these notes"))->click();
    EXPECT_FALSE(bar->isVisible());
    // Nothing to tell next time: her version is back.
    context->lock();
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_FALSE(window->noticeBar()->text().contains(QStringLiteral("outside Trustwork")));
}

TEST_F(Unlocking, NoticesAreWordedForEachKind)
{
    workbook::UnlockNotice restored;
    restored.kind = workbook::UnlockNotice::Kind::Restored;
    restored.who = "Sam";
    restored.at = 1'796'162'040'000; // 1 Dec 2026, 22:14 UTC
    restored.backupTime = 1'795'000'000'000;
    EXPECT_TRUE(app::noticeText(restored).startsWith(QStringLiteral("Sam restored the backup from ")));
    workbook::UnlockNotice changed;
    changed.count = 2;
    changed.since = 1'796'162'040'000;
    const QString two = app::noticeText(changed);
    EXPECT_TRUE(two.startsWith(QStringLiteral("2 of your entries were changed or removed outside Trustwork on or "
                                              "after ")))
        << two.toStdString();
    EXPECT_TRUE(two.contains(QStringLiteral("Dec 2026")));
    EXPECT_TRUE(app::lastVisitText(1'796'162'040'000).startsWith(QStringLiteral("Last time you were here: ")));
    EXPECT_TRUE(app::lastVisitText(0).isEmpty());
}

TEST_F(Unlocking, SwitchPartnerAndIdleLockSelectTheOtherPartner)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    window->switchPartner();
    EXPECT_TRUE(window->showingUnlock());
    EXPECT_EQ(window->unlockPage()->selectedPartner(), QStringLiteral("Sam"));
    unlockAs(QStringLiteral("Sam"), QStringLiteral("sam passphrase"));
    auto* idle = window->findChild<app::IdleLock*>();
    ASSERT_NE(idle, nullptr);
    idle->setTimeoutMs(200);
    ASSERT_TRUE(tw::test::waitUntil([&] { return context->session() == nullptr; }, 5000));
    EXPECT_EQ(window->unlockPage()->selectedPartner(), QStringLiteral("Alex"));
    // An ordinary lock keeps the same partner chosen.
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    context->lock();
    EXPECT_EQ(window->unlockPage()->selectedPartner(), QStringLiteral("Alex"));
}

TEST(HandOver, AddingAPartnerLocksFirstAndTheNewPartnerGetsTheirOwnFirstPages)
{
    tw::test::TempDir dir;
    const workbook::Options options = tw::test::quickOptions();
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Hurt, crypto::SecretBytes::fromString("robin passphrase"),
        crypto::makeRecoveryCode()});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    app::AppContext context(QString::fromStdString(dir.path().string()), options);
    app::MainWindow window(context, tw::test::curriculum());
    window.show();
    context.setSession(std::shared_ptr<workbook::Session>(
        workbook::Workbook::unlock(dir.path(), "Robin", crypto::SecretBytes::fromString("robin passphrase"), options)));
    context.session()->addEntry(
        {"solo.in-my-control", "answer", workbook::Visibility::Private, "", "CANARY-before-joining"});
    window.workspace()->openExercise(QStringLiteral("solo.in-my-control"));

    window.handOverTo(QStringLiteral("Jo"));
    // Locked for every view: nothing of Robin's on screen while Jo types.
    EXPECT_EQ(context.session(), nullptr);
    auto* page = window.handOverPage();
    ASSERT_TRUE(page->isVisible());
    QString shown;
    for (auto* label : window.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            shown += label->text() + QLatin1Char('\n');
        }
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("Hand the computer to Jo")));
    EXPECT_FALSE(shown.contains(QStringLiteral("CANARY-before-joining")));
    for (auto* edit : window.findChildren<QPlainTextEdit*>()) {
        EXPECT_FALSE(edit->isVisible() && edit->toPlainText().contains(QStringLiteral("CANARY")));
    }
    byName<QLineEdit>(page, QStringLiteral("Your passphrase"))->setText(QStringLiteral("robin passphrase"));
    byName<QLineEdit>(page, QStringLiteral("Your passphrase again"))->setText(QStringLiteral("robin passphrase"));
    byName<QPushButton>(page, QStringLiteral("Join the workbook"))->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !page->isBusy(); }));
    EXPECT_FALSE(page->errorText().isEmpty()); // Robin's passphrase is refused for Jo
    EXPECT_TRUE(page->isActive());
    byName<QLineEdit>(page, QStringLiteral("Your passphrase"))->setText(QStringLiteral("jo passphrase"));
    byName<QLineEdit>(page, QStringLiteral("Your passphrase again"))->setText(QStringLiteral("jo passphrase"));
    byName<QPushButton>(page, QStringLiteral("Join the workbook"))->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !page->isBusy(); }));
    EXPECT_FALSE(page->isActive());
    ASSERT_TRUE(window.showingUnlock());
    EXPECT_EQ(window.unlockPage()->selectedPartner(), QStringLiteral("Jo"));

    // Jo's first session: privacy, then Jo's own code, then the private check.
    byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase"))->setText(QStringLiteral("jo passphrase"));
    byName<QPushButton>(window.unlockPage(), QStringLiteral("Unlock"))->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !window.unlockPage()->isBusy(); }));
    ASSERT_NE(context.session(), nullptr);
    auto* firstRun = window.firstRun();
    ASSERT_NE(firstRun, nullptr);
    EXPECT_EQ(firstRun->currentId(), app::FirstRunWizard::WelcomePage);
    EXPECT_TRUE(firstRun->currentPage()->findChild<QLabel*>()->text().contains(QStringLiteral("Robin")));
    firstRun->next();
    ASSERT_EQ(firstRun->currentId(), app::FirstRunWizard::CodePage);
    QString joCode = firstRun->codePanel()->shownText();
    joCode.detach(); // the panel wipes its text in place when the page is left
    ASSERT_EQ(joCode.size(), 29);
    EXPECT_FALSE(context.session()->needsRecoveryCode());
    byName<QCheckBox>(firstRun, QStringLiteral("Recovery code stored"))->setChecked(true);
    firstRun->next();
    ASSERT_EQ(firstRun->currentId(), app::FirstRunWizard::SafetyPage);
    firstRun->button(QWizard::FinishButton)->click(); // saves the check (nothing ticked)
    ASSERT_TRUE(tw::test::waitUntil([&] { return window.firstRun() == nullptr; }));
    EXPECT_TRUE(workbook::SafetyService(*context.session()).hasAnswered());
    EXPECT_FALSE(app::FirstRunWizard::needed(*context.session()));
    EXPECT_FALSE(window.showingUnlock());

    // Robin's next session shows nothing of Jo's: no code, no first pages.
    window.switchPartner();
    EXPECT_EQ(window.unlockPage()->selectedPartner(), QStringLiteral("Robin"));
    byName<QLineEdit>(window.unlockPage(), QStringLiteral("Passphrase"))->setText(QStringLiteral("robin passphrase"));
    byName<QPushButton>(window.unlockPage(), QStringLiteral("Unlock"))->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !window.unlockPage()->isBusy(); }));
    EXPECT_EQ(window.firstRun(), nullptr);
    for (auto* label : window.findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(joCode));
    }
    // Jo's code is Jo's: it recovers Jo.
    context.lock();
    crypto::SecretBytes fresh;
    EXPECT_NO_THROW(workbook::Workbook::recover(dir.path(), "Jo", crypto::SecretBytes::fromString(joCode.toStdString()),
        crypto::SecretBytes::fromString("jo again passphrase"), fresh, options));
}

TEST_F(Unlocking, SomeoneMayKnowMyPassphraseRotatesAndShowsTheNewCode)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    context->session()->addEntry(
        {"step1.impact-letter", "answer", workbook::Visibility::Private, "", "written before the change"});
    app::ChangePassphraseDialog dialog(*context, app::ChangePassphraseDialog::Reason::SomeoneMayKnow);
    dialog.show();
    bool explained = false;
    for (auto* label : dialog.findChildren<QLabel*>()) {
        explained |= label->isVisible() && label->text().contains(QStringLiteral("seen or guessed"));
    }
    EXPECT_TRUE(explained);
    auto* go = byName<QPushButton>(&dialog, QStringLiteral("Set the new passphrase"));
    byName<QLineEdit>(&dialog, QStringLiteral("Current passphrase"))->setText(QStringLiteral("not it"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase"))->setText(QStringLiteral("fresh meadow candle"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase again"))->setText(QStringLiteral("fresh meadow candle"));
    ASSERT_TRUE(go->isEnabled());
    go->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog.isBusy(); }));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("not your current passphrase")));
    EXPECT_FALSE(dialog.changed());

    byName<QLineEdit>(&dialog, QStringLiteral("Current passphrase"))->setText(QStringLiteral("alex passphrase"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase"))->setText(QStringLiteral("fresh meadow candle"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase again"))->setText(QStringLiteral("fresh meadow candle"));
    go->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog.isBusy(); }));
    ASSERT_TRUE(dialog.changed());
    QString code = dialog.newCodeText();
    code.detach();
    EXPECT_EQ(code.size(), 29);
    dialog.accept();
    context->lock();

    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_EQ(context->session(), nullptr);
    EXPECT_TRUE(window->unlockPage()->errorText().contains(QStringLiteral("not right")));
    unlockAs(QStringLiteral("Alex"), QStringLiteral("fresh meadow candle"));
    ASSERT_NE(context->session(), nullptr);
    EXPECT_EQ(context->session()->entries({.exerciseId = "step1.impact-letter"}).size(), 1u);
    context->lock();
    crypto::SecretBytes fresh;
    EXPECT_NO_THROW(workbook::Workbook::recover(dir.path(), "Alex", crypto::SecretBytes::fromString(code.toStdString()),
        crypto::SecretBytes::fromString("third phrase here"), fresh, options));
}

TEST_F(Unlocking, OldSharedSettingsMoveIntoTheFirstUnlockingPartnersStore)
{
    {
        QSettings settings(app::Preferences::settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("lock/idleMinutes"), 42);
        settings.setValue(QStringLiteral("reminders/desktopNotifications"), true);
    }
    unlockAs(QStringLiteral("Sam"), QStringLiteral("sam passphrase"));
    const auto sam = app::PartnerPreferences::load(*context->session());
    EXPECT_EQ(sam.idleLockMinutes, 42);
    EXPECT_TRUE(sam.desktopNotifications);
    {
        QSettings settings(app::Preferences::settingsPath(), QSettings::IniFormat);
        EXPECT_FALSE(settings.contains(QStringLiteral("lock/idleMinutes")));
        EXPECT_FALSE(settings.contains(QStringLiteral("reminders/desktopNotifications")));
    }
    context->lock();
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    const auto alex = app::PartnerPreferences::load(*context->session());
    EXPECT_EQ(alex.idleLockMinutes, 5); // the safe default, not Sam's
    EXPECT_FALSE(alex.desktopNotifications);
    // What Sam sets is his alone.
    app::PartnerPreferences mine;
    mine.idleLockMinutes = 2;
    mine.save(*context->session());
    context->lock();
    unlockAs(QStringLiteral("Sam"), QStringLiteral("sam passphrase"));
    EXPECT_EQ(app::PartnerPreferences::load(*context->session()).idleLockMinutes, 42);
}

TEST_F(Unlocking, SettingsLockedShowNoPersonalPart)
{
    app::SettingsDialog locked(app::Preferences{}, nullptr, QString());
    EXPECT_FALSE(byName<QPushButton>(&locked, QStringLiteral("Someone may know my passphrase"))->isEnabled());
    const app::PartnerPreferences mine;
    app::SettingsDialog open(app::Preferences{}, &mine, QStringLiteral("Alex"));
    auto* someone = byName<QPushButton>(&open, QStringLiteral("Someone may know my passphrase"));
    ASSERT_TRUE(someone->isEnabled());
    someone->click();
    EXPECT_EQ(open.request(), app::SettingsDialog::Request::SomeoneMayKnow);
}

namespace {

// A solo partner's first pages in a window of their own, after a "Pause" button that stands for the
// main window's tool bar (first in the window's focus chain), on the welcome page.
struct FirstRunHost {
    tw::test::TempDir solo;
    std::unique_ptr<workbook::Session> session;
    QWidget host; // after the session: the wizard in it goes first
    QPushButton* outside = nullptr;
    app::FirstRunWizard* wizard = nullptr;

    explicit FirstRunHost(const workbook::Options& options)
    {
        std::vector<workbook::NewPartner> one;
        one.push_back({"Robin", workbook::Role::Mutual, crypto::SecretBytes::fromString("robin passphrase")});
        workbook::Workbook::create(solo.path(), std::move(one), options);
        session = workbook::Workbook::unlock(
            solo.path(), "Robin", crypto::SecretBytes::fromString("robin passphrase"), options);
        auto* layout = new QVBoxLayout(&host);
        outside = new QPushButton(QStringLiteral("Pause"), &host);
        layout->addWidget(outside);
        wizard = new app::FirstRunWizard(*session, tw::test::curriculum(), &host);
        layout->addWidget(wizard);
        host.show();
        host.activateWindow();
    }
    bool active()
    {
        return tw::test::waitUntil([&] { return host.isActiveWindow(); });
    }
};

} // namespace

// The first-run pages sit inside the main window. When a page disables or hides the button that had
// the focus (Next on the code page until the code is stored), Qt handed the focus to the first
// widget of the window, the tool bar's Pause button, outside the page just opened.
TEST_F(Unlocking, FirstRunPagesKeepTheKeyboardOnThePage)
{
    FirstRunHost run(options);
    ASSERT_TRUE(app::FirstRunWizard::needed(*run.session));
    ASSERT_TRUE(run.active());
    auto* wizard = run.wizard;
    wizard->button(QWizard::NextButton)->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), wizard->button(QWizard::NextButton));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::FirstRunWizard::CodePage);
    ASSERT_TRUE(tw::test::waitUntil([&] { return QApplication::focusWidget() != run.outside; }));
    const QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(wizard->currentPage()->isAncestorOf(focused)) << focused->metaObject()->className();
}

// Tab on a first-run page goes through the page, then Back and Next, then on to the rest of the
// window, and Shift+Tab the same way back. QWizard makes its buttons before the page, so its own
// order sent Tab from the page's last control to the tool bar and reached Back and Next after it.
TEST_F(Unlocking, FirstRunPagesTabThroughThePageThenItsButtons)
{
    FirstRunHost run(options);
    ASSERT_TRUE(run.active());
    auto* wizard = run.wizard;
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::FirstRunWizard::CodePage);
    auto* stored = wizard->currentPage()->findChild<QCheckBox*>();
    ASSERT_NE(stored, nullptr);
    stored->setChecked(true); // the code page's last control; Next is enabled from here on
    QApplication::processEvents();
    stored->setFocus();
    ASSERT_TRUE(tw::test::waitUntil([&] { return stored->hasFocus(); }));

    const auto tab = [](Qt::Key key) {
        QTest::keyClick(QApplication::focusWidget(), key);
        return QApplication::focusWidget();
    };
    auto* back = wizard->button(QWizard::BackButton);
    // The code page commits (the code is saved by it), so its Next is QWizard's commit button.
    auto* next = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    ASSERT_TRUE(back->isVisible() && next->isVisible() && next->isEnabled());
    EXPECT_EQ(tab(Qt::Key_Tab), back);
    EXPECT_EQ(tab(Qt::Key_Tab), next);
    EXPECT_EQ(tab(Qt::Key_Tab), run.outside);
    EXPECT_EQ(tab(Qt::Key_Backtab), next);
    EXPECT_EQ(tab(Qt::Key_Backtab), back);
    EXPECT_EQ(tab(Qt::Key_Backtab), stored);
}

TEST_F(Unlocking, NamesInTheUnlockPagesLinesAreShownAsTypedNeverAsMarkup)
{
    // A partner chooses their own name, and the other partner's unlock screen shows it in its note
    // ("Sam, unlock with ..."). Text that looks like markup stays text: no bold, no image loaded.
    const QString name = QStringLiteral("<b>Sam</b><img src=\"file:///etc/passwd\">");
    window->unlockPage()->setNote(QStringLiteral("%1, unlock with your new passphrase.").arg(name));
    const auto* note = byName<QLabel>(window->unlockPage(), QStringLiteral("Note"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisibleTo(window->unlockPage()));
    EXPECT_TRUE(note->text().startsWith(name));
    EXPECT_EQ(note->textFormat(), Qt::PlainText);
    // The same for the unlock problem, which can quote a name too.
    const auto* problem = window->unlockPage()->findChild<QLabel*>(QStringLiteral("inlineError"));
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->textFormat(), Qt::PlainText);
}
