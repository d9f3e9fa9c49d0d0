// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An answer written as plain words (by an older version, or by trustwork-cli's "entry add") on a
// page that now asks its questions in a form. The first edit used to save the form alone over the
// words: they must be shown, saved with the answer and listed in what sharing would send.
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "Workspace.h"
#include "exercises/ChecklistEditor.h"
#include "exercises/ReflectionEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;
using workbook::Visibility;

namespace {

constexpr const char* kHardestHours = "first-weeks.hardest-hours";
constexpr const char* kChecklist = "step2.emotional-availability";
constexpr const char* kHelpNumbers = "start.local-help"; // every question never shared
constexpr const char* kWords = "CANARY-written before, late at night";

struct EarlierAnswer : tw::test::CoupleWindow {
    std::string writeWords(const char* exerciseId)
    {
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        return alex->addEntry({exerciseId, "answer", Visibility::Private, "", kWords});
    }
    app::ExerciseEditor* open(const char* exerciseId)
    {
        window->workspace()->openExercise(QString::fromLatin1(exerciseId));
        return window->workspace()->exerciseView()->editor();
    }
    nlohmann::json saved(const std::string& id) { return nlohmann::json::parse(context->session()->entry(id)->body); }
    /**
     * Alex's plain words on a page of questions, which she then opens: the page's editor (nullptr if
     * it is not one of questions), after checking that the words are in its first box. @p id is
     * set to the answer's entry.
     */
    app::ReflectionEditor* openWithWords(const char* exerciseId, std::string& id)
    {
        const auto& prompts = tw::test::curriculum().findExercise(exerciseId)->prompts;
        EXPECT_GE(prompts.size(), 2u);
        id = writeWords(exerciseId);
        openAs("Alex");
        auto* editor = dynamic_cast<app::ReflectionEditor*>(open(exerciseId));
        if (editor && !prompts.empty()) {
            EXPECT_EQ(editor->box(prompts[0].id)->toPlainText().toStdString(), kWords);
        }
        return prompts.size() >= 2 ? editor : nullptr;
    }
};

} // namespace

TEST_F(EarlierAnswer, PlainWordsFillTheFirstBoxAndStayWhenTheNextOneIsTyped)
{
    const auto& prompts = tw::test::curriculum().findExercise(kHardestHours)->prompts;
    std::string id;
    auto* editor = openWithWords(kHardestHours, id);
    ASSERT_NE(editor, nullptr);

    editor->box(prompts[1].id)->setPlainText(QStringLiteral("a walk around the block"));
    editor->flush();
    const auto body = saved(id);
    EXPECT_EQ(body["prompts"][prompts[0].id], kWords);
    EXPECT_EQ(body["prompts"][prompts[1].id], "a walk around the block");
    EXPECT_FALSE(body.contains("earlier")); // in the box now, not twice
}

TEST_F(EarlierAnswer, OnAPageWithoutTextBoxesTheWordsAreShownKeptAndListedForSharing)
{
    const auto& items = tw::test::curriculum().findExercise(kChecklist)->checkItems;
    ASSERT_FALSE(items.empty());
    const std::string id = writeWords(kChecklist);
    openAs("Alex");
    auto* page = qobject_cast<app::ChecklistEditor*>(open(kChecklist));
    ASSERT_NE(page, nullptr);
    auto* editor = page->answerEditor();
    ASSERT_NE(editor, nullptr);
    auto* shown = editor->findChild<QLabel*>(QStringLiteral("earlierText"));
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isVisibleTo(window.get()));
    EXPECT_EQ(shown->text().toStdString(), kWords);

    editor->box(items.front().id)->setChecked(true);
    editor->flush();
    EXPECT_EQ(saved(id)["earlier"], kWords);
    bool listed = false;
    for (const auto& part : editor->wouldSend()) {
        listed = listed
            || (part.question == QStringLiteral("Written earlier") && part.answer == QString::fromLatin1(kWords));
    }
    EXPECT_TRUE(listed) << "sharing would send the words without the preview saying so";

    // Opened again, the page still shows them, and the next edit keeps them.
    open(kHardestHours);
    page = qobject_cast<app::ChecklistEditor*>(open(kChecklist));
    ASSERT_NE(page, nullptr);
    editor = page->answerEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(editor->findChild<QLabel*>(QStringLiteral("earlierText")), nullptr);
    EXPECT_TRUE(editor->box(items.front().id)->isChecked());
    editor->box(items.front().id)->setChecked(false);
    editor->flush();
    EXPECT_EQ(saved(id)["earlier"], kWords);
}

TEST_F(EarlierAnswer, OnAPageOfQuestionsNeverSharedTheWordsFillTheFirstBoxAndStayWithAlex)
{
    const auto& prompts = tw::test::curriculum().findExercise(kHelpNumbers)->prompts;
    std::string id;
    auto* editor = openWithWords(kHelpNumbers, id);
    ASSERT_NE(editor, nullptr);
    editor->box(prompts[1].id)->setPlainText(QStringLiteral("0800 000 000"));
    editor->flush();
    // The words now live in the never-shared part, and the answer Sam could ever be sent holds none.
    EXPECT_EQ(context->session()->entry(id)->body.find("CANARY"), std::string::npos);
    bool kept = false;
    for (const auto& e : context->session()->entries({.exerciseId = kHelpNumbers})) {
        kept = kept || e.body.find(kWords) != std::string::npos;
    }
    EXPECT_TRUE(kept);
    for (const auto& part : editor->wouldSend()) {
        EXPECT_EQ(part.answer.toStdString().find("CANARY"), std::string::npos);
    }
}
