// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "AppContext.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "exercises/ChecklistEditor.h"
#include "tw/workbook/SafetyService.h"
#include "tw/workbook/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;

namespace {

workbook::Options fast()
{
    workbook::Options o;
    o.kdf = crypto::KdfParams::fastForTests();
    o.enforcePassphraseStrength = false;
    return o;
}

void type(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = byName<QLineEdit>(root, name);
    ASSERT_NE(edit, nullptr) << name.toStdString();
    edit->setText(text);
}

} // namespace

TEST(SetupWizard, CoupleWalkthroughCreatesWorkbookAndShowsCodes)
{
    tw::test::TempDir dir;
    app::AppContext context(QString::fromStdString(dir.path().string()), fast());
    app::SetupWizard wizard(context, tw::test::curriculum());
    wizard.show();
    EXPECT_EQ(wizard.currentId(), app::SetupWizard::IntroPage);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::PartnersPage);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    type(&wizard, QStringLiteral("First partner's name"), QStringLiteral("Alex"));
    type(&wizard, QStringLiteral("Second partner's name"), QStringLiteral("Alex"));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // the names must differ
    type(&wizard, QStringLiteral("Second partner's name"), QStringLiteral("Sam"));
    byName<QComboBox>(&wizard, QStringLiteral("Second partner's role"))->setCurrentIndex(1);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstPassphrasePage);
    auto* page = wizard.currentPage();
    type(page, QStringLiteral("Passphrase"), QStringLiteral("short"));
    type(page, QStringLiteral("Passphrase again"), QStringLiteral("short"));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // below the minimum
    EXPECT_TRUE(byName<QLabel>(page, QStringLiteral("Passphrase strength"))->text().contains(QStringLiteral("short")));
    type(page, QStringLiteral("Passphrase"), QStringLiteral("river lantern quietly"));
    type(page, QStringLiteral("Passphrase again"), QStringLiteral("river lantern quietly!"));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // typed twice differently
    type(page, QStringLiteral("Passphrase again"), QStringLiteral("river lantern quietly"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::SecondPassphrasePage);
    page = wizard.currentPage();
    type(page, QStringLiteral("Passphrase"), QStringLiteral("orchard pebble morning"));
    type(page, QStringLiteral("Passphrase again"), QStringLiteral("orchard pebble morning"));
    wizard.next();
    ASSERT_TRUE(tw::test::waitUntil([&] { return wizard.currentId() == app::SetupWizard::CodesPage; }));
    const QString codes = byName<QLabel>(&wizard, QStringLiteral("Recovery codes"))->text();
    EXPECT_TRUE(codes.contains(QStringLiteral("Alex:")));
    EXPECT_TRUE(codes.contains(QStringLiteral("Sam:")));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // must confirm the codes are stored
    byName<QCheckBox>(&wizard, QStringLiteral("Recovery codes stored"))->setChecked(true);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), app::SetupWizard::PrivacyPage);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::FirstSafetyPage);
    auto* check = wizard.currentPage()->findChild<app::SafetyCheckEditor*>();
    ASSERT_NE(check, nullptr);
    check->save(); // nothing ticked: still an answer, and Alex's own
    wizard.next();
    ASSERT_EQ(wizard.currentId(), app::SetupWizard::SecondSafetyPage);
    EXPECT_NE(wizard.currentPage()->findChild<app::SafetyCheckEditor*>(), nullptr);
    wizard.accept();
    EXPECT_TRUE(wizard.sessions.empty()); // both sessions locked and dropped
    EXPECT_TRUE(wizard.codes.empty()); // wiped once shown
    EXPECT_EQ(context.partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
    auto sam = workbook::Workbook::unlock(
        dir.path(), "Sam", crypto::SecretBytes::fromString("orchard pebble morning"), fast());
    EXPECT_EQ(sam->me().role, workbook::Role::Involved);
    EXPECT_FALSE(workbook::SafetyService(*sam).hasAnswered()); // Sam skipped it; Home will ask
    auto alex = workbook::Workbook::unlock(
        dir.path(), "Alex", crypto::SecretBytes::fromString("river lantern quietly"), fast());
    EXPECT_TRUE(workbook::SafetyService(*alex).hasAnswered());
    EXPECT_FALSE(workbook::SafetyService(*alex).needsIndividualPath());
}

TEST(SetupWizard, SoloSkipsTheSecondPartner)
{
    tw::test::TempDir dir;
    app::AppContext context(QString::fromStdString(dir.path().string()), fast());
    app::SetupWizard wizard(context, tw::test::curriculum());
    wizard.show();
    byName<QRadioButton>(&wizard, QStringLiteral("On my own"))->setChecked(true);
    wizard.next();
    type(&wizard, QStringLiteral("First partner's name"), QStringLiteral("Robin"));
    wizard.next();
    type(wizard.currentPage(), QStringLiteral("Passphrase"), QStringLiteral("a long enough phrase"));
    type(wizard.currentPage(), QStringLiteral("Passphrase again"), QStringLiteral("a long enough phrase"));
    wizard.next();
    ASSERT_TRUE(tw::test::waitUntil([&] { return wizard.currentId() == app::SetupWizard::CodesPage; }));
    EXPECT_EQ(context.partnerNames(), QStringList{QStringLiteral("Robin")});
}
