// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "We are both here" (issue 18): the second partner joins without locking the first; private notes
// and answers are hidden while both are here; both accept an agreement; any lock wipes the second
// session.
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "Workspace.h"
#include "exercises/AgreementEditor.h"
#include "exercises/ConversationEditor.h"
#include "exercises/TogetherAnswerView.h"
#include "together/JoinTogetherDialog.h"
#include "together/TogetherMode.h"
#include "tw/workbook/AgreementService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;
using workbook::Visibility;

namespace {

constexpr const char* kConversation = "step1.reflecting-back";
constexpr const char* kAgreement = "start.pause-signal";
constexpr const char* kReflection = "start.what-brings-me-here";

// Every piece of text a person could see in the window now: labels, buttons, text boxes.
QStringList onScreen(QWidget* root)
{
    QStringList texts;
    for (auto* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << label->text();
        } else if (auto* box = qobject_cast<QPlainTextEdit*>(w)) {
            texts << box->toPlainText();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            texts << button->text();
        }
    }
    return texts;
}

bool shows(QWidget* root, const QString& text)
{
    const QStringList all = onScreen(root);
    return std::any_of(all.begin(), all.end(), [&](const QString& t) { return t.contains(text); });
}

struct Together : tw::test::CoupleWindow {
    void SetUp() override
    {
        CoupleWindow::SetUp();
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        alex->addEntry({kConversation, "answer", Visibility::Private, "", R"({"notes":"CANARY-alex-notes"})"});
        alex->addEntry({kReflection, "answer", Visibility::Private, "", R"({"prompts":{"p":"CANARY-alex-private"}})"});
        alex->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "",
            R"({"prompts":{"discovery":"CANARY-alex-shared"}})"});
        itemId = workbook::AgreementService(*alex).propose(kAgreement,
            tw::test::curriculum().findExercise(kAgreement)->areas.at(0).id, "We pause for twenty minutes.");
    }
    /** @brief Sam joins Alex's open session through the dialog, typing Sam's passphrase. */
    void samJoins(const char* passphrase = "sam passphrase")
    {
        window->toggleTogether();
        auto* dialog = window->findChild<app::JoinTogetherDialog*>();
        ASSERT_NE(dialog, nullptr);
        dialog->passphraseField()->setText(QString::fromLatin1(passphrase));
        dialog->joinButton()->click();
        ASSERT_TRUE(tw::test::waitUntil([&] { return !window->togetherMode()->busy(); }));
    }
    std::string itemId;
};

} // namespace

TEST_F(Together, TheSecondPartnerJoinsWithTheirOwnPassphraseAndAWrongOneIsRefused)
{
    openAs("Alex");
    samJoins("not sam's");
    EXPECT_FALSE(window->togetherMode()->active());
    auto* dialog = window->findChild<app::JoinTogetherDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("not right")));
    // Alex stays unlocked all along.
    ASSERT_NE(context->session(), nullptr);
    EXPECT_EQ(context->session()->me().name, "Alex");
    dialog->passphraseField()->setText(QStringLiteral("sam passphrase"));
    dialog->joinButton()->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !window->togetherMode()->busy(); }));
    ASSERT_TRUE(window->togetherMode()->active());
    EXPECT_EQ(window->togetherMode()->companion()->me().name, "Sam");
    EXPECT_EQ(context->session()->me().name, "Alex");
    EXPECT_TRUE(window->workspace()->together());
    EXPECT_TRUE(shows(window->workspace()->homeView(), QStringLiteral("Together: Alex and Sam")));
}

TEST_F(Together, PrivateNotesAreHiddenWhileBothAreHereAndBothAcceptAnAgreement)
{
    openAs("Alex");
    // Alone, Alex sees the private notes in the conversation.
    window->workspace()->openExercise(QString::fromLatin1(kConversation));
    auto* conversation = dynamic_cast<app::ConversationEditor*>(window->workspace()->exerciseView()->editor());
    ASSERT_NE(conversation, nullptr);
    EXPECT_TRUE(conversation->notes()->isVisibleTo(window.get()));
    EXPECT_TRUE(shows(window.get(), QStringLiteral("CANARY-alex-notes")));
    EXPECT_TRUE(shows(window.get(), QStringLiteral("My notes")));

    samJoins();
    ASSERT_TRUE(window->togetherMode()->active());
    // Home: nothing private, and the agreement waiting for them both.
    EXPECT_FALSE(shows(window.get(), QStringLiteral("CANARY-alex")));
    const QString agreementTitle = QString::fromStdString(tw::test::curriculum().findExercise(kAgreement)->title);
    EXPECT_TRUE(shows(window->workspace()->homeView(), agreementTitle));

    // The conversation's guidance stays; "My notes" and Alex's private notes are gone.
    window->workspace()->openExercise(QString::fromLatin1(kConversation));
    conversation = dynamic_cast<app::ConversationEditor*>(window->workspace()->exerciseView()->editor());
    ASSERT_NE(conversation, nullptr);
    EXPECT_FALSE(conversation->notes()->isVisibleTo(window.get()));
    EXPECT_FALSE(shows(window.get(), QStringLiteral("CANARY-alex-notes")));
    EXPECT_FALSE(shows(window.get(), QStringLiteral("My notes")));
    EXPECT_TRUE(shows(window.get(), QStringLiteral("Turn 1 of")));

    // A privately answered reflection shows only what was shared: here, nothing.
    window->workspace()->openExercise(QString::fromLatin1(kReflection));
    EXPECT_NE(dynamic_cast<app::TogetherAnswerView*>(window->workspace()->exerciseView()->editor()), nullptr);
    EXPECT_FALSE(shows(window.get(), QStringLiteral("CANARY-alex-private")));
    window->workspace()->openExercise(QStringLiteral("step1.impact-letter"));
    EXPECT_TRUE(shows(window.get(), QStringLiteral("CANARY-alex-shared")));

    // The agreement: Alex proposed it; Sam accepts as Sam, from Alex's open window.
    window->workspace()->openExercise(QString::fromLatin1(kAgreement));
    auto* agreement = dynamic_cast<app::AgreementEditor*>(window->workspace()->exerciseView()->editor());
    ASSERT_NE(agreement, nullptr);
    EXPECT_EQ(byName<QPushButton>(agreement, QStringLiteral("Alex accepts \u201cWe pause for twenty minutes.\u201d")),
        nullptr); // proposing it was accepting it
    auto* accept
        = byName<QPushButton>(agreement, QStringLiteral("Sam accepts \u201cWe pause for twenty minutes.\u201d"));
    ASSERT_NE(accept, nullptr);
    accept->click();
    QApplication::processEvents();
    const auto items = workbook::AgreementService(*context->session()).items(kAgreement);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_TRUE(items[0].inForce);
    EXPECT_EQ(items[0].acceptedBy.size(), 2u);
    EXPECT_TRUE(agreement->statusText().contains(QStringLiteral("Accepted by Sam")));

    // Ending together time wipes Sam's session; Alex carries on, and sees the notes again.
    auto* companion = window->togetherMode()->companion();
    ASSERT_NE(companion, nullptr);
    window->toggleTogether();
    EXPECT_FALSE(window->togetherMode()->active());
    EXPECT_EQ(window->togetherMode()->companion(), nullptr);
    ASSERT_NE(context->session(), nullptr);
    window->workspace()->openExercise(QString::fromLatin1(kConversation));
    EXPECT_TRUE(shows(window.get(), QStringLiteral("CANARY-alex-notes")));
}

TEST_F(Together, AnyLockEndsTogetherTimeAndWipesTheSecondSession)
{
    openAs("Alex");
    samJoins();
    ASSERT_TRUE(window->togetherMode()->active());
    bool ended = false;
    QObject::connect(window->togetherMode(), &app::TogetherMode::ended, [&] { ended = true; });
    context->lock();
    EXPECT_TRUE(ended);
    EXPECT_FALSE(window->togetherMode()->active());
    EXPECT_EQ(window->togetherMode()->companion(), nullptr);
    EXPECT_TRUE(window->showingUnlock());
}
