// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Starting practice mode: the wizard's therapist choice, where the practice lives, and the practice
// set-up dialog creating a real practice with the fingerprint and recovery code shown once.
#include "AppContext.h"
#include "AppOptions.h"
#include "GuiHelpers.h"
#include "SetupWizard.h"
#include "TempDir.h"
#include "therapist/PracticeMode.h"
#include "therapist/PracticeSetupDialog.h"
#include "tw/workbook/Workbook.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace tw::test {
namespace {

workbook::Options fast()
{
    workbook::Options o;
    o.kdf = crypto::KdfParams::fastForTests();
    o.enforcePassphraseStrength = false;
    o.dailyBackup = false;
    return o;
}

TEST(TherapistSetup, WizardTherapistChoiceFinishesAtOnceAndCreatesNoCoupleWorkbook)
{
    TempDir dir;
    app::AppContext context(QString::fromStdString(dir.path().string()), fast());
    app::SetupWizard wizard(context, curriculum());
    wizard.show();
    auto* therapist = byName<QRadioButton>(&wizard, QStringLiteral("I am a therapist"));
    ASSERT_NE(therapist, nullptr);
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isVisible());
    therapist->setChecked(true);
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isVisible());
    EXPECT_FALSE(wizard.practiceChosen());
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(wizard.practiceChosen());
    EXPECT_FALSE(context.workbookExists());
}

TEST(TherapistSetup, CancellingTheWizardIsNotAPracticeChoice)
{
    TempDir dir;
    app::AppContext context(QString::fromStdString(dir.path().string()), fast());
    app::SetupWizard wizard(context, curriculum());
    wizard.show();
    byName<QRadioButton>(&wizard, QStringLiteral("I am a therapist"))->setChecked(true);
    wizard.reject();
    EXPECT_FALSE(wizard.practiceChosen());
}

TEST(TherapistSetup, PracticeFolderIsKeptApartFromTheCouplesWorkbook)
{
    TempDir dir;
    app::AppOptions options;
    options.dataDir = QString::fromStdString(dir.path().string());
    // An explicit --data-dir with --practice is the practice folder itself, as with trustwork-cli.
    options.practice = true;
    EXPECT_EQ(app::therapist::practiceDataDir(options), options.dataDir);
    EXPECT_TRUE(app::therapist::startsInPracticeMode(options));
    // Without --practice, an empty folder is a couple's first run, and the practice would go below it.
    options.practice = false;
    EXPECT_EQ(app::therapist::practiceDataDir(options), QDir(options.dataDir).filePath(QStringLiteral("practice")));
    EXPECT_FALSE(app::therapist::startsInPracticeMode(options));
    // The default location keeps the practice in a folder of its own.
    app::AppOptions defaults;
    defaults.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    defaults.practice = true;
    EXPECT_EQ(app::therapist::practiceDataDir(defaults), QDir(defaults.dataDir).filePath(QStringLiteral("practice")));
}

TEST(TherapistSetup, AFolderHoldingAPracticeOpensInPracticeMode)
{
    TempDir dir;
    const auto practice = dir.path() / "practice";
    workbook::Workbook::createPractice(
        practice, {"Dr Rivera", workbook::Role::Mutual, crypto::SecretBytes::fromString("rivera pass")}, fast());
    app::AppOptions options;
    options.dataDir = QString::fromStdString(dir.path().string());
    // No couple's workbook yet, and a practice below: a therapist's usual start.
    EXPECT_TRUE(app::therapist::startsInPracticeMode(options));
    options.dataDir = QString::fromStdString(practice.string());
    EXPECT_TRUE(app::therapist::startsInPracticeMode(options));
    EXPECT_EQ(app::therapist::practiceDataDir(options), options.dataDir);
    options.demo = true;
    EXPECT_FALSE(app::therapist::startsInPracticeMode(options));
}

TEST(TherapistSetup, SetupDialogCreatesThePracticeAndShowsFingerprintAndCodeOnce)
{
    TempDir dir;
    const QString path = QString::fromStdString((dir.path() / "practice").string());
    app::therapist::PracticeSetupDialog dialog(path, fast());
    dialog.show();
    auto* create = byName<QPushButton>(&dialog, QStringLiteral("Create practice"));
    ASSERT_NE(create, nullptr);
    EXPECT_FALSE(create->isEnabled());
    byName<QLineEdit>(&dialog, QStringLiteral("Your name as clients know you"))->setText(QStringLiteral("Dr Rivera"));
    byName<QLineEdit>(&dialog, QStringLiteral("Practice passphrase"))->setText(QStringLiteral("a long practice pass"));
    EXPECT_FALSE(create->isEnabled()); // typed once only
    byName<QLineEdit>(&dialog, QStringLiteral("Practice passphrase again"))
        ->setText(QStringLiteral("a long practice pass"));
    ASSERT_TRUE(create->isEnabled());
    create->click();
    ASSERT_TRUE(waitUntil([&] {
        return !dialog.isBusy() && !byName<QLabel>(&dialog, QStringLiteral("Recovery code"))->text().isEmpty();
    })) << dialog.errorText().toStdString();
    const auto info = workbook::Workbook::info(path.toStdString());
    EXPECT_EQ(info.kind, workbook::kPracticeKind);
    ASSERT_EQ(info.names.size(), 1U);
    EXPECT_EQ(info.names[0], "Dr Rivera");
    bool fingerprintShown = false;
    for (auto* label : dialog.findChildren<QLabel*>()) {
        fingerprintShown = fingerprintShown || label->accessibleName().startsWith(QStringLiteral("Fingerprint "));
    }
    EXPECT_TRUE(fingerprintShown);
    // Opening waits until the therapist says the code is stored.
    auto* open = byName<QPushButton>(&dialog, QStringLiteral("Open my practice"));
    EXPECT_FALSE(open->isEnabled());
    byName<QCheckBox>(&dialog, QStringLiteral("Recovery code stored"))->setChecked(true);
    EXPECT_TRUE(open->isEnabled());
}

} // namespace
} // namespace tw::test
