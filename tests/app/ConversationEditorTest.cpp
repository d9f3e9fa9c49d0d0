// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/ConversationEditor.h"

#include "CoupleWorkbook.h"
#include "GuiHelpers.h"
#include "PauseDialog.h"
#include "TempDir.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;
using tw::test::waitUntil;

namespace {

const QString kCanary = QStringLiteral("CANARY-conversation-notes");

/** @brief One partner's session with the conversation editor open on it, as ExerciseView would. */
struct Opened {
    std::unique_ptr<workbook::Session> session;
    std::unique_ptr<app::EditorContext> context;
    std::unique_ptr<app::ConversationEditor> editor;
    ~Opened()
    {
        if (editor) {
            editor->flush();
        }
    }
};

struct ConversationEditorTest : ::testing::Test {
    tw::test::TempDir dir;
    workbook::Options options;
    const content::Exercise& exercise = *tw::test::curriculum().findExercise("step1.reflecting-back");

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        options.dailyBackup = false;
        tw::test::createCouple(dir.path(), options);
    }
    std::unique_ptr<Opened> open(const std::string& name, const std::filesystem::path& where = {})
    {
        auto opened = std::make_unique<Opened>();
        const std::string passphrase = name == "Alex" ? "alex passphrase" : "sam passphrase";
        opened->session = workbook::Workbook::unlock(
            where.empty() ? dir.path() : where, name, crypto::SecretBytes::fromString(passphrase), options);
        opened->context
            = std::make_unique<app::EditorContext>(app::EditorContext{*opened->session, tw::test::curriculum()});
        opened->editor = std::make_unique<app::ConversationEditor>(exercise, *opened->context);
        opened->editor->show();
        return opened;
    }
    static QString guidance(QGroupBox* box) { return box->findChild<QLabel*>()->text(); }
};

bool treeShows(QWidget* root, const QString& needle)
{
    for (auto* label : root->findChildren<QLabel*>()) {
        if (label->text().contains(needle)) {
            return true;
        }
    }
    for (auto* box : root->findChildren<QPlainTextEdit*>()) {
        if (box->toPlainText().contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_F(ConversationEditorTest, TimerCountsDownPausesAndEndsWithAQuietNote)
{
    auto alex = open("Alex");
    auto& editor = *alex->editor;
    ASSERT_EQ(exercise.turnMinutes, 4);
    EXPECT_EQ(editor.secondsLeft(), 240);
    editor.setSecondLength(1); // one "second" of turn time per millisecond
    auto* progress = byName<QProgressBar>(&editor, QStringLiteral("Time left in this turn"));
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(progress->accessibleDescription(), QStringLiteral("About 4 minutes left"));

    byName<QPushButton>(&editor, QStringLiteral("Start timer"))->click();
    EXPECT_TRUE(editor.timerRunning());
    ASSERT_TRUE(waitUntil([&] { return editor.secondsLeft() < 200; }));
    byName<QPushButton>(&editor, QStringLiteral("Pause timer"))->click();
    const int paused = editor.secondsLeft();
    waitUntil([] { return false; }, 60);
    EXPECT_EQ(editor.secondsLeft(), paused);
    EXPECT_EQ(progress->value(), paused);

    byName<QPushButton>(&editor, QStringLiteral("Resume timer"))->click();
    ASSERT_TRUE(waitUntil([&] { return editor.secondsLeft() == 0; }));
    EXPECT_FALSE(editor.timerRunning());
    EXPECT_TRUE(byName<QLabel>(&editor, QStringLiteral("Timer note"))->text().startsWith(QStringLiteral("Time is up")));
    EXPECT_EQ(progress->accessibleDescription(), QStringLiteral("Time is up"));
    EXPECT_EQ(progress->value(), 0);

    byName<QPushButton>(&editor, QStringLiteral("Reset the turn timer"))->click();
    EXPECT_EQ(editor.secondsLeft(), 240);
    EXPECT_NE(byName<QPushButton>(&editor, QStringLiteral("Start timer")), nullptr);
    EXPECT_TRUE(byName<QLabel>(&editor, QStringLiteral("Timer note"))->text().isEmpty());
}

TEST_F(ConversationEditorTest, TurnsAdvanceAndEachPersonReadsTheirOwnRolesGuidance)
{
    auto alex = open("Alex");
    auto& editor = *alex->editor;
    const auto boxes = editor.findChildren<QGroupBox*>();
    ASSERT_EQ(boxes.size(), 2);
    QGroupBox* speaker = boxes[0];
    QGroupBox* listener = boxes[1];
    const int count = static_cast<int>(exercise.turns.size());
    auto* previous = byName<QPushButton>(&editor, QStringLiteral("Previous turn"));
    auto* next = byName<QPushButton>(&editor, QStringLiteral("Next turn"));

    EXPECT_TRUE(treeShows(&editor, QStringLiteral("Turn 1 of %1").arg(count)));
    EXPECT_FALSE(previous->isEnabled());
    EXPECT_EQ(speaker->title(), QStringLiteral("Speaker: Alex"));
    EXPECT_EQ(listener->title(), QStringLiteral("Listener: Sam"));
    // Alex was hurt and Sam broke trust: each part is shown in the words written for its reader.
    EXPECT_EQ(guidance(speaker).toStdString(), exercise.turns[0].speaker.forRole("hurt"));
    EXPECT_EQ(guidance(listener).toStdString(), exercise.turns[0].listener.forRole("involved"));

    editor.setSecondLength(1);
    byName<QPushButton>(&editor, QStringLiteral("Start timer"))->click();
    ASSERT_TRUE(waitUntil([&] { return editor.secondsLeft() < 230; }));
    next->click();
    EXPECT_EQ(editor.turn(), 1);
    EXPECT_TRUE(treeShows(&editor, QStringLiteral("Turn 2 of %1").arg(count)));
    EXPECT_FALSE(editor.timerRunning()); // a new turn starts when the couple is ready, not on its own
    EXPECT_EQ(editor.secondsLeft(), 240);
    EXPECT_TRUE(previous->isEnabled());

    byName<QPushButton>(&editor, QStringLiteral("Swap speaker and listener"))->click();
    EXPECT_FALSE(editor.meSpeaking());
    EXPECT_EQ(speaker->title(), QStringLiteral("Speaker: Sam"));
    EXPECT_EQ(guidance(speaker).toStdString(), exercise.turns[1].speaker.forRole("involved"));
    EXPECT_EQ(guidance(listener).toStdString(), exercise.turns[1].listener.forRole("hurt"));

    while (next->isEnabled()) {
        next->click();
    }
    EXPECT_EQ(editor.turn(), count - 1);
    previous->click();
    EXPECT_EQ(editor.turn(), count - 2);
}

TEST_F(ConversationEditorTest, NotesAreSavedPrivatelyUntilShared)
{
    {
        auto alex = open("Alex");
        EXPECT_TRUE(alex->editor->statusText().startsWith(QStringLiteral("Private")));
        alex->editor->notes()->setPlainText(kCanary);
        ASSERT_TRUE(waitUntil([&] { return alex->editor->statusText() == QStringLiteral("Saved"); }));
    }
    {
        auto sam = open("Sam");
        EXPECT_FALSE(treeShows(sam->editor.get(), kCanary));
        EXPECT_TRUE(sam->session->entries({.exerciseId = exercise.id, .kind = "answer"}).empty());
    }
    {
        auto alex = open("Alex");
        EXPECT_EQ(alex->editor->notes()->toPlainText(), kCanary);
        byName<QPushButton>(alex->editor.get(), QStringLiteral("Share this answer with your partner"))->click();
        ASSERT_TRUE(tw::test::confirmSharePreview());
        EXPECT_TRUE(alex->editor->isShared());
    }
    auto sam = open("Sam");
    const auto seen = sam->session->entries({.exerciseId = exercise.id, .kind = "answer"});
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_NE(seen[0].body.find(kCanary.toStdString()), std::string::npos);
}

TEST_F(ConversationEditorTest, TakingABreakPausesTheTimerAndOpensThePauseGuide)
{
    auto alex = open("Alex");
    auto& editor = *alex->editor;
    ASSERT_TRUE(exercise.breakMinutes.has_value());
    byName<QPushButton>(&editor, QStringLiteral("Start timer"))->click();
    byName<QPushButton>(&editor, QStringLiteral("Take a break: opens the pause guide"))->click();
    EXPECT_FALSE(editor.timerRunning());
    app::PauseDialog* pause = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (auto* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<app::PauseDialog*>(w); d && d->isVisible()) {
                pause = d;
            }
        }
        return pause != nullptr;
    }));
    EXPECT_GE(pause->returnTime().msecsSinceStartOfDay(), 0);
    pause->accept();
    EXPECT_TRUE(
        byName<QLabel>(&editor, QStringLiteral("Timer note"))->text().startsWith(QStringLiteral("Welcome back")));
}

TEST_F(ConversationEditorTest, AloneTheListenerIsYourPartnerAndNothingOffersSharing)
{
    tw::test::TempDir soloDir;
    std::vector<workbook::NewPartner> one;
    one.push_back(
        {"Alex", workbook::Role::Hurt, crypto::SecretBytes::fromString("alex passphrase"), crypto::makeRecoveryCode()});
    workbook::Workbook::create(soloDir.path(), std::move(one), options);
    auto alex = open("Alex", soloDir.path());
    EXPECT_EQ(alex->editor->findChildren<QGroupBox*>()[1]->title(), QStringLiteral("Listener: your partner"));
    auto* share = byName<QPushButton>(alex->editor.get(), QStringLiteral("Share this answer with your partner"));
    ASSERT_NE(share, nullptr);
    EXPECT_TRUE(share->isHidden());
}
