// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "ProgressWorkbook.h"
#include "Workspace.h"
#include "search/SearchPage.h"
#include "search/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace tw;

namespace {

struct Search : tw::test::ProgressWorkbook {
    void SetUp() override
    {
        ProgressWorkbook::SetUp();
        using workbook::Visibility;
        {
            auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
            alex->addEntry({"step1.impact-letter", "answer", Visibility::Private, "",
                R"({"prompts":{"p1":"alpha harbour words only Alex wrote"}})"});
            alex->addEntry({"start.what-brings-me-here", "answer", Visibility::Shared, "",
                R"({"prompts":{"p1":"the harbour lighthouse, shared"}})"});
        }
        {
            auto sam = tw::test::unlockPartner(dir.path(), "Sam", options);
            sam->addEntry({"step1.reflecting-back", "answer", Visibility::Shared, "",
                R"({"prompts":{"p1":"Sam shares the harbour at dawn"}})"});
            sam->addEntry({"step1.honest-answers", "answer", Visibility::Private, "",
                R"({"prompts":{"p1":"harbour CANARY-sam-search-private"}})"});
        }
    }
    app::SearchPage* openSearch(const std::string& name)
    {
        openAs(name);
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        // The real shortcut, as a user would press it.
        QTest::keySequence(window.get(), QKeySequence::Find);
        return window->workspace()->searchPage();
    }
    static QStringList column(const app::SearchResultsModel* model, int column)
    {
        QStringList values;
        for (int r = 0; r < model->rowCount(); ++r) {
            values << model->index(r, column).data().toString();
        }
        return values;
    }
};

} // namespace

TEST_F(Search, CtrlFFindsOwnPrivateAndSharedButNotThePartnersPrivate)
{
    auto* page = openSearch("Alex");
    ASSERT_TRUE(page->isVisible());
    EXPECT_TRUE(page->field()->hasFocus() || !window->isActiveWindow());
    EXPECT_GT(page->indexedEntries(), 0u);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    QTest::keyClicks(page->field(), QStringLiteral("harbour"));
    const auto* model = page->model();
    ASSERT_EQ(model->rowCount(), 3); // Alex's private, Alex's shared, Sam's shared
    const QString snippets = column(model, app::SearchResultsModel::SnippetColumn).join(QLatin1Char('|'));
    EXPECT_FALSE(snippets.contains(QStringLiteral("CANARY")));
    EXPECT_TRUE(snippets.contains(QStringLiteral("Sam shares the harbour")));
    const QStringList visibility = column(model, app::SearchResultsModel::VisibilityColumn);
    EXPECT_TRUE(visibility.contains(QStringLiteral("Private")));
    EXPECT_TRUE(visibility.contains(QStringLiteral("Shared by you")));
    EXPECT_TRUE(visibility.contains(QStringLiteral("Shared by Sam")));
    EXPECT_TRUE(column(model, app::SearchResultsModel::ExerciseColumn)
            .contains(QString::fromStdString(tw::test::curriculum().findExercise("step1.impact-letter")->title)));

    page->field()->clear();
    QTest::keyClicks(page->field(), QStringLiteral("CANARY-sam-search-private"));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("Nothing found")));
}

TEST_F(Search, EnterOnAResultOpensItsExercise)
{
    auto* page = openSearch("Alex");
    QTest::keyClicks(page->field(), QStringLiteral("alpha"));
    ASSERT_EQ(page->model()->rowCount(), 1);
    // Enter in the field moves to the first result; Enter there opens it.
    QTest::keyClick(page->field(), Qt::Key_Return);
    EXPECT_EQ(page->results()->currentIndex().row(), 0);
    QTest::keyClick(page->results(), Qt::Key_Return);
    ASSERT_NE(window->workspace()->exerciseView()->exercise(), nullptr);
    EXPECT_EQ(window->workspace()->exerciseView()->exercise()->id, "step1.impact-letter");
    EXPECT_TRUE(window->workspace()->exerciseView()->isVisible());
}

TEST_F(Search, SamFindsOnlyWhatAlexShared)
{
    auto* page = openSearch("Sam");
    QTest::keyClicks(page->field(), QStringLiteral("harbour"));
    const QString snippets = column(page->model(), app::SearchResultsModel::SnippetColumn).join(QLatin1Char('|'));
    EXPECT_EQ(page->model()->rowCount(), 3); // Alex's shared, Sam's shared and Sam's private
    EXPECT_FALSE(snippets.contains(QStringLiteral("alpha")));
    EXPECT_TRUE(snippets.contains(QStringLiteral("lighthouse")));
}

TEST_F(Search, NewEntriesAreFoundAndLockWipesTheIndex)
{
    auto* page = openSearch("Alex");
    QTest::keyClicks(page->field(), QStringLiteral("zebra"));
    EXPECT_EQ(page->model()->rowCount(), 0);
    context->session()->addEntry(
        {"step1.apology", "answer", workbook::Visibility::Private, "", R"({"prompts":{"p1":"a zebra crossing"}})"});
    // Opening search again rebuilds the index from the session.
    QTest::keySequence(window.get(), QKeySequence::Find);
    EXPECT_EQ(page->model()->rowCount(), 1);
    context->lock();
    EXPECT_EQ(page->indexedEntries(), 0u);
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->field()->text().isEmpty());
}
