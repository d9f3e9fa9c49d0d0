// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading what was shared and sharing on purpose (issue 18): the partner's shared answer in the
// exercise, reached from Home and the path; the reveal side by side with its revisions; the share
// preview that lists exactly what is sent; a planning prompt that is never shared; edits that wait
// for Update; stopping sharing that asks first.
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "PathModel.h"
#include "Workspace.h"
#include "exercises/AnswerText.h"
#include "exercises/ReflectionEditor.h"
#include "exercises/RevealEditor.h"
#include "exercises/RewriteEditor.h"
#include "exercises/ScaleEditor.h"
#include "exercises/SharePreview.h"
#include "exercises/SharedAnswerCard.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/RevealService.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;
using tw::test::byName;
using workbook::Visibility;

namespace {

constexpr const char* kLetter = "step1.impact-letter";
constexpr const char* kApology = "step1.apology";
constexpr const char* kScale = "understanding.how-it-shows-now";
constexpr const char* kReveal = "step1.questions-and-answers";
constexpr const char* kHelpNumbers = "start.local-help";

QStringList visibleLabels(QWidget* root)
{
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root)) {
            texts << label->text();
        }
    }
    return texts;
}

bool anyLabelContains(QWidget* root, const QString& text)
{
    const QStringList labels = visibleLabels(root);
    return std::any_of(labels.begin(), labels.end(), [&](const QString& l) { return l.contains(text); });
}

struct Shared : tw::test::CoupleWindow {
    app::ExerciseEditor* editor() const { return window->workspace()->exerciseView()->editor(); }
    /** @brief Presses the button on Home that names @p exerciseId's title, as Sam would. */
    void openFromHome(const char* exerciseId)
    {
        const QString title = QString::fromStdString(tw::test::curriculum().findExercise(exerciseId)->title);
        auto* link = byName<QPushButton>(window->workspace()->homeView(), title);
        ASSERT_NE(link, nullptr) << "Home has no way to " << exerciseId;
        link->click();
        ASSERT_NE(window->workspace()->exerciseView()->exercise(), nullptr);
        ASSERT_EQ(window->workspace()->exerciseView()->exercise()->id, exerciseId);
    }
};

} // namespace

TEST_F(Shared, SamReadsAlexsSharedReflectionRewriteAndScaleInTheExercise)
{
    {
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        alex->addEntry({kLetter, "answer", Visibility::Shared, "",
            R"({"prompts":{"discovery":"CANARY-letter-discovery","since":"CANARY-letter-since"}})"});
        alex->addEntry(
            {kApology, "answer", Visibility::Shared, "", R"({"harsh":"CANARY-harsh","gentle":"CANARY-gentle"})"});
        alex->addEntry(
            {kScale, "answer", Visibility::Shared, "", R"({"items":{"circles":7},"followUp":"CANARY-scale"})"});
        // Private words of Alex's in the same exercise never reach Sam.
        alex->addEntry(
            {"step1.honest-answers", "answer", Visibility::Private, "", R"({"prompts":{"x":"CANARY-private"}})"});
    }
    openAs("Sam");
    const auto& letter = *tw::test::curriculum().findExercise(kLetter);

    // From Home ("Recently shared by Alex") to the letter, Alex's words on top, read-only.
    openFromHome(kLetter);
    auto* reflection = dynamic_cast<app::ReflectionEditor*>(editor());
    ASSERT_NE(reflection, nullptr);
    auto* card = reflection->partnerCard();
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(card->isVisibleTo(window.get()));
    const QString letterText = card->plainText();
    // Each answer under the question Alex (the partner who was hurt) was asked, in the letter's order.
    const QString alexsQuestion = QString::fromStdString(letter.prompts.at(0).text.forRole("hurt"));
    EXPECT_TRUE(letterText.startsWith(alexsQuestion + QStringLiteral("\nCANARY-letter-discovery")))
        << letterText.toStdString();
    EXPECT_LT(letterText.indexOf(QStringLiteral("CANARY-letter-discovery")),
        letterText.indexOf(QStringLiteral("CANARY-letter-since")));
    EXPECT_TRUE(anyLabelContains(card, QStringLiteral("Shared by Alex, written ")));
    // Sam's own listening guide is still Sam's, and empty.
    EXPECT_TRUE(reflection->box("discovery")->toPlainText().isEmpty());
    EXPECT_FALSE(reflection->box("discovery")->isReadOnly());

    // The path says where Alex shared, and leads there too.
    const QModelIndex row = window->workspace()->pathModel()->indexOfExercise(kApology);
    ASSERT_TRUE(row.isValid());
    EXPECT_TRUE(row.data(app::PathModel::SharedByPartnerRole).toBool());
    EXPECT_TRUE(row.data().toString().contains(QStringLiteral("Alex shared")));
    const QModelIndex notShared = window->workspace()->pathModel()->indexOfExercise("step1.honest-answers");
    EXPECT_FALSE(notShared.data(app::PathModel::SharedByPartnerRole).toBool());
    window->workspace()->openExercise(QString::fromLatin1(kApology));
    auto* rewrite = dynamic_cast<app::RewriteEditor*>(editor());
    ASSERT_NE(rewrite, nullptr);
    ASSERT_NE(rewrite->partnerCard(), nullptr);
    EXPECT_EQ(rewrite->partnerCard()->plainText(),
        QStringLiteral("What I might say when hurt\nCANARY-harsh\n\nA gentler way to say it\nCANARY-gentle"));
    EXPECT_TRUE(rewrite->harshBox()->toPlainText().isEmpty());

    openFromHome(kScale);
    auto* scale = dynamic_cast<app::ScaleEditor*>(editor());
    ASSERT_NE(scale, nullptr);
    ASSERT_NE(scale->partnerCard(), nullptr);
    const auto& scaleExercise = *tw::test::curriculum().findExercise(kScale);
    const QString item = QString::fromStdString(scaleExercise.scaleItems.at(0).label.forRole("hurt"));
    EXPECT_TRUE(scale->partnerCard()->plainText().startsWith(item + QStringLiteral("\n7 of 10")))
        << scale->partnerCard()->plainText().toStdString();
    EXPECT_TRUE(scale->partnerCard()->plainText().endsWith(QStringLiteral("\nCANARY-scale")));
    EXPECT_FALSE(scale->isRated("circles")); // Sam's own sliders are untouched

    for (auto* label : window->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY-private")));
    }
}

// "My local help numbers": every answer is never shared, so there is nothing to share and the tick
// is Alex's alone. A Share button there would publish an empty answer, which tells Sam she wrote one.
TEST_F(Shared, TheHelpNumbersPageOffersNoSharingAndItsTickIsAlexsAlone)
{
    openAs("Alex");
    window->workspace()->openExercise(QString::fromLatin1(kHelpNumbers));
    auto* view = window->workspace()->exerciseView();
    auto* editor = dynamic_cast<app::ReflectionEditor*>(view->editor());
    ASSERT_NE(editor, nullptr);
    editor->box("emergency")->setPlainText(QStringLiteral("CANARY-HELP-LINE"));
    editor->flush();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !editor->statusText().startsWith(QStringLiteral("Saving")); }));
    EXPECT_EQ(editor->statusText(), QStringLiteral("Saved. Every answer on this page stays with you."));
    EXPECT_FALSE(editor->shareButton()->isVisibleTo(editor));

    auto* done = byName<QCheckBox>(view, QStringLiteral("Mark this exercise as done"));
    ASSERT_NE(done, nullptr);
    done->setChecked(true);
    EXPECT_TRUE(anyLabelContains(view, QStringLiteral("Only you see that this page is done: Sam is not shown a tick")));
    EXPECT_TRUE(workbook::ProgressService(*context->session()).doneMarks(kHelpNumbers).doneByMe);

    openAs("Sam");
    EXPECT_FALSE(workbook::ProgressService(*context->session()).doneMarks(kHelpNumbers).doneByPartner);
    EXPECT_TRUE(context->session()->entries({.exerciseId = kHelpNumbers}).empty());
    window->workspace()->openExercise(QString::fromLatin1(kHelpNumbers));
    for (auto* label : window->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY-HELP-LINE")));
    }
}

TEST_F(Shared, ARevealShowsBothPublishedAnswersWithRevisionsAndChanges)
{
    const std::string prompt = tw::test::curriculum().findExercise(kReveal)->prompts.at(0).id;
    const auto answer = [&](const char* text) { return nlohmann::json{{"prompts", {{prompt, text}}}}.dump(); };
    // Sam answers first with a placeholder, Alex answers (and so publishes, having seen Sam's
    // commitment), then Sam changes the answer before it is published: changed after seeing Alex's.
    workbook::RevealService(*tw::test::unlockPartner(dir.path(), "Sam", options))
        .answer(kReveal, answer("placeholder"));
    workbook::RevealService(*tw::test::unlockPartner(dir.path(), "Alex", options))
        .answer(kReveal, answer("CANARY-alex"));
    workbook::RevealService(*tw::test::unlockPartner(dir.path(), "Sam", options)).answer(kReveal, answer("CANARY-sam"));

    openAs("Alex");
    window->workspace()->openExercise(QString::fromLatin1(kReveal));
    auto* reveal = dynamic_cast<app::RevealEditor*>(editor());
    ASSERT_NE(reveal, nullptr);
    ASSERT_TRUE(reveal->showsSideBySide());
    QString shown = reveal->sideBySideText();
    EXPECT_TRUE(shown.contains(QStringLiteral("CANARY-alex")));
    EXPECT_TRUE(shown.contains(QStringLiteral("CANARY-sam")));
    EXPECT_FALSE(shown.contains(QStringLiteral("placeholder")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Changed after seeing yours")));

    // Alex edits after the reveal: the published answer stays, the edit shows beside it, to both.
    reveal->box(prompt)->setPlainText(QStringLiteral("CANARY-alex-later"));
    reveal->flush();
    openAs("Sam");
    window->workspace()->openExercise(QString::fromLatin1(kReveal));
    reveal = dynamic_cast<app::RevealEditor*>(editor());
    ASSERT_NE(reveal, nullptr);
    ASSERT_TRUE(reveal->showsSideBySide());
    shown = reveal->sideBySideText();
    EXPECT_TRUE(shown.contains(QStringLiteral("CANARY-alex\n")) || shown.contains(QStringLiteral("\nCANARY-alex\n")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Edited after the reveal:")));
    EXPECT_TRUE(shown.contains(QStringLiteral("CANARY-alex-later")));
    EXPECT_FALSE(shown.contains(QStringLiteral("Changed after seeing yours"))); // Alex did not
}

namespace {

// The impact letter with its planning prompt marked "private": true (content format 2), as a fixture.
const content::Curriculum& planningCurriculum()
{
    static const content::Curriculum fixture = [] {
        content::Curriculum c = tw::test::curriculum();
        for (auto& module : c.modules) {
            for (auto& e : module.exercises) {
                if (e.id == kLetter) {
                    for (auto& p : e.prompts) {
                        p.isPrivate = p.id == "sharing";
                    }
                }
            }
        }
        return c;
    }();
    return fixture;
}

struct Planning : tw::test::CoupleWindow {
    void SetUp() override
    {
        CoupleWindow::SetUp();
        window = std::make_unique<app::MainWindow>(*context, planningCurriculum());
        window->show();
    }
    app::ReflectionEditor* letter()
    {
        window->workspace()->openExercise(QString::fromLatin1(kLetter));
        return dynamic_cast<app::ReflectionEditor*>(window->workspace()->exerciseView()->editor());
    }
    static void write(app::ReflectionEditor* editor, const char* prompt, const char* text)
    {
        editor->box(prompt)->setPlainText(QString::fromLatin1(text));
    }
    static void waitSaved(app::ReflectionEditor* editor)
    {
        editor->flush();
        ASSERT_TRUE(tw::test::waitUntil([&] { return !editor->statusText().startsWith(QStringLiteral("Saving")); }));
    }
    QMessageBox* question() const { return window->findChild<QMessageBox*>(QStringLiteral("confirm")); }
    static void press(QMessageBox* box, const QString& text)
    {
        for (auto* button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        FAIL() << "no button " << text.toStdString();
    }
};

} // namespace

TEST_F(Planning, ThePreviewListsExactlyWhatIsSentAndThePlanningPromptIsNeverShared)
{
    openAs("Alex");
    auto* editor = letter();
    ASSERT_NE(editor, nullptr);
    const auto& exercise = *planningCurriculum().findExercise(kLetter);
    EXPECT_TRUE(anyLabelContains(editor, QStringLiteral("Only for you: this answer is never shared")));
    write(editor, "discovery", "CANARY-sent-one");
    write(editor, "beliefs", "CANARY-sent-two");
    write(editor, "sharing", "CANARY-PLANNING");
    waitSaved(editor);
    EXPECT_EQ(editor->statusText(), QStringLiteral("Saved"));

    editor->shareButton()->click();
    auto* preview = editor->preview();
    ASSERT_NE(preview, nullptr);
    EXPECT_FALSE(editor->isShared()); // nothing is sent before the confirmation
    // Exactly the two answers, each under its question as Alex was asked it, in the letter's order.
    const auto question = [&](const char* id) {
        for (const auto& p : exercise.prompts) {
            if (p.id == id) {
                return QString::fromStdString(p.text.forRole("hurt"));
            }
        }
        return QString();
    };
    EXPECT_EQ(preview->sentText(),
        question("discovery") + QStringLiteral("\nCANARY-sent-one\n\n") + question("beliefs")
            + QStringLiteral("\nCANARY-sent-two"));
    EXPECT_EQ(preview->keptPrivate(), QStringList{question("sharing")});
    for (auto* label : preview->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY-PLANNING")));
    }
    preview->confirmButton()->click();
    ASSERT_TRUE(editor->isShared());
    EXPECT_TRUE(editor->statusText().startsWith(QStringLiteral("Shared with Sam.")));

    // What Sam's keys can read holds the two answers and never the planning note.
    {
        auto sam = tw::test::unlockPartner(dir.path(), "Sam", options);
        const auto rows = sam->entries({.exerciseId = kLetter});
        ASSERT_EQ(rows.size(), 1u);
        EXPECT_NE(rows[0].body.find("CANARY-sent-one"), std::string::npos);
        EXPECT_EQ(rows[0].body.find("CANARY-PLANNING"), std::string::npos);
    }
    // Alex keeps the planning note: it is in a private entry of its own.
    editor = letter();
    EXPECT_EQ(editor->box("sharing")->toPlainText(), QStringLiteral("CANARY-PLANNING"));

    openAs("Sam");
    auto* samsView = letter();
    ASSERT_NE(samsView->partnerCard(), nullptr);
    EXPECT_TRUE(samsView->partnerCard()->plainText().contains(QStringLiteral("CANARY-sent-two")));
    for (auto* label : window->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY-PLANNING")));
    }
}

TEST_F(Planning, EditsToASharedAnswerWaitForUpdateAndStoppingAsksFirst)
{
    openAs("Alex");
    auto* editor = letter();
    write(editor, "discovery", "CANARY-first");
    waitSaved(editor);
    editor->shareButton()->click();
    editor->preview()->confirmButton()->click();
    ASSERT_TRUE(editor->isShared());
    EXPECT_FALSE(editor->updateButton()->isVisibleTo(editor));

    // A change stays with Alex, and the status says so, until Update.
    write(editor, "discovery", "CANARY-second");
    waitSaved(editor);
    EXPECT_EQ(editor->statusText(), QStringLiteral("Shared with Sam; your changes are shared when you press Update."));
    EXPECT_TRUE(editor->hasUnsharedChanges());
    EXPECT_TRUE(editor->updateButton()->isVisibleTo(editor));
    const auto samReads = [&] {
        auto sam = tw::test::unlockPartner(dir.path(), "Sam", options);
        const auto rows = sam->entries({.exerciseId = kLetter});
        return rows.empty() ? std::string() : rows.front().body;
    };
    EXPECT_NE(samReads().find("CANARY-first"), std::string::npos);
    EXPECT_EQ(samReads().find("CANARY-second"), std::string::npos);

    editor->updateButton()->click();
    ASSERT_NE(editor->preview(), nullptr);
    EXPECT_TRUE(editor->preview()->sentText().contains(QStringLiteral("CANARY-second")));
    editor->preview()->confirmButton()->click();
    EXPECT_FALSE(editor->hasUnsharedChanges());
    EXPECT_NE(samReads().find("CANARY-second"), std::string::npos);

    // Stopping sharing asks; "Keep sharing" changes nothing.
    editor->shareButton()->click();
    ASSERT_NE(question(), nullptr);
    press(question(), QStringLiteral("Keep sharing"));
    EXPECT_TRUE(editor->isShared());
    EXPECT_FALSE(samReads().empty());
    QApplication::processEvents();
    editor->shareButton()->click();
    ASSERT_NE(question(), nullptr);
    press(question(), QStringLiteral("Stop sharing"));
    EXPECT_FALSE(editor->isShared());
    EXPECT_TRUE(samReads().empty());
}
