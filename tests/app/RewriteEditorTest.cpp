// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/RewriteEditor.h"

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "Workspace.h"
#include "tw/workbook/Session.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;
using tw::test::byName;

namespace {

constexpr const char* kExercise = "step3.gentle-start-up";

bool anyLabelSays(QWidget* root, const QString& text)
{
    for (auto* label : root->findChildren<QLabel*>()) {
        if (label->text().contains(text)) {
            return true;
        }
    }
    return false;
}

struct RewriteEditorTest : tw::test::CoupleWindow {
    void unlockAs(const std::string& name)
    {
        context->setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), name, options)));
    }
    app::RewriteEditor* open()
    {
        window->workspace()->openExercise(QString::fromLatin1(kExercise));
        return qobject_cast<app::RewriteEditor*>(window->workspace()->exerciseView()->editor());
    }
    std::vector<workbook::Entry> answers() const
    {
        return context->session()->entries({.exerciseId = kExercise, .kind = "answer"});
    }
};

} // namespace

TEST_F(RewriteEditorTest, ShowsGuidanceAndExamplesThenSavesBothSentencesPrivately)
{
    unlockAs("Alex");
    auto* editor = open();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(anyLabelSays(editor, QStringLiteral("Start with 'I' rather than 'you'.")));
    EXPECT_TRUE(anyLabelSays(editor, QStringLiteral("You're glued to that phone. What are you hiding now?")));
    EXPECT_TRUE(anyLabelSays(editor, QStringLiteral("so I don't have to wonder?")));
    auto* harsh = byName<QPlainTextEdit>(editor, QStringLiteral("What I might say when hurt"));
    auto* gentle = byName<QPlainTextEdit>(editor, QStringLiteral("A gentler way to say it"));
    ASSERT_EQ(harsh, editor->harshBox());
    ASSERT_EQ(gentle, editor->gentleBox());
    int buddies = 0;
    for (auto* label : editor->findChildren<QLabel*>()) {
        buddies += label->buddy() == harsh || label->buddy() == gentle ? 1 : 0;
    }
    EXPECT_EQ(buddies, 2);
    EXPECT_TRUE(harsh->tabChangesFocus()); // Tab leaves the box instead of typing a tab

    harsh->insertPlainText(QStringLiteral("You only think about yourself."));
    gentle->insertPlainText(QStringLiteral("I felt lonely tonight. Could we sit together for a while?"));
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText() == QStringLiteral("Saved"); }));
    const auto rows = answers();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().visibility, workbook::Visibility::Private);
    const auto body = nlohmann::json::parse(rows.front().body);
    EXPECT_EQ(body.at("harsh").get<std::string>(), "You only think about yourself.");
    EXPECT_EQ(body.at("gentle").get<std::string>(), "I felt lonely tonight. Could we sit together for a while?");

    window->workspace()->showHome();
    editor = open();
    EXPECT_EQ(editor->harshBox()->toPlainText(), QStringLiteral("You only think about yourself."));
    context->lock();
    unlockAs("Sam");
    EXPECT_TRUE(answers().empty()); // private: Sam's session cannot even list it
}

TEST_F(RewriteEditorTest, SharingAndStoppingSharingAreExplicit)
{
    unlockAs("Alex");
    auto* editor = open();
    editor->gentleBox()->insertPlainText(QStringLiteral("Could we talk after dinner?"));
    editor->flush();
    byName<QPushButton>(editor, QStringLiteral("Share this answer with your partner"))->click();
    ASSERT_TRUE(tw::test::confirmSharePreview()); // what Sam will see comes first; one confirmation shares
    EXPECT_TRUE(editor->isShared());
    EXPECT_EQ(editor->statusText(),
        QStringLiteral("Shared with Sam. Changes you make stay with you until you press Update."));
    context->lock();

    unlockAs("Sam");
    ASSERT_EQ(answers().size(), 1u);
    EXPECT_TRUE(anyLabelSays(window->workspace()->homeView(), QStringLiteral("Recently shared by Alex")));
    EXPECT_NE(byName<QPushButton>(window->workspace()->homeView(), QStringLiteral("Rewriting a complaint")), nullptr);
    context->lock();

    unlockAs("Alex");
    editor = open();
    ASSERT_TRUE(editor->isShared());
    byName<QPushButton>(editor, QStringLiteral("Stop sharing this answer"))->click();
    EXPECT_TRUE(editor->isShared()); // asked first
    ASSERT_TRUE(tw::test::answerConfirmation(QStringLiteral("Stop sharing")));
    EXPECT_FALSE(editor->isShared());
    context->lock();
    unlockAs("Sam");
    EXPECT_TRUE(answers().empty());
}

TEST_F(RewriteEditorTest, AFailedSaveSaysSoAndKeepsTheText)
{
    unlockAs("Alex");
    auto* editor = open();
    // The keys go away under the editor, as if the disk had failed: the save must fail loudly.
    context->session()->lock();
    editor->harshBox()->insertPlainText(QStringLiteral("Words that must not be lost"));
    editor->flush();
    EXPECT_TRUE(editor->statusText().startsWith(QStringLiteral("Not saved:")));
    EXPECT_EQ(editor->harshBox()->toPlainText(), QStringLiteral("Words that must not be lost"));
}
