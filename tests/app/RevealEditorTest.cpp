// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/RevealEditor.h"

#include "AppContext.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "Workspace.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/RevealService.h"
#include "tw/workbook/Session.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace tw;

namespace {

constexpr const char* kExercise = "start.better-in-three-months";
const QString kAlexCanary = QStringLiteral("CANARY-alex-evening");
const QString kSamCanary = QStringLiteral("CANARY-sam-evening");

// Anywhere a person or a screen reader could find the text, visible or not.
bool treeShows(QWidget* root, const QString& needle)
{
    for (auto* w : root->findChildren<QWidget*>()) {
        QStringList texts{w->accessibleName(), w->accessibleDescription(), w->toolTip(), w->windowTitle()};
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            texts << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
            texts << rich->toPlainText();
        } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
            texts << line->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        }
        for (const QString& text : texts) {
            if (text.contains(needle)) {
                return true;
            }
        }
    }
    return false;
}

struct RevealEditorTest : ::testing::Test {
    std::unique_ptr<tw::test::TempDir> dir = std::make_unique<tw::test::TempDir>();
    workbook::Options options;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        std::vector<workbook::NewPartner> partners;
        partners.push_back({"Alex", workbook::Role::Hurt, crypto::SecretBytes::fromString("alex passphrase"),
            crypto::makeRecoveryCode()});
        partners.push_back({"Sam", workbook::Role::Involved, crypto::SecretBytes::fromString("sam passphrase"),
            crypto::makeRecoveryCode()});
        start(std::move(partners));
    }
    void start(std::vector<workbook::NewPartner> partners)
    {
        window.reset();
        context.reset();
        dir = std::make_unique<tw::test::TempDir>();
        workbook::Workbook::create(dir->path(), std::move(partners), options);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir->path().string()), options);
        window = std::make_unique<app::MainWindow>(*context, tw::test::curriculum());
        window->show();
    }
    void unlockAs(const std::string& name)
    {
        const std::string passphrase = name == "Alex" ? "alex passphrase" : "sam passphrase";
        context->setSession(std::shared_ptr<workbook::Session>(
            workbook::Workbook::unlock(dir->path(), name, crypto::SecretBytes::fromString(passphrase), options)));
    }
    app::RevealEditor* open()
    {
        window->workspace()->openExercise(QString::fromLatin1(kExercise));
        return qobject_cast<app::RevealEditor*>(window->workspace()->exerciseView()->editor());
    }
    void answer(app::RevealEditor* editor, const QString& text)
    {
        editor->box("ordinary-evening")->insertPlainText(text);
        ASSERT_TRUE(
            tw::test::waitUntil([&] { return editor->statusText().startsWith(QStringLiteral("Draft saved")); }));
        ASSERT_TRUE(editor->readyButton()->isVisible());
        editor->readyButton()->click();
        EXPECT_EQ(editor->statusText(), QStringLiteral("Saved"));
        EXPECT_FALSE(editor->readyButton()->isVisible());
    }
};

} // namespace

TEST_F(RevealEditorTest, EachSeesTheOtherOnlyOnceBothHaveAnswered)
{
    unlockAs("Alex");
    auto* editor = open();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->stateText(), QStringLiteral("Sam has not answered yet."));
    // No share button: the exchange is the sharing, and the editor says so.
    for (auto* button : editor->findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->text().contains(QStringLiteral("Share"))) << button->text().toStdString();
    }
    answer(editor, kAlexCanary);
    EXPECT_EQ(
        editor->stateText(), QStringLiteral("Sam has not answered yet. Your answer stays private until they have."));
    EXPECT_FALSE(editor->showsSideBySide());
    context->lock();

    // Sam learns that Alex answered, and nothing of what.
    unlockAs("Sam");
    editor = open();
    EXPECT_EQ(editor->stateText(), QStringLiteral("Alex has answered; their answer appears once yours is ready too."));
    EXPECT_FALSE(treeShows(window.get(), kAlexCanary));
    answer(editor, kSamCanary);
    // Sam's answer is published at once; Alex's words stay sealed under Alex's key until Alex's
    // own session publishes them on Alex's next unlock, so even now Sam's screen cannot show them.
    EXPECT_EQ(editor->stateText(),
        QStringLiteral("You have both answered. Alex's answer appears here once Alex has opened Trustwork again, or "
                       "when you are both here."));
    EXPECT_FALSE(treeShows(window.get(), kAlexCanary));
    EXPECT_TRUE(workbook::RevealService(*context->session()).state(kExercise).myAnswerPublished);
    context->lock();

    unlockAs("Alex");
    editor = open();
    ASSERT_TRUE(editor->showsSideBySide());
    EXPECT_TRUE(treeShows(editor, kSamCanary));
    EXPECT_TRUE(editor->stateText().startsWith(QStringLiteral("You have both answered. Here are your answers")));
    // The content's after-reveal text, in the variant for Alex's role.
    EXPECT_TRUE(treeShows(editor, QStringLiteral("the partner who was hurt often needs more evidence")));
    context->lock();

    unlockAs("Sam");
    editor = open();
    ASSERT_TRUE(editor->showsSideBySide());
    EXPECT_TRUE(treeShows(editor, kAlexCanary));
    EXPECT_EQ(editor->box("ordinary-evening")->toPlainText(), kSamCanary);
}

TEST_F(RevealEditorTest, ADraftStaysPrivateUntilItIsMarkedReady)
{
    unlockAs("Alex");
    auto* editor = open();
    editor->box("more-less")->insertPlainText(kAlexCanary);
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText().startsWith(QStringLiteral("Draft saved")); }));
    EXPECT_FALSE(workbook::RevealService(*context->session()).state(kExercise).myAnswer);
    context->lock();

    // A draft is not an answer: Sam is told nothing, and Sam's session cannot list Alex's draft at all.
    unlockAs("Sam");
    EXPECT_EQ(open()->stateText(), QStringLiteral("Alex has not answered yet."));
    EXPECT_FALSE(treeShows(window.get(), kAlexCanary));
    EXPECT_TRUE(context->session()->entries({.exerciseId = kExercise}).empty());
    context->lock();

    unlockAs("Alex");
    editor = open();
    EXPECT_EQ(editor->box("more-less")->toPlainText(), kAlexCanary); // the draft came back
    auto* empty = editor->box("realistic");
    EXPECT_TRUE(empty->toPlainText().isEmpty());
    editor->readyButton()->click();
    EXPECT_EQ(editor->statusText(), QStringLiteral("Saved"));
    EXPECT_TRUE(context->session()->entries({.exerciseId = kExercise, .kind = app::RevealEditor::kDraftKind}).empty());
    context->lock();

    unlockAs("Sam");
    EXPECT_EQ(open()->stateText(), QStringLiteral("Alex has answered; their answer appears once yours is ready too."));
    EXPECT_FALSE(treeShows(window.get(), kAlexCanary));
}

TEST_F(RevealEditorTest, AnEmptyAnswerCannotBeMarkedReady)
{
    unlockAs("Alex");
    auto* editor = open();
    editor->box("more-less")->insertPlainText(QStringLiteral("   "));
    editor->readyButton()->click();
    EXPECT_EQ(editor->statusText(), QStringLiteral("Write something first; an empty answer cannot be shown."));
    EXPECT_FALSE(workbook::RevealService(*context->session()).state(kExercise).myAnswer);
    EXPECT_TRUE(editor->readyButton()->isVisible());
}

TEST_F(RevealEditorTest, SoloExplainsThatItWaitsForThePartnerToJoin)
{
    std::vector<workbook::NewPartner> partners;
    partners.push_back(
        {"Alex", workbook::Role::Hurt, crypto::SecretBytes::fromString("alex passphrase"), crypto::makeRecoveryCode()});
    start(std::move(partners));
    unlockAs("Alex");
    auto* editor = open();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->stateText(), QStringLiteral("Nobody else answers until your partner joins this workbook."));
    // The solo variant of a prompt is the one shown.
    EXPECT_TRUE(treeShows(editor, QStringLiteral("What part could you play in getting there, whatever your partner")));
    answer(editor, QStringLiteral("Walks again."));
    EXPECT_FALSE(editor->showsSideBySide());
    EXPECT_EQ(editor->stateText(), QStringLiteral("Nobody else answers until your partner joins this workbook."));
}
