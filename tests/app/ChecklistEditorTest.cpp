// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/ChecklistEditor.h"

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "MainWindow.h"
#include "PathModel.h"
#include "TempDir.h"
#include "Workspace.h"
#include "tw/workbook/SafetyService.h"
#include "tw/workbook/Session.h"
#include "unlock/UnlockNotices.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;
using tw::test::byName;

namespace {

constexpr const char* kSafety = "start.safety-check";
constexpr const char* kOrdinary = "step2.emotional-availability";

// Everything a person can read in a widget tree, in order, to compare what two situations show.
QStringList visibleText(QWidget* root)
{
    QStringList out;
    for (auto* w : root->findChildren<QWidget*>()) {
        // Scroll bars come and go with the room Home has (the notes shown above it after unlocking).
        if (!w->isVisibleTo(root) || qobject_cast<QScrollBar*>(w)
            || QByteArray(w->metaObject()->className()).startsWith("QAbstractScrollArea")) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            out << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            out << button->text();
        }
        out << w->accessibleName() << w->accessibleDescription() << w->toolTip();
    }
    return out;
}

QStringList pathIds(app::PathModel* model)
{
    QStringList ids;
    for (int m = 0; m < model->rowCount(); ++m) {
        const QModelIndex module = model->index(m, 0);
        for (int e = 0; e < model->rowCount(module); ++e) {
            ids << model->index(e, 0, module).data(app::PathModel::ExerciseIdRole).toString();
        }
    }
    return ids;
}

struct ChecklistEditorTest : tw::test::CoupleWindow {
    void unlockAs(const std::string& name)
    {
        context->setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), name, options)));
    }
    app::ChecklistEditor* open(const char* id)
    {
        window->workspace()->openExercise(QString::fromLatin1(id));
        return qobject_cast<app::ChecklistEditor*>(window->workspace()->exerciseView()->editor());
    }
    void goHome() { byName<QPushButton>(window.get(), QStringLiteral("Home"))->click(); }
    void saveSafety(const std::vector<std::string>& ticks)
    {
        auto* check = open(kSafety)->safetyCheck();
        ASSERT_NE(check, nullptr);
        for (const auto& item : tw::test::curriculum().findExercise(kSafety)->checkItems) {
            check->box(item.id)->setChecked(std::find(ticks.begin(), ticks.end(), item.id) != ticks.end());
        }
        check->saveButton()->click();
    }
    // What Sam can see anywhere: Home, the path, and Sam's own safety check.
    QStringList samsView()
    {
        unlockAs("Sam");
        // The notes above Home ("Last time you were here") are Sam's own and differ between visits;
        // with them closed, Home has the same room both times.
        window->noticeBar()->clear();
        QApplication::processEvents();
        QStringList seen = visibleText(window->workspace()->homeView());
        seen << pathIds(window->workspace()->pathModel());
        seen << (window->workspace()->individualOnly() ? QStringLiteral("individual") : QStringLiteral("couple"));
        seen << visibleText(open(kSafety));
        context->lock();
        return seen;
    }
};

} // namespace

TEST_F(ChecklistEditorTest, OrdinaryChecklistSavesTicksAndFollowUpPrivately)
{
    unlockAs("Alex");
    auto* editor = open(kOrdinary);
    ASSERT_NE(editor, nullptr);
    auto* answer = editor->answerEditor();
    ASSERT_NE(answer, nullptr);
    EXPECT_EQ(editor->safetyCheck(), nullptr);
    auto* greet = answer->box("greet");
    ASSERT_NE(greet, nullptr);
    EXPECT_TRUE(greet->accessibleName().startsWith(QStringLiteral("Greet each other properly")));
    greet->click();
    // The long sentence sits in a wrapping label; clicking it ticks the box, as a checkbox text would.
    QLabel* phoneLabel = nullptr;
    for (auto* label : answer->findChildren<QLabel*>()) {
        if (label->buddy() == answer->box("phone-down")) {
            phoneLabel = label;
        }
    }
    ASSERT_NE(phoneLabel, nullptr);
    EXPECT_TRUE(phoneLabel->wordWrap());
    const QPointF at(4, 4);
    QMouseEvent down(
        QEvent::MouseButtonPress, at, phoneLabel->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(phoneLabel, &down);
    QMouseEvent up(
        QEvent::MouseButtonRelease, at, phoneLabel->mapToGlobal(at), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(phoneLabel, &up);
    EXPECT_TRUE(answer->box("phone-down")->isChecked());
    ASSERT_NE(answer->followUpBox(), nullptr);
    answer->followUpBox()->insertPlainText(QStringLiteral("The greeting was easy; phones were not."));
    ASSERT_TRUE(tw::test::waitUntil([&] { return answer->statusText() == QStringLiteral("Saved"); }));

    auto* session = context->session();
    const auto rows = session->entries({.exerciseId = kOrdinary, .kind = "answer"});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().visibility, workbook::Visibility::Private);
    const auto body = nlohmann::json::parse(rows.front().body);
    EXPECT_EQ(body.at("ticked"), nlohmann::json::parse(R"(["greet","phone-down"])"));
    EXPECT_EQ(body.at("followUp").get<std::string>(), "The greeting was easy; phones were not.");

    goHome();
    answer = open(kOrdinary)->answerEditor();
    EXPECT_TRUE(answer->box("greet")->isChecked());
    EXPECT_TRUE(answer->box("phone-down")->isChecked());
    EXPECT_FALSE(answer->box("ask-day")->isChecked());
}

TEST_F(ChecklistEditorTest, SafetyConcernRoutesToIndividualWorkAndThePartnerCannotTell)
{
    unlockAs("Alex");
    auto* editor = open(kSafety);
    ASSERT_NE(editor, nullptr);
    auto* check = editor->safetyCheck();
    ASSERT_NE(check, nullptr);
    EXPECT_EQ(editor->answerEditor(), nullptr);
    // Never anything to share here.
    for (auto* button : editor->findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->text().contains(QStringLiteral("Share"))) << button->text().toStdString();
    }
    EXPECT_FALSE(window->workspace()->individualOnly());
    EXPECT_TRUE(pathIds(window->workspace()->pathModel()).contains(QStringLiteral("start.pause-signal")));

    // Ticking alone writes nothing: saving is an explicit, private act.
    check->box("afraid")->click();
    EXPECT_TRUE(check->statusText().startsWith(QStringLiteral("Not saved yet")));
    EXPECT_FALSE(workbook::SafetyService(*context->session()).hasAnswered());
    EXPECT_FALSE(check->concernPanel()->isVisible());
    check->saveButton()->click();
    EXPECT_EQ(check->statusText(), QStringLiteral("Saved privately."));
    EXPECT_TRUE(workbook::SafetyService(*context->session()).needsIndividualPath());

    // The content's message, that the partner is not told, and the way to help.
    ASSERT_TRUE(check->concernPanel()->isVisible());
    const QStringList panel = visibleText(check->concernPanel());
    EXPECT_TRUE(
        panel.contains(QStringLiteral("Thank you for answering honestly. What you ticked matters. If something on "
                                      "this list has been done to you, it is not your fault.")));
    EXPECT_TRUE(panel.contains(
        QStringLiteral("Your partner has not been told about this check or your answers, and will not be.")));
    auto* help = byName<QPushButton>(check->concernPanel(), QStringLiteral("Open Getting help now"));
    ASSERT_NE(help, nullptr);
    help->click();
    ASSERT_NE(window->workspace()->exerciseView()->exercise(), nullptr);
    EXPECT_EQ(window->workspace()->exerciseView()->exercise()->id, "start.help-now");

    goHome();
    // Discretion (issue 18): Home and the path stay as anyone's unless Alex chooses the note.
    EXPECT_FALSE(window->workspace()->individualOnly());
    const QStringList path = pathIds(window->workspace()->pathModel());
    EXPECT_TRUE(path.contains(QStringLiteral("start.pause-signal")));
    EXPECT_TRUE(path.contains(QStringLiteral("start.help-now")));
    context->lock();

    // Sam's session knows nothing of it: Sam's own state only, and the Alex's row is not even readable.
    unlockAs("Sam");
    workbook::SafetyService samSafety(*context->session());
    EXPECT_FALSE(samSafety.hasAnswered());
    EXPECT_FALSE(samSafety.needsIndividualPath());
    EXPECT_TRUE(context->session()->entries({.exerciseId = kSafety}).empty());
    EXPECT_FALSE(window->workspace()->individualOnly());
    EXPECT_TRUE(pathIds(window->workspace()->pathModel()).contains(QStringLiteral("start.pause-signal")));
    auto* samCheck = open(kSafety)->safetyCheck();
    EXPECT_FALSE(samCheck->box("afraid")->isChecked());
    EXPECT_FALSE(samCheck->concernPanel()->isVisible());
    context->lock();
}

TEST_F(ChecklistEditorTest, SamSeesTheSameWhetherAlexTickedAConcernOrNothing)
{
    unlockAs("Alex");
    saveSafety({});
    context->lock();
    const QStringList afterNothing = samsView();

    unlockAs("Alex");
    saveSafety({"threats", "workbook-access"});
    EXPECT_TRUE(workbook::SafetyService(*context->session()).needsIndividualPath());
    context->lock();
    const QStringList afterConcern = samsView();
    EXPECT_EQ(afterNothing, afterConcern);
}

TEST_F(ChecklistEditorTest, UntickingEveryConcernOpensTheCouplePathAgain)
{
    unlockAs("Alex");
    saveSafety({"money"});
    goHome();
    EXPECT_FALSE(window->workspace()->individualOnly()); // the same Home as anyone's (issue 18)
    auto* check = open(kSafety)->safetyCheck();
    // Coming back shows the saved answer and the message again, without taking focus away.
    EXPECT_TRUE(check->box("money")->isChecked());
    EXPECT_TRUE(check->statusText().startsWith(QStringLiteral("Saved privately on")));
    EXPECT_TRUE(check->concernPanel()->isVisible());
    check->box("money")->click();
    check->saveButton()->click();
    EXPECT_TRUE(check->statusText().startsWith(QStringLiteral("Saved privately. Thank you.")));
    EXPECT_FALSE(check->concernPanel()->isVisible());
    goHome();
    EXPECT_FALSE(window->workspace()->individualOnly());
    EXPECT_TRUE(pathIds(window->workspace()->pathModel()).contains(QStringLiteral("start.pause-signal")));
}

TEST_F(ChecklistEditorTest, TheConcernMessageFitsWhatWasTicked)
{
    unlockAs("Alex");
    const auto& content = *tw::test::curriculum().findExercise(kSafety);
    const auto paragraphsOf = [&](const std::string& itemId) {
        QStringList all;
        for (const auto& group : content.concernGroups) {
            for (const auto& item : content.checkItems) {
                if (item.id == itemId && item.concernGroup == group.id) {
                    all = QString::fromStdString(group.message.forRole("hurt")).split(QStringLiteral("\n\n"));
                }
            }
        }
        return all;
    };
    const QStringList suicide = paragraphsOf("own-safety");
    const QStringList fear = paragraphsOf("afraid");
    ASSERT_FALSE(suicide.isEmpty());
    ASSERT_FALSE(fear.isEmpty());

    // Only the thoughts-of-suicide item: its own message, and nothing about fear or control.
    saveSafety({"own-safety"});
    auto* check = open(kSafety)->safetyCheck();
    ASSERT_TRUE(check->concernPanel()->isVisible());
    QStringList panel = visibleText(check->concernPanel());
    for (const QString& paragraph : suicide) {
        EXPECT_TRUE(panel.contains(paragraph)) << paragraph.toStdString();
    }
    EXPECT_FALSE(panel.contains(fear.front()));
    EXPECT_FALSE(panel.join(QLatin1Char(' ')).contains(QStringLiteral("abuse"), Qt::CaseInsensitive));

    // Ticking a second item of another group adds that group's message; the first stays.
    check->box("afraid")->click();
    check->saveButton()->click();
    panel = visibleText(check->concernPanel());
    EXPECT_TRUE(panel.contains(suicide.front()));
    EXPECT_TRUE(panel.contains(fear.front()));
    const auto labels = check->concernPanel()->findChildren<QLabel*>();
    EXPECT_EQ(std::count_if(labels.begin(), labels.end(),
                  [](const QLabel* l) {
                      return l->text()
                          == QStringLiteral("Your partner has not been told about this check or your answers, and will "
                                            "not be.");
                  }),
        1)
        << "said once, however many groups were ticked";
}
