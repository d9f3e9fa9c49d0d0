// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/ScaleEditor.h"

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "Workspace.h"
#include "tw/workbook/Session.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QWheelEvent>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;

namespace {

constexpr const char* kExercise = "understanding.how-it-shows-now";

void press(QWidget* widget, Qt::Key key)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &up);
}

// A couple (Alex was hurt, Sam broke trust) in a throw-away workbook with fast key derivation.
struct ScaleEditorTest : tw::test::CoupleWindow {
    void unlockAs(const std::string& name, const std::string& passphrase)
    {
        context->setSession(std::shared_ptr<workbook::Session>(
            workbook::Workbook::unlock(dir.path(), name, crypto::SecretBytes::fromString(passphrase), options)));
    }
    app::ScaleEditor* open()
    {
        window->workspace()->openExercise(QString::fromLatin1(kExercise));
        return qobject_cast<app::ScaleEditor*>(window->workspace()->exerciseView()->editor());
    }
    nlohmann::json myAnswer() const
    {
        auto* session = context->session();
        for (const auto& e : session->entries({.exerciseId = kExercise, .kind = "answer"})) {
            if (e.authorId == session->me().id) {
                EXPECT_EQ(e.visibility, workbook::Visibility::Private);
                return nlohmann::json::parse(e.body);
            }
        }
        return nullptr;
    }
};

} // namespace

TEST_F(ScaleEditorTest, KeyboardRatingsAndFollowUpAreSavedPrivatelyAndComeBack)
{
    unlockAs("Alex", "alex passphrase");
    auto* editor = open();
    ASSERT_NE(editor, nullptr);
    auto* circles = editor->slider("circles");
    ASSERT_NE(circles, nullptr);
    EXPECT_FALSE(editor->isRated("circles"));
    EXPECT_TRUE(circles->accessibleDescription().startsWith(QStringLiteral("Not rated yet")));
    // The label is the one for Alex's role, and it is the slider's buddy and accessible name.
    auto* checking = editor->slider("checking");
    EXPECT_EQ(
        checking->accessibleName(), QStringLiteral("The urge to check on my partner (phone, messages, whereabouts)"));
    bool hasBuddy = false;
    for (auto* label : editor->findChildren<QLabel*>()) {
        hasBuddy = hasBuddy || label->buddy() == checking;
    }
    EXPECT_TRUE(hasBuddy);
    EXPECT_EQ(editor->statusText(), QStringLiteral("Private. Nothing is saved until you write."));

    for (int i = 0; i < 3; ++i) {
        press(circles, Qt::Key_Right);
    }
    // Left at 0 changes nothing, yet it is a deliberate choice of 0.
    press(checking, Qt::Key_Left);
    EXPECT_EQ(circles->value(), 3);
    EXPECT_TRUE(editor->isRated("checking"));
    EXPECT_TRUE(circles->accessibleDescription().contains(QStringLiteral("Rated 3 of 10")));
    EXPECT_TRUE(circles->accessibleDescription().contains(QStringLiteral("Almost every day")));
    editor->followUpBox()->insertPlainText(QStringLiteral("Checking, by going for a walk instead."));
    ASSERT_TRUE(tw::test::waitUntil([&] { return editor->statusText() == QStringLiteral("Saved"); }));

    const auto answer = myAnswer();
    ASSERT_TRUE(answer.is_object());
    EXPECT_EQ(answer.at("items").at("circles").get<int>(), 3);
    EXPECT_EQ(answer.at("items").at("checking").get<int>(), 0);
    EXPECT_FALSE(answer.at("items").contains("distance")); // never touched, never recorded
    EXPECT_EQ(answer.at("followUp").get<std::string>(), "Checking, by going for a walk instead.");

    window->workspace()->showHome();
    editor = open();
    EXPECT_EQ(editor->slider("circles")->value(), 3);
    EXPECT_TRUE(editor->isRated("checking"));
    EXPECT_FALSE(editor->isRated("distance"));
    EXPECT_EQ(editor->followUpBox()->toPlainText(), QStringLiteral("Checking, by going for a walk instead."));
    EXPECT_NE(tw::test::byName<QPushButton>(editor, QStringLiteral("Share this answer with your partner")), nullptr);
}

TEST_F(ScaleEditorTest, ScrollingPastAnUnfocusedSliderChangesNothing)
{
    unlockAs("Sam", "sam passphrase");
    auto* editor = open();
    ASSERT_NE(editor, nullptr);
    // Sam's role gets Sam's wording.
    EXPECT_EQ(editor->slider("checking")->accessibleName(),
        QStringLiteral("Being questioned or checked on (phone, messages, whereabouts)"));
    auto* slider = editor->slider("distance");
    ASSERT_FALSE(slider->hasFocus());
    const QPointF inside(slider->width() / 2.0, slider->height() / 2.0);
    QWheelEvent wheel(inside, slider->mapToGlobal(inside), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(slider, &wheel);
    EXPECT_EQ(slider->value(), 0);
    EXPECT_FALSE(editor->isRated("distance"));
    editor->flush();
    EXPECT_TRUE(myAnswer().is_null());
}

TEST_F(ScaleEditorTest, SharedRatingsReachThePartner)
{
    unlockAs("Alex", "alex passphrase");
    auto* editor = open();
    press(editor->slider("anger"), Qt::Key_End);
    editor->flush();
    auto* share = tw::test::byName<QPushButton>(editor, QStringLiteral("Share this answer with your partner"));
    ASSERT_NE(share, nullptr);
    share->click();
    ASSERT_TRUE(tw::test::confirmSharePreview()); // what Sam will see comes first; one confirmation shares
    EXPECT_TRUE(editor->isShared());
    context->lock();

    unlockAs("Sam", "sam passphrase");
    const auto shared = context->session()->entries({.exerciseId = kExercise, .kind = "answer"});
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_EQ(nlohmann::json::parse(shared.front().body).at("items").at("anger").get<int>(), 10);
}
