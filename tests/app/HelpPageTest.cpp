// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "Getting help now" (issue 18): scannable cards by kind of help, and the place it promises where
// each partner writes down their own local services, kept private to them.
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "Workspace.h"
#include "exercises/HelpEditor.h"
#include "exercises/LocalServices.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace tw;

namespace {

constexpr const char* kHelp = "start.help-now";

struct HelpPage : tw::test::CoupleWindow {
    app::HelpEditor* open()
    {
        window->workspace()->openExercise(QString::fromLatin1(kHelp));
        return dynamic_cast<app::HelpEditor*>(window->workspace()->exerciseView()->editor());
    }
};

} // namespace

TEST_F(HelpPage, KindsOfHelpAreCardsAndLocalServicesArePrivateToEachPartner)
{
    openAs("Alex");
    auto* help = open();
    ASSERT_NE(help, nullptr);
    // One card per kind, named by the content's own words, in its order.
    ASSERT_GE(help->kinds().size(), 5);
    EXPECT_EQ(help->kinds().front(), QStringLiteral("Emergency services"));
    EXPECT_TRUE(help->kinds().contains(QStringLiteral("A doctor")));
    // No "- " bullets left as text: lists became cards or bullet points.
    for (auto* label : help->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().startsWith(QStringLiteral("- "))) << label->text().toStdString();
    }

    auto* services = help->localServices();
    ASSERT_NE(services, nullptr);
    EXPECT_TRUE(services->shownEntries().isEmpty());
    services->kindField()->setCurrentIndex(services->kindField()->findText(QStringLiteral("A doctor")));
    services->nameField()->setText(QStringLiteral("CANARY Dr Okafor's practice"));
    services->contactField()->setText(QStringLiteral("0123 456 789, weekdays 8-18"));
    services->addButton()->click();
    EXPECT_EQ(services->shownEntries(),
        QStringList{QStringLiteral("A doctor | CANARY Dr Okafor's practice | 0123 456 789, weekdays 8-18 | ")});
    EXPECT_TRUE(services->nameField()->text().isEmpty());

    // Kept: there when Alex comes back.
    help = open();
    EXPECT_EQ(help->localServices()->shownEntries().size(), 1);
    const auto stored = context->session()->privateSetting(app::localServices::kSettingKey);
    ASSERT_TRUE(stored.has_value());
    EXPECT_NE(stored->find("CANARY"), std::string::npos);

    // Sam's keys cannot open Alex's list, and Sam's own page starts empty.
    openAs("Sam");
    EXPECT_FALSE(context->session()->privateSetting(app::localServices::kSettingKey).has_value());
    help = open();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->localServices()->shownEntries().isEmpty());
    for (auto* label : window->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY")));
    }
}

TEST_F(HelpPage, RemovingAServiceCanBeUndone)
{
    openAs("Alex");
    auto* services = open()->localServices();
    services->nameField()->setText(QStringLiteral("Crisis line"));
    services->addButton()->click();
    auto* remove = tw::test::byName<QPushButton>(services, QStringLiteral("Remove Crisis line"));
    ASSERT_NE(remove, nullptr);
    remove->click();
    EXPECT_TRUE(services->shownEntries().isEmpty());
    auto* undo = tw::test::byName<QPushButton>(services, QStringLiteral("Undo removing the service"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->isVisibleTo(services));
    undo->click();
    EXPECT_EQ(services->shownEntries().size(), 1);
    EXPECT_TRUE(app::localServices::load(*context->session()).size() == 1);
}
