// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/AgreementEditor.h"

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "Workspace.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/Session.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace tw;

namespace {

constexpr const char* kExercise = "start.pause-signal";
const QString kBreak = QStringLiteral("We take at least 20 minutes and say when we will come back.");

QStringList labels(QWidget* root)
{
    QStringList out;
    for (auto* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root)) {
            out << label->text();
        }
    }
    return out;
}

QPushButton* buttonIn(QWidget* card, const QString& text)
{
    for (auto* b : card->findChildren<QPushButton*>()) {
        if (b->text() == text && b->isVisibleTo(card)) {
            return b;
        }
    }
    return nullptr;
}

struct AgreementEditorTest : tw::test::CoupleWindow {
    void unlockAs(const std::string& name)
    {
        context->lock();
        context->setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), name, options)));
    }
    app::AgreementEditor* open()
    {
        window->workspace()->openExercise(QString::fromLatin1(kExercise));
        return qobject_cast<app::AgreementEditor*>(window->workspace()->exerciseView()->editor());
    }
    std::vector<workbook::AgreementItem> items() const
    {
        return workbook::AgreementService(*context->session()).items(kExercise);
    }
    /** @brief Alex proposes kBreak in "The break" through the form; returns the item id. */
    std::string proposeAsAlex()
    {
        unlockAs("Alex");
        auto* editor = open();
        editor->areaBox()->setCurrentIndex(editor->areaBox()->findText(QStringLiteral("The break")));
        editor->proposalBox()->setPlainText(kBreak);
        editor->proposeButton()->click();
        EXPECT_EQ(editor->statusText(), QStringLiteral("Proposed. It is in force once Sam accepts it."));
        EXPECT_TRUE(editor->proposalBox()->toPlainText().isEmpty());
        return items().at(0).id;
    }
};

} // namespace

TEST_F(AgreementEditorTest, AnItemIsInForceOnlyAfterBothAccept)
{
    unlockAs("Alex");
    auto* editor = open();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(labels(editor).contains(QStringLiteral("Review together every 30 days.")));
    for (const char* area : {"The time-out signal", "The break", "Coming back", "What a time-out is not"}) {
        EXPECT_GE(editor->areaBox()->findText(QString::fromLatin1(area)), 0) << area;
    }
    editor->areaBox()->setCurrentIndex(editor->areaBox()->findText(QStringLiteral("The break")));
    EXPECT_TRUE(
        editor->proposalBox()->placeholderText().contains(QStringLiteral("A time-out lasts at least 20 minutes.")));
    // An empty proposal is refused gently, with focus back in the box.
    editor->proposeButton()->click();
    EXPECT_EQ(editor->statusText(), QStringLiteral("Write the item first, then propose it."));
    EXPECT_TRUE(items().empty());

    const std::string id = proposeAsAlex();
    editor = open();
    auto* card = editor->card(id);
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(labels(card).contains(kBreak));
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Proposed by you.")));
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Waiting for Sam to accept.")));
    EXPECT_EQ(buttonIn(card, QStringLiteral("Accept")), nullptr); // proposing it was accepting it
    EXPECT_FALSE(items().at(0).inForce);

    unlockAs("Sam");
    editor = open();
    card = editor->card(id);
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Proposed by Alex.")));
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Waiting for you to accept.")));
    auto* accept = tw::test::byName<QPushButton>(editor, QStringLiteral("Accept \u201c%1\u201d").arg(kBreak));
    ASSERT_NE(accept, nullptr);
    accept->click();
    EXPECT_EQ(editor->statusText(), QStringLiteral("Accepted."));
    EXPECT_TRUE(items().at(0).inForce);
    card = editor->card(id);
    ASSERT_NE(card, nullptr);
    bool inForce = false;
    for (const QString& text : labels(card)) {
        inForce = inForce || text.startsWith(QStringLiteral("In force since "));
    }
    EXPECT_TRUE(inForce);
    EXPECT_EQ(buttonIn(card, QStringLiteral("Accept")), nullptr);
    EXPECT_NE(buttonIn(card, QStringLiteral("Withdraw my acceptance")), nullptr);
    // The rebuilt card comes before the form in the Tab order, as it does on screen.
    EXPECT_TRUE(card->isAncestorOf(editor->areaBox()->previousInFocusChain()));
    EXPECT_EQ(editor->areaBox()->nextInFocusChain(), editor->proposalBox());
}

TEST_F(AgreementEditorTest, ARevisionNeedsFreshAcceptanceAndKeepsTheEarlierWording)
{
    const std::string id = proposeAsAlex();
    unlockAs("Sam");
    workbook::AgreementService(*context->session()).accept(id, 1);
    ASSERT_TRUE(items().at(0).inForce);

    // Alex rewords the item in place.
    unlockAs("Alex");
    auto* editor = open();
    auto* card = editor->card(id);
    buttonIn(card, QStringLiteral("Revise"))->click();
    auto* wording = tw::test::byName<QPlainTextEdit>(card, QStringLiteral("New wording"));
    ASSERT_NE(wording, nullptr);
    ASSERT_TRUE(wording->isVisibleTo(card));
    EXPECT_EQ(wording->toPlainText(), kBreak);
    wording->setPlainText(QStringLiteral("We take 30 minutes, and the one who calls it says when we will return."));
    buttonIn(card, QStringLiteral("Save new wording"))->click();
    EXPECT_TRUE(editor->statusText().startsWith(QStringLiteral("New wording saved.")));
    auto item = items().at(0);
    EXPECT_EQ(item.revision, 2);
    EXPECT_FALSE(item.inForce);
    card = editor->card(item.id);
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Waiting for Sam to accept.")));
    auto* earlier = card->findChild<QToolButton*>();
    ASSERT_NE(earlier, nullptr);
    EXPECT_EQ(earlier->text(), QStringLiteral("1 earlier wording"));
    EXPECT_FALSE(labels(card).contains(QStringLiteral("Version 1, by you: %1").arg(kBreak)));
    earlier->click();
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Version 1, by you: %1").arg(kBreak)));

    // Sam's earlier acceptance does not carry over: Sam is asked again, and Sam's own rewording
    // in turn needs Alex.
    unlockAs("Sam");
    editor = open();
    card = editor->card(item.id);
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Waiting for you to accept.")));
    buttonIn(card, QStringLiteral("Revise"))->click();
    tw::test::byName<QPlainTextEdit>(card, QStringLiteral("New wording"))
        ->setPlainText(QStringLiteral("We take 30 minutes; whoever calls it names the time to return."));
    buttonIn(card, QStringLiteral("Save new wording"))->click();
    item = items().at(0);
    EXPECT_EQ(item.revision, 3);
    EXPECT_FALSE(item.inForce);
    EXPECT_TRUE(labels(editor->card(item.id)).contains(QStringLiteral("Version 3, worded by you.")));

    unlockAs("Alex");
    editor = open();
    card = editor->card(item.id);
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Version 3, worded by Sam.")));
    buttonIn(card, QStringLiteral("Accept"))->click();
    EXPECT_TRUE(items().at(0).inForce);
}

TEST_F(AgreementEditorTest, WithdrawingKeepsTheHistoryAndEndsForce)
{
    const std::string id = proposeAsAlex();
    unlockAs("Sam");
    auto* editor = open();
    buttonIn(editor->card(id), QStringLiteral("Accept"))->click();
    ASSERT_TRUE(items().at(0).inForce);
    buttonIn(editor->card(id), QStringLiteral("Withdraw my acceptance"))->click();
    EXPECT_TRUE(items().at(0).inForce); // asked first: nothing happens before the answer
    ASSERT_TRUE(tw::test::answerConfirmation(QStringLiteral("Keep it")));
    EXPECT_TRUE(items().at(0).inForce);
    buttonIn(editor->card(id), QStringLiteral("Withdraw my acceptance"))->click();
    ASSERT_TRUE(tw::test::answerConfirmation(QStringLiteral("Withdraw my acceptance")));
    EXPECT_FALSE(items().at(0).inForce);
    EXPECT_NE(buttonIn(editor->card(id), QStringLiteral("Accept")), nullptr);

    unlockAs("Alex");
    editor = open();
    buttonIn(editor->card(id), QStringLiteral("Withdraw"))->click();
    ASSERT_TRUE(tw::test::answerConfirmation(QStringLiteral("Withdraw")));
    EXPECT_TRUE(items().at(0).withdrawn);
    auto* card = editor->card(id);
    EXPECT_TRUE(labels(card).contains(QStringLiteral("Withdrawn by you. Kept here so the history stays readable.")));
    EXPECT_NE(buttonIn(card, QStringLiteral("Propose again")), nullptr);
    EXPECT_EQ(buttonIn(card, QStringLiteral("Withdraw")), nullptr);
}
