// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "IdleLock.h"
#include "RecoveryDialog.h"
#include "Settings.h"
#include "TempDir.h"
#include "UnlockPage.h"
#include "Workspace.h"
#include "exercises/ReflectionEditor.h"
#include "settings/PartnerPreferences.h"
#include "setup/FirstRunWizard.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;

namespace {

struct Window : tw::test::CoupleWindow {
    void unlockAs(const QString& name, const QString& passphrase)
    {
        byName<QRadioButton>(window.get(), QStringLiteral("I am ") + name)->setChecked(true);
        auto* field = byName<QLineEdit>(window.get(), QStringLiteral("Passphrase"));
        field->setText(passphrase);
        byName<QPushButton>(window.get(), QStringLiteral("Unlock"))->click();
        ASSERT_TRUE(tw::test::waitUntil([&] { return !window->unlockPage()->isBusy(); }));
    }
};

} // namespace

TEST_F(Window, WrongPassphraseShowsInlineErrorWithFocusBack)
{
    EXPECT_TRUE(window->showingUnlock());
    unlockAs(QStringLiteral("Alex"), QStringLiteral("not it"));
    EXPECT_TRUE(window->unlockPage()->errorText().contains(QStringLiteral("not right")));
    EXPECT_TRUE(window->showingUnlock());
    EXPECT_EQ(context->session(), nullptr);
    auto* field = byName<QLineEdit>(window.get(), QStringLiteral("Passphrase"));
    EXPECT_TRUE(field->hasFocus() || QApplication::focusWidget() == field || !window->isActiveWindow());
    EXPECT_TRUE(field->isEnabled());
}

TEST_F(Window, UnlockThenLockWipesTheSession)
{
    unlockAs(QStringLiteral("Sam"), QStringLiteral("sam passphrase"));
    ASSERT_NE(context->session(), nullptr);
    EXPECT_EQ(context->session()->me().name, "Sam");
    EXPECT_FALSE(window->showingUnlock());
    context->lock();
    EXPECT_EQ(context->session(), nullptr);
    EXPECT_TRUE(window->showingUnlock());
}

TEST_F(Window, QuickExitHidesAndLocks)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    ASSERT_NE(context->session(), nullptr);
    bool requested = false;
    QObject::connect(window.get(), &app::MainWindow::quickExitRequested, [&] { requested = true; });
    window->quickExit();
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(context->session(), nullptr);
    EXPECT_TRUE(requested);
}

TEST_F(Window, DamagedKeyFileIsNotReportedAsWrongPassphrase)
{
    auto bytes = tw::test::readBytes(dir / "workbook.keys");
    bytes[bytes.size() / 2] ^= 0x02;
    tw::test::writeBytes(dir / "workbook.keys", bytes);
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_FALSE(window->unlockPage()->errorText().contains(QStringLiteral("not right")));
    EXPECT_FALSE(window->unlockPage()->errorText().isEmpty());
}

TEST_F(Window, PrivateAndSharedReflectionsBetweenPartners)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    auto* workspace = window->workspace();
    workspace->openExercise(QStringLiteral("step1.impact-letter"));
    auto* editor = dynamic_cast<app::ReflectionEditor*>(workspace->exerciseView()->editor());
    ASSERT_NE(editor, nullptr);
    const auto& prompts = tw::test::curriculum().findExercise("step1.impact-letter")->prompts;
    editor->box(prompts.at(0).id)->setPlainText(QStringLiteral("CANARY-private-reflection"));
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText() == QStringLiteral("Saved"); }));
    workspace->openExercise(QStringLiteral("start.what-brings-me-here"));
    editor = dynamic_cast<app::ReflectionEditor*>(workspace->exerciseView()->editor());
    ASSERT_NE(editor, nullptr);
    const auto& other = tw::test::curriculum().findExercise("start.what-brings-me-here")->prompts;
    editor->box(other.at(0).id)->setPlainText(QStringLiteral("shared reflection text"));
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText() == QStringLiteral("Saved"); }));
    auto* share = byName<QPushButton>(editor, QStringLiteral("Share this answer with your partner"));
    ASSERT_NE(share, nullptr);
    share->click();
    // The preview first (issue 18); one confirmation shares.
    EXPECT_FALSE(editor->isShared());
    ASSERT_TRUE(tw::test::confirmSharePreview());
    EXPECT_TRUE(editor->isShared());
    context->lock();

    unlockAs(QStringLiteral("Sam"), QStringLiteral("sam passphrase"));
    const auto entries = context->session()->entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_NE(entries[0].body.find("shared reflection text"), std::string::npos);
    // Sam's own view of the impact letter is empty: Alex's private words are not there.
    workspace->openExercise(QStringLiteral("step1.impact-letter"));
    editor = dynamic_cast<app::ReflectionEditor*>(workspace->exerciseView()->editor());
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->box(prompts.at(0).id)->toPlainText().isEmpty());
    for (auto* label : window->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY-private-reflection")));
    }
}

TEST_F(Window, FailedSaveSaysSoAndKeepsTheText)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    window->workspace()->openExercise(QStringLiteral("step1.impact-letter"));
    auto* editor = dynamic_cast<app::ReflectionEditor*>(window->workspace()->exerciseView()->editor());
    ASSERT_NE(editor, nullptr);
    const auto& prompts = tw::test::curriculum().findExercise("step1.impact-letter")->prompts;
    // Lock the session underneath the open editor: the next save must fail visibly.
    context->session()->lock();
    editor->box(prompts.at(0).id)->setPlainText(QStringLiteral("words that must not vanish"));
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText().startsWith(QStringLiteral("Not saved")); }));
    EXPECT_NE(editor->statusText(), QStringLiteral("Saved"));
    EXPECT_EQ(editor->box(prompts.at(0).id)->toPlainText(), QStringLiteral("words that must not vanish"));
}

TEST_F(Window, SettingsHoldNoUserText)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    window->workspace()->openExercise(QStringLiteral("step1.impact-letter"));
    auto* editor = dynamic_cast<app::ReflectionEditor*>(window->workspace()->exerciseView()->editor());
    const auto& prompts = tw::test::curriculum().findExercise("step1.impact-letter")->prompts;
    editor->box(prompts.at(0).id)->setPlainText(QStringLiteral("CANARY-settings-scan"));
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText() == QStringLiteral("Saved"); }));
    app::Preferences prefs = app::Preferences::load();
    prefs.textSizePercent = 125;
    prefs.save();
    app::PartnerPreferences mine;
    mine.idleLockMinutes = 7;
    mine.save(*context->session());
    const auto bytes = tw::test::readBytes(app::Preferences::settingsPath().toStdString());
    const std::string text(bytes.begin(), bytes.end());
    EXPECT_NE(text.find("textSize"), std::string::npos);
    // The idle lock is Alex's own, in her private store: not in the file Sam can edit.
    EXPECT_EQ(text.find("idle"), std::string::npos);
    EXPECT_EQ(text.find("CANARY-settings-scan"), std::string::npos);
    EXPECT_EQ(text.find("Alex"), std::string::npos);
    EXPECT_EQ(app::Preferences::load().textSizePercent, 125);
    EXPECT_EQ(app::PartnerPreferences::load(*context->session()).idleLockMinutes, 7);
}

TEST_F(Window, IdleTimeLocks)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    auto* idle = window->findChild<app::IdleLock*>();
    ASSERT_NE(idle, nullptr);
    idle->setTimeoutMs(200); // the real timer, shortened from minutes
    ASSERT_TRUE(tw::test::waitUntil([&] { return context->session() == nullptr; }, 5000));
    EXPECT_TRUE(window->showingUnlock());
}

TEST_F(Window, KeepAwakeCountsAsActivity)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    auto* idle = window->findChild<app::IdleLock*>();
    ASSERT_NE(idle, nullptr);
    bool fired = false;
    QObject::connect(idle, &app::IdleLock::idle, [&] { fired = true; });
    qint64 now = 0; // an injected clock, so minutes pass without waiting and the machine's speed does not matter
    idle->setClock([&now] { return now; });
    idle->setTimeoutMinutes(5);
    // A conversation timer keeps calling keepAwake() for twelve minutes; the lock must not fire meanwhile.
    for (int minute = 0; minute < 12; ++minute) {
        now += 60 * 1000;
        app::IdleLock::keepAwake();
        QApplication::processEvents(); // delivers the posted keep-awake event
        idle->check();
    }
    EXPECT_FALSE(fired);
    now += 5 * 60 * 1000 - 1;
    idle->check();
    EXPECT_FALSE(fired) << "locked before five quiet minutes";
    now += 1;
    idle->check();
    EXPECT_TRUE(fired) << "five minutes after the last keep-awake it locks";
}

TEST(Recovery, ForgottenPassphraseIsReplacedWithTheRecoveryCode)
{
    tw::test::TempDir dir;
    const workbook::Options options = tw::test::quickOptions();
    std::vector<workbook::NewPartner> one;
    const auto made = crypto::makeRecoveryCode();
    one.push_back(
        {"Robin", workbook::Role::Hurt, crypto::SecretBytes::fromString("forgotten passphrase"), made.clone()});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    const QString code = QString::fromUtf8(made.view().data(), static_cast<qsizetype>(made.size()));

    app::RecoveryDialog dialog(QString::fromStdString(dir.path().string()), QStringLiteral("Robin"), options);
    dialog.show();
    auto* go = byName<QPushButton>(&dialog, QStringLiteral("Set the new passphrase"));
    byName<QLineEdit>(&dialog, QStringLiteral("Recovery code"))
        ->setText(QStringLiteral("WRONG-WRONG-WRONG-WRONG-WRONG"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase"))->setText(QStringLiteral("a brand new phrase"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase again"))->setText(QStringLiteral("a brand new phrase"));
    go->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog.isBusy(); }));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("not right")));
    EXPECT_EQ(dialog.session(), nullptr);

    byName<QLineEdit>(&dialog, QStringLiteral("Recovery code"))->setText(code.toLower()); // typed loosely
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase"))->setText(QStringLiteral("a brand new phrase"));
    byName<QLineEdit>(&dialog, QStringLiteral("New passphrase again"))->setText(QStringLiteral("a brand new phrase"));
    go->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog.isBusy(); }));
    ASSERT_NE(dialog.session(), nullptr);
    EXPECT_EQ(dialog.newCodeText().size(), 29);
    EXPECT_NE(dialog.newCodeText(), code);
    dialog.session()->lock();
    EXPECT_NO_THROW(workbook::Workbook::unlock(
        dir.path(), "Robin", crypto::SecretBytes::fromString("a brand new phrase"), options));
}

// A solo partner without a recovery code yet, unlocked in a real, active main window: their first
// pages (recovery code, safety check) open inside it, on the welcome page.
struct FirstPages : ::testing::Test {
    tw::test::TempDir dir;
    workbook::Options options = tw::test::quickOptions();
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;
    app::FirstRunWizard* wizard = nullptr;

    void SetUp() override
    {
        std::vector<workbook::NewPartner> one;
        one.push_back({"Robin", workbook::Role::Mutual, crypto::SecretBytes::fromString("robin passphrase")});
        workbook::Workbook::create(dir.path(), std::move(one), options);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), options);
        window = std::make_unique<app::MainWindow>(*context, tw::test::curriculum());
        window->show();
        window->activateWindow();
        ASSERT_TRUE(tw::test::waitUntil([&] { return window->isActiveWindow(); }));
        context->setSession(std::shared_ptr<workbook::Session>(workbook::Workbook::unlock(
            dir.path(), "Robin", crypto::SecretBytes::fromString("robin passphrase"), options)));
        wizard = window->findChild<app::FirstRunWizard*>();
        ASSERT_NE(wizard, nullptr);
        ASSERT_TRUE(wizard->isVisible());
    }
};

// When the last page was finished the wizard was taken out of the window while it held the focus,
// and Qt gave it to the first widget of the window: the tool bar's Pause button, where a keyboard
// user then started.
TEST_F(FirstPages, AfterTheLastOneTheKeyboardStartsInTheWorkbookAsAfterAnyUnlock)
{
    wizard->next();
    auto* stored = wizard->findChild<QCheckBox*>();
    ASSERT_NE(stored, nullptr);
    stored->setChecked(true);
    while (!wizard->button(QWizard::FinishButton)->isVisible()) {
        wizard->next();
    }
    // As a keyboard user finishes: the Finish button has the focus when it is pressed.
    QPointer<app::FirstRunWizard> finishing(wizard);
    wizard->button(QWizard::FinishButton)->setFocus();
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return finishing.isNull() || !finishing->isVisible(); }));

    const QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused, byName<QPushButton>(window.get(), QStringLiteral("Home")))
        << focused->metaObject()->className() << " '" << focused->accessibleName().toStdString() << "'";
    // And Home, opened at that moment, already knows the safety check was answered on the last page.
    const auto* again = byName<QPushButton>(window.get(), QStringLiteral("Start the safety check"));
    EXPECT_TRUE(again == nullptr || !again->isVisible());
}

// On the code page, ticking "I have stored my recovery code" with the keyboard sent the focus to the
// tool bar's Pause button (QWizard hides and shows its page area again when a page completes). It
// stays on the box, and Tab goes on to Back and Next, not to the tool bar.
TEST_F(FirstPages, TickingTheCodeBoxKeepsTheKeyboardOnThePage)
{
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::FirstRunWizard::CodePage);
    auto* stored = wizard->currentPage()->findChild<QCheckBox*>();
    ASSERT_NE(stored, nullptr);
    stored->setFocus();
    ASSERT_TRUE(tw::test::waitUntil([&] { return stored->hasFocus(); }));

    QTest::keyClick(stored, Qt::Key_Space);
    ASSERT_TRUE(stored->isChecked());
    QApplication::processEvents();
    EXPECT_EQ(QApplication::focusWidget(), stored) << QApplication::focusWidget()->metaObject()->className();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), wizard->button(QWizard::BackButton));
}
