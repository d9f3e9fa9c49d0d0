// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "AppContext.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "WithoutModules.h"
#include "exercises/ChecklistEditor.h"
#include "modules/Modules.h"
#include "setup/BuiltWhenShownPage.h"
#include "setup/RecoveryCodePanel.h"
#include "tw/base/Error.h"
#include "tw/workbook/SafetyService.h"
#include "tw/workbook/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace tw;
using tw::test::byName;

namespace {

workbook::Options fast(bool enforce = false)
{
    workbook::Options o;
    o.kdf = crypto::KdfParams::fastForTests();
    o.enforcePassphraseStrength = enforce;
    return o;
}

void type(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = byName<QLineEdit>(root, name);
    ASSERT_NE(edit, nullptr) << name.toStdString();
    edit->setText(text);
}

/** @brief Everything a person could read in the wizard right now: title, subtitle and visible texts. */
QString visibleText(QWizard& wizard)
{
    QString all = wizard.currentPage()->title() + QLatin1Char('\n') + wizard.currentPage()->subTitle();
    for (auto* label : wizard.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            all += QLatin1Char('\n') + label->text();
        }
    }
    for (auto* edit : wizard.findChildren<QLineEdit*>()) {
        if (edit->isVisible()) {
            all += QLatin1Char('\n') + edit->text();
        }
    }
    return all;
}

/** @brief A copy of the code on screen: the panel wipes its own text in place when the page is left. */
QString shownCode(QWizard& wizard)
{
    auto* panel = wizard.currentPage()->findChild<app::RecoveryCodePanel*>();
    QString code = panel ? panel->shownText() : QString();
    code.detach();
    return code;
}

void setPassphrase(app::SetupWizard& wizard, const QString& text)
{
    type(wizard.currentPage(), QStringLiteral("Passphrase"), text);
    type(wizard.currentPage(), QStringLiteral("Passphrase again"), text);
}

void confirmStored(app::SetupWizard& wizard)
{
    auto* stored = byName<QCheckBox>(wizard.currentPage(), QStringLiteral("Recovery code stored"));
    ASSERT_NE(stored, nullptr);
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled()); // must confirm the code is stored first
    stored->setChecked(true);
}

struct CoupleSetup : ::testing::Test {
    tw::test::TempDir dir;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::SetupWizard> wizard;

    void start(bool enforce = false)
    {
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), fast(enforce));
        wizard = std::make_unique<app::SetupWizard>(*context, tw::test::curriculum());
        wizard->show();
        wizard->next();
        type(wizard.get(), QStringLiteral("First partner's name"), QStringLiteral("Alex"));
        type(wizard.get(), QStringLiteral("Second partner's name"), QStringLiteral("Sam"));
        byName<QComboBox>(wizard.get(), QStringLiteral("Second partner's role"))->setCurrentIndex(1);
        wizard->next();
        ASSERT_EQ(wizard->currentId(), app::SetupWizard::FirstPassphrasePage);
    }
    void TearDown() override
    {
        app::RecoveryCodePanel::setPathChooser({});
        app::RecoveryCodePanel::setPrintSetup({});
    }
};

} // namespace

TEST_F(CoupleSetup, EachCodeOnlyOnItsOwnPartnersPageAndNoBackToIt)
{
    start();
    setPassphrase(*wizard, QStringLiteral("river lantern quietly"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::SetupWizard::FirstCodePage);
    const QString alexCode = shownCode(*wizard);
    ASSERT_EQ(alexCode.size(), 29);
    EXPECT_TRUE(wizard->currentPage()->subTitle().contains(QStringLiteral("Sam, please look away")));
    // The passphrase just typed is gone from the fields (into guarded memory).
    for (auto* edit : wizard->findChildren<QLineEdit*>()) {
        EXPECT_FALSE(edit->text().contains(QStringLiteral("river lantern")));
    }
    QString alexPage = visibleText(*wizard);
    alexPage.detach();
    EXPECT_TRUE(alexPage.contains(alexCode));
    // No button anyone would read as "Commit".
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->text().contains(QStringLiteral("Commit")));
    confirmStored(*wizard);
    wizard->next();

    ASSERT_EQ(wizard->currentId(), app::SetupWizard::SecondPassphrasePage);
    EXPECT_FALSE(visibleText(*wizard).contains(alexCode));
    // No way back to Alex's code: the Back button is gone, and the code page itself holds no code
    // any more (it was wiped when Alex pressed Next).
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isVisible() && wizard->button(QWizard::BackButton)->isEnabled());
    EXPECT_TRUE(
        wizard->page(app::SetupWizard::FirstCodePage)->findChild<app::RecoveryCodePanel*>()->shownText().isEmpty());
    // Sam may not choose Alex's passphrase.
    setPassphrase(*wizard, QStringLiteral("river lantern quietly"));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    const auto* strength = byName<QLabel>(wizard->currentPage(), QStringLiteral("Passphrase strength"));
    EXPECT_TRUE(strength->text().contains(QStringLiteral("your partner's passphrase")));
    setPassphrase(*wizard, QStringLiteral("orchard pebble morning"));
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    ASSERT_EQ(wizard->currentId(), app::SetupWizard::SecondCodePage);
    const QString samCode = shownCode(*wizard);
    ASSERT_EQ(samCode.size(), 29);
    EXPECT_NE(samCode, alexCode);
    EXPECT_TRUE(wizard->currentPage()->subTitle().contains(QStringLiteral("Alex, please look away")));
    QString samPage = visibleText(*wizard);
    samPage.detach();
    EXPECT_TRUE(samPage.contains(samCode));
    EXPECT_FALSE(samPage.contains(alexCode));
    EXPECT_FALSE(alexPage.contains(samCode));
    confirmStored(*wizard);
    wizard->next();

    ASSERT_TRUE(tw::test::waitUntil([&] { return wizard->currentId() == app::SetupWizard::PrivacyPage; }));
    EXPECT_FALSE(wizard->holdsSecrets()); // codes and passphrases wiped once the workbook exists
    EXPECT_FALSE(visibleText(*wizard).contains(samCode));
    // Each code recovers its own partner only: the workbook was made from the very codes shown.
    auto alexRecoveryTry = [&](const QString& code, const std::string& name) {
        crypto::SecretBytes fresh;
        try {
            auto s = workbook::Workbook::recover(dir.path(), name, crypto::SecretBytes::fromString(code.toStdString()),
                crypto::SecretBytes::fromString("a brand new phrase " + name), fresh, fast());
            return s != nullptr;
        } catch (const Error&) {
            return false;
        }
    };
    wizard->reject();
    EXPECT_FALSE(alexRecoveryTry(alexCode, "Sam"));
    EXPECT_FALSE(alexRecoveryTry(samCode, "Alex"));
    EXPECT_TRUE(alexRecoveryTry(alexCode, "Alex"));
    EXPECT_TRUE(alexRecoveryTry(samCode, "Sam"));
}

TEST_F(CoupleSetup, SaveAndPrintHoldThatPartnersCodeOnly)
{
    start();
    setPassphrase(*wizard, QStringLiteral("river lantern quietly"));
    wizard->next();
    const QString alexCode = shownCode(*wizard);
    const QString file = QString::fromStdString((dir / "alex-code.txt").string());
    app::RecoveryCodePanel::setPathChooser([&](QWidget*, const QString&) { return file; });
    byName<QPushButton>(wizard->currentPage(), QStringLiteral("Save my recovery code to a file"))->click();
    struct stat st = {};
    ASSERT_EQ(::stat(file.toLocal8Bit().constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    QFile saved(file);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    EXPECT_TRUE(text.contains(alexCode));
    EXPECT_TRUE(text.contains(QStringLiteral("Alex")));
    EXPECT_FALSE(text.contains(QStringLiteral("Sam")));
    confirmStored(*wizard);
    wizard->next();
    setPassphrase(*wizard, QStringLiteral("orchard pebble morning"));
    wizard->next();
    const QString samCode = shownCode(*wizard);
    const QString pdf = QString::fromStdString((dir / "sam-code.pdf").string());
    app::RecoveryCodePanel::setPrintSetup([&](QPrinter& printer, QWidget*) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        return true;
    });
    byName<QPushButton>(wizard->currentPage(), QStringLiteral("Print my recovery code"))->click();
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(samCode)) << printed.toStdString() << " / " << samCode.toStdString();
    EXPECT_FALSE(printed.contains(alexCode));
    EXPECT_FALSE(printed.contains(QStringLiteral("Alex")));
}

// Printing is a module loaded on first use (the first window does not link Qt PrintSupport).
// Without it, Print says what is missing and what to do instead; nothing is printed or written,
// and saving to a file still works.
TEST_F(CoupleSetup, WithoutThePrintingModulePrintSaysWhatToDoInstead)
{
    const tw::test::WithoutModules withoutModules;
    start();
    setPassphrase(*wizard, QStringLiteral("river lantern quietly"));
    wizard->next();
    const QString code = shownCode(*wizard);
    bool asked = false;
    app::RecoveryCodePanel::setPrintSetup([&](QPrinter&, QWidget*) {
        asked = true;
        return true;
    });
    byName<QPushButton>(wizard->currentPage(), QStringLiteral("Print my recovery code"))->click();
    EXPECT_FALSE(asked) << "no printer is set up without the module";
    EXPECT_TRUE(visibleText(*wizard).contains(QStringLiteral("Printing is not available")));
    EXPECT_TRUE(visibleText(*wizard).contains(QStringLiteral("Save the code to a file instead")));
    EXPECT_FALSE(app::modules::problem("trustwork-print.so").isEmpty());
    const QString file = QString::fromStdString((dir / "code.txt").string());
    app::RecoveryCodePanel::setPathChooser([&](QWidget*, const QString&) { return file; });
    byName<QPushButton>(wizard->currentPage(), QStringLiteral("Save my recovery code to a file"))->click();
    QFile saved(file);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(saved.readAll()).contains(code));
}

TEST_F(CoupleSetup, WeakPassphraseIsRefusedWithAdvice)
{
    start(true);
    setPassphrase(*wizard, QStringLiteral("alex2026"));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    const auto* strength = byName<QLabel>(wizard->currentPage(), QStringLiteral("Passphrase strength"));
    EXPECT_TRUE(strength->text().contains(QStringLiteral("Add another ordinary word")));
    setPassphrase(*wizard, QStringLiteral("copper walrus gently folds maps"));
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_F(CoupleSetup, SafetyCheckIsSavedByNextAndTheWorkbookOpensForWhoStarts)
{
    start();
    setPassphrase(*wizard, QStringLiteral("river lantern quietly"));
    wizard->next();
    confirmStored(*wizard);
    wizard->next();
    setPassphrase(*wizard, QStringLiteral("orchard pebble morning"));
    wizard->next();
    confirmStored(*wizard);
    wizard->next();
    ASSERT_TRUE(tw::test::waitUntil([&] { return wizard->currentId() == app::SetupWizard::PrivacyPage; }));
    EXPECT_TRUE(visibleText(*wizard).contains(QStringLiteral("each of you")));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::SetupWizard::FirstSafetyPage);
    auto* check = wizard->currentPage()->findChild<app::SafetyCheckEditor*>();
    ASSERT_NE(check, nullptr);
    // No separate save button: Next saves. The emergency line is on the page.
    EXPECT_FALSE(check->saveButton()->isVisible());
    auto* emergency = wizard->currentPage()->findChild<QLabel*>(QStringLiteral("emergencyLine"));
    ASSERT_NE(emergency, nullptr);
    EXPECT_TRUE(emergency->text().contains(QStringLiteral("emergency services")));
    wizard->next(); // nothing ticked: an answer, and Alex's own
    ASSERT_EQ(wizard->currentId(), app::SetupWizard::SecondSafetyPage);
    EXPECT_FALSE(wizard->button(QWizard::BackButton)->isVisible() && wizard->button(QWizard::BackButton)->isEnabled());
    check = wizard->currentPage()->findChild<app::SafetyCheckEditor*>();
    ASSERT_NE(check, nullptr);
    check->box("afraid")->setChecked(true);
    wizard->next(); // saved; the page stays once so the message after a concern is read
    EXPECT_EQ(wizard->currentId(), app::SetupWizard::SecondSafetyPage);
    EXPECT_TRUE(check->concernPanel()->isVisibleTo(wizard.get()));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::SetupWizard::ReadyPage);
    byName<QRadioButton>(wizard.get(), QStringLiteral("Sam starts"))->setChecked(true);
    wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard->result(), QDialog::Accepted);
    auto session = wizard->takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->me().name, "Sam");
    EXPECT_TRUE(workbook::SafetyService(*session).needsIndividualPath());
    session->lock();
    auto alex = workbook::Workbook::unlock(
        dir.path(), "Alex", crypto::SecretBytes::fromString("river lantern quietly"), fast());
    EXPECT_TRUE(workbook::SafetyService(*alex).hasAnswered());
    EXPECT_FALSE(workbook::SafetyService(*alex).needsIndividualPath());
}

TEST(SetupWizard, SoloNeverSpeaksOfTwoAndOpensAtOnce)
{
    tw::test::TempDir dir;
    app::AppContext context(QString::fromStdString(dir.path().string()), fast());
    app::SetupWizard wizard(context, tw::test::curriculum());
    wizard.show();
    byName<QRadioButton>(&wizard, QStringLiteral("On my own"))->setChecked(true);
    wizard.next();
    type(&wizard, QStringLiteral("First partner's name"), QStringLiteral("Robin"));
    wizard.next();
    setPassphrase(wizard, QStringLiteral("a long enough phrase"));
    QString seen = visibleText(wizard);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstCodePage);
    seen += visibleText(wizard);
    confirmStored(wizard);
    wizard.next();
    ASSERT_TRUE(tw::test::waitUntil([&] { return wizard.currentId() == app::SetupWizard::PrivacyPage; }));
    EXPECT_EQ(context.partnerNames(), QStringList{QStringLiteral("Robin")});
    seen += visibleText(wizard);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstSafetyPage);
    seen += visibleText(wizard);
    EXPECT_FALSE(seen.contains(QStringLiteral("each of you"), Qt::CaseInsensitive)) << seen.toStdString();
    EXPECT_FALSE(seen.contains(QStringLiteral("look away")));
    wizard.button(QWizard::FinishButton)->click(); // saves the check, opens the workbook
    auto session = wizard.takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->me().name, "Robin");
    EXPECT_FALSE(session->needsRecoveryCode());
    EXPECT_TRUE(workbook::SafetyService(*session).hasAnswered());
}

TEST(SetupWizard, LaterPagesAreBuiltTheFirstTimeTheyAreShown)
{
    // Built with the wizard, they held back a new install's first window (issue 21).
    tw::test::TempDir dir;
    app::AppContext context(QString::fromStdString(dir.path().string()), fast());
    app::SetupWizard wizard(context, tw::test::curriculum());
    const auto built = [&wizard](int id) {
        return static_cast<app::BuiltWhenShownPage*>(wizard.page(id))->isBuilt()
            && !wizard.page(id)->findChildren<QWidget*>().isEmpty();
    };
    const int later[]
        = {app::SetupWizard::PartnersPage, app::SetupWizard::FirstPassphrasePage, app::SetupWizard::FirstCodePage,
            app::SetupWizard::SecondPassphrasePage, app::SetupWizard::SecondCodePage, app::SetupWizard::JoinPage};
    wizard.show();
    for (const int id : later) {
        EXPECT_FALSE(built(id)) << id;
        EXPECT_TRUE(wizard.page(id)->findChildren<QWidget*>().isEmpty()) << id;
    }
    // Not complete before it exists: Next cannot skip a page nobody has seen.
    EXPECT_FALSE(wizard.page(app::SetupWizard::PartnersPage)->isComplete());
    wizard.next();
    EXPECT_TRUE(built(app::SetupWizard::PartnersPage));
    EXPECT_FALSE(built(app::SetupWizard::FirstPassphrasePage));
    type(&wizard, QStringLiteral("First partner's name"), QStringLiteral("Alex"));
    type(&wizard, QStringLiteral("Second partner's name"), QStringLiteral("Sam"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstPassphrasePage);
    EXPECT_TRUE(built(app::SetupWizard::FirstPassphrasePage));
    EXPECT_TRUE(wizard.currentPage()->title().contains(QStringLiteral("Alex")));
    EXPECT_FALSE(built(app::SetupWizard::JoinPage));
    // Back to the first page and on to joining: that page is made then.
    wizard.back();
    wizard.back();
    byName<QRadioButton>(&wizard, QStringLiteral("Join from another computer"))->setChecked(true);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::JoinPage);
    EXPECT_TRUE(built(app::SetupWizard::JoinPage));
    auto* folder = byName<QLineEdit>(&wizard, QStringLiteral("Sync folder"));
    ASSERT_NE(folder, nullptr);
    // The page opens with the focus where typing starts, as every other page does.
    EXPECT_EQ(wizard.focusWidget(), folder);
}
