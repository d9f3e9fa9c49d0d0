// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressView.h"

#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "ProgressWorkbook.h"
#include "Reminders.h"
#include "WithoutModules.h"
#include "Workspace.h"
#include "charts/ChartBuilders.h"
#include "modules/Modules.h"
#include "progress/AgreementsPanel.h"
#include "progress/ChartPanel.h"
#include "progress/DashboardData.h"
#include "progress/TableModel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;

namespace {

struct Progress : tw::test::ProgressWorkbook {
    app::ProgressView* show(const std::string& name)
    {
        openAs(name);
        window->workspace()->showProgress();
        return window->workspace()->progressView();
    }
    static QStringList row(const app::ChartPanel* panel, int index)
    {
        return panel->model()->table().rows.at(static_cast<std::size_t>(index));
    }
    /** @brief The chart the charts module drew in @p panel (nullptr when there is none). */
    static QChart* chartOf(const app::ChartPanel* panel)
    {
        auto* view = qobject_cast<QChartView*>(panel->chartView());
        return view ? view->chart() : nullptr;
    }
    static QString week(int day) { return app::dayText(QDate(2026, 2, day).toString(Qt::ISODate).toStdString()); }
    /** @brief Every piece of text the view shows: labels, table cells, tree rows. */
    static QString allText(QWidget* root)
    {
        QStringList texts;
        for (auto* label : root->findChildren<QLabel*>()) {
            texts << label->text();
        }
        for (auto* panel : root->findChildren<app::ChartPanel*>()) {
            texts << panel->model()->table().headers;
            for (const auto& r : panel->model()->table().rows) {
                texts << r;
            }
        }
        for (auto* tree : root->findChildren<QTreeWidget*>()) {
            for (auto* item : tree->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive)) {
                texts << item->text(0);
            }
        }
        return texts.join(QLatin1Char('\n'));
    }
};

} // namespace

TEST_F(Progress, TrustTableShowsWeeklyMeansAndOnlySharedPartnerCheckins)
{
    auto* view = show("Alex");
    auto* trust = view->trustPanel();
    ASSERT_FALSE(trust->isEmptyState());
    QAbstractItemModelTester tester(trust->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto& table = trust->model()->table();
    ASSERT_EQ(table.headers.size(), 5);
    EXPECT_EQ(table.headers.at(3), QStringLiteral("Sam's trust"));
    // Sam's private check-ins (weeks of 9 and 16 Feb) add no week and no number.
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(row(trust, 0),
        QStringList(
            {week(2), QStringLiteral("5.0"), QStringLiteral("2"), QStringLiteral("8.0"), QStringLiteral("3.0")}));
    EXPECT_EQ(row(trust, 1).mid(0, 3), QStringList({week(9), QStringLiteral("7.0"), QStringLiteral("1")}));
    EXPECT_NE(row(trust, 1).at(3), QStringLiteral("2.0"));
    // The chart draws the same numbers: my line has two points, Sam's one.
    ASSERT_NE(chartOf(trust), nullptr) << "the charts module draws the chart";
    const auto series = chartOf(trust)->series();
    ASSERT_GE(series.size(), 2);
    EXPECT_EQ(qobject_cast<QLineSeries*>(series.at(0))->count(), 2);
    EXPECT_EQ(qobject_cast<QLineSeries*>(series.at(1))->count(), 1);
    EXPECT_FALSE(allText(view).contains(QString::fromLatin1(kSamCanary)));
}

TEST_F(Progress, SamSeesOnlyAlexsSharedCheckin)
{
    auto* view = show("Sam");
    const auto& table = view->trustPanel()->model()->table();
    ASSERT_EQ(table.rows.size(), 3u); // Sam's own weeks: 2, 9 and 16 Feb
    EXPECT_EQ(table.rows[0].at(1), QStringLiteral("8.0"));
    EXPECT_EQ(table.rows[0].at(3), QStringLiteral("4.0")); // Alex's shared 4; the private 6 is not mixed in
    EXPECT_EQ(table.rows[1].at(3), QStringLiteral("none shared")); // Alex's private 7 stays out
    // Sam's own private check-ins are his to see.
    EXPECT_EQ(table.rows[1].at(1), QStringLiteral("2.0"));
    EXPECT_EQ(table.rows[2].at(1), QStringLiteral("9.0"));
}

TEST_F(Progress, ConsistencyTableCountsKeptAndDuePerWeekIncludingEmptyWeeks)
{
    auto* view = show("Alex");
    auto* panel = view->consistencyPanel();
    ASSERT_FALSE(panel->isEmptyState());
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto& table = panel->model()->table();
    ASSERT_EQ(table.headers.size(), 7);
    ASSERT_EQ(table.rows.size(), 3u); // weeks of 2, 9 and 16 Feb ("today" is 20 Feb)
    // Week, kept, due, missed, not marked, Sam kept, Sam due.
    EXPECT_EQ(row(panel, 0),
        QStringList({week(2), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"),
            QStringLiteral("1"), QStringLiteral("1")}));
    // Sam's private commitment due 12 Feb does not count for Alex.
    EXPECT_EQ(row(panel, 1),
        QStringList({week(9), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
            QStringLiteral("0"), QStringLiteral("0")}));
    EXPECT_EQ(row(panel, 2).mid(0, 3), QStringList({week(16), QStringLiteral("1"), QStringLiteral("1")}));
}

TEST_F(Progress, StepsShowDoneCountsForBothAndTriggersOnlyMine)
{
    auto* view = show("Alex");
    const auto& steps = view->stepsPanel()->model()->table();
    ASSERT_FALSE(steps.rows.empty());
    EXPECT_EQ(steps.rows[0].at(0), QStringLiteral("Step 1"));
    EXPECT_EQ(steps.rows[0].at(3), QStringLiteral("2"));
    EXPECT_EQ(steps.rows[0].at(4), QStringLiteral("1"));

    // Alex logged on a Tuesday (3 Feb) and a Tuesday (10 Feb); Sam's shared log is not Alex's pattern.
    const auto& weekdays = view->weekdayPanel()->model()->table();
    ASSERT_EQ(weekdays.rows.size(), 7u);
    int total = 0;
    for (const auto& r : weekdays.rows) {
        total += r.at(1).toInt();
    }
    EXPECT_EQ(total, 2);
    EXPECT_EQ(weekdays.rows[1].at(1), QStringLiteral("2"));
    EXPECT_TRUE(allText(view).contains(QStringLiteral("Only you can see this page")));

    auto* samView = show("Sam");
    int samTotal = 0;
    for (const auto& r : samView->weekdayPanel()->model()->table().rows) {
        samTotal += r.at(1).toInt();
    }
    EXPECT_EQ(samTotal, 1);
}

TEST_F(Progress, AgreementsRegisterAndMonthlyReview)
{
    // A month after the agreement took effect (2 Feb), the review is due.
    at(20);
    clock += 20LL * 24 * 3600 * 1000;
    auto* view = show("Alex");
    auto* agreements = view->agreementsPanel();
    view->showTab(app::ProgressView::Tab::Agreements);
    ASSERT_EQ(agreements->tree()->topLevelItemCount(), 1); // the waiting one is not in force
    const auto* item = agreements->tree()->topLevelItem(0);
    EXPECT_EQ(item->text(0), QStringLiteral("We share our calendars on Sundays."));
    EXPECT_EQ(item->text(2), QStringLiteral("You"));
    EXPECT_FALSE(item->text(3).isEmpty());
    EXPECT_TRUE(agreements->detailsText().contains(QStringLiteral("We share our calendars on Sundays.")));
    EXPECT_TRUE(allText(view).contains(QStringLiteral("One proposal is waiting")));
    EXPECT_TRUE(agreements->reviewPromptShown());
    EXPECT_TRUE(agreements->reviewText().contains(QStringLiteral("not recorded a review")));

    auto* review = byName<QPushButton>(agreements, QStringLiteral("Still working for us? We reviewed them today"));
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(review->isEnabled());
    review->click();
    EXPECT_TRUE(agreements->reviewText().contains(QStringLiteral("last reviewed them together")));
    EXPECT_FALSE(agreements->reviewPromptShown());
    window->workspace()->showHome();
    EXPECT_EQ(window->workspace()->homeView()->reminderCount(), 2); // the review reminder went with it
    // The review is a shared row: Sam sees the date too.
    show("Sam");
    EXPECT_TRUE(window->workspace()->progressView()->agreementsPanel()->reviewText().contains(
        QStringLiteral("last reviewed them together")));
}

TEST_F(Progress, ChartsHaveTableAlternativesWithAccessibleNames)
{
    auto* view = show("Alex");
    for (auto* panel : {view->trustPanel(), view->consistencyPanel(), view->stepsPanel()}) {
        EXPECT_FALSE(panel->tableView()->accessibleName().isEmpty());
        ASSERT_NE(panel->chartView(), nullptr);
        EXPECT_FALSE(panel->chartView()->accessibleName().isEmpty());
        EXPECT_NE(panel->tableView()->focusPolicy() & Qt::TabFocus, 0);
        const QModelIndex cell = panel->model()->index(0, 1);
        EXPECT_TRUE(cell.data(Qt::AccessibleTextRole).toString().startsWith(panel->model()->table().headers.at(1)));
    }
}

TEST_F(Progress, TrustAxisNamesTheYearOnceTheWeeksSpanOne)
{
    auto* view = show("Alex");
    ASSERT_NE(chartOf(view->trustPanel()), nullptr);
    const auto axes = chartOf(view->trustPanel())->axes(Qt::Horizontal);
    ASSERT_EQ(axes.size(), 1);
    auto* axis = qobject_cast<QDateTimeAxis*>(axes.front());
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->format(), QStringLiteral("d MMM")); // a few weeks of February 2026
    EXPECT_EQ(app::charts::dateAxisFormat(8, QDate(2025, 12, 1), QDate(2026, 1, 26)), QStringLiteral("d MMM yy"));
    EXPECT_EQ(app::charts::dateAxisFormat(52, QDate(2026, 1, 5), QDate(2026, 12, 28)), QStringLiteral("d MMM"));
    EXPECT_EQ(app::charts::dateAxisFormat(80, QDate(2025, 3, 3), QDate(2026, 9, 14)), QStringLiteral("MMM yy"));
    EXPECT_EQ(app::charts::dateAxisFormat(530, QDate(2016, 3, 14), QDate(2026, 5, 4)), QStringLiteral("yyyy"));
}

TEST_F(Progress, EmptyStatesExplainWhatWillAppear)
{
    // A fresh couple: nothing logged yet.
    tw::test::TempDir fresh;
    tw::test::createCouple(fresh.path(), options);
    app::AppContext freshContext(QString::fromStdString(fresh.path().string()), options);
    app::MainWindow freshWindow(freshContext, tw::test::curriculum());
    freshContext.setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(fresh.path(), "Alex", options)));
    freshWindow.workspace()->showProgress();
    auto* view = freshWindow.workspace()->progressView();
    EXPECT_TRUE(view->trustPanel()->isEmptyState());
    EXPECT_TRUE(view->trustPanel()->emptyText().contains(QStringLiteral("No check-ins yet")));
    EXPECT_TRUE(view->consistencyPanel()->isEmptyState());
    EXPECT_TRUE(view->weekdayPanel()->isEmptyState());
    EXPECT_TRUE(view->agreementsPanel()->emptyText().contains(QStringLiteral("No agreements are in force yet")));
    freshContext.lock();
}

// The review reminder on Home leads to where a review is recorded: Progress, Agreements tab (the
// meeting exercise it named before has no place to record one).
TEST_F(Progress, HomeReviewReminderOpensTheAgreementsTab)
{
    at(20);
    clock += 20LL * 24 * 3600 * 1000;
    openAs("Alex");
    auto* home = window->workspace()->homeView();
    auto* reminder = byName<QPushButton>(
        home, QStringLiteral("About a month has passed: are your agreements still working for you both?"));
    ASSERT_NE(reminder, nullptr);
    reminder->click();
    auto* view = window->workspace()->progressView();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisibleTo(window.get()));
    EXPECT_TRUE(view->tabs()->currentWidget()->isAncestorOf(view->agreementsPanel()));
    EXPECT_TRUE(view->agreementsPanel()->reviewPromptShown());
    EXPECT_EQ(window->workspace()->exerciseView()->exercise(), nullptr);
}

TEST_F(Progress, HomeRemindsOfTheOverdueCommitmentAndOpensIt)
{
    openAs("Alex");
    auto* home = window->workspace()->homeView();
    // The overdue promise and the weekly check-in; the agreement took effect too recently for a review.
    EXPECT_EQ(home->reminderCount(), 2);
    QPushButton* overdue = nullptr;
    for (auto* button : home->findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Call the counsellor"))) {
            overdue = button;
        }
    }
    ASSERT_NE(overdue, nullptr);
    EXPECT_TRUE(overdue->text().contains(QStringLiteral("was due on")));
    EXPECT_NE(
        byName<QPushButton>(home, QStringLiteral("Your weekly check-in is waiting, whenever you are ready.")), nullptr);
    overdue->click();
    ASSERT_NE(window->workspace()->exerciseView()->exercise(), nullptr);
    EXPECT_EQ(window->workspace()->exerciseView()->exercise()->id, kPromises);

    // Sam has no overdue promise and never sees Alex's.
    openAs("Sam");
    for (auto* button : window->workspace()->homeView()->findChildren<QPushButton*>()) {
        EXPECT_FALSE(button->text().contains(QStringLiteral("Call the counsellor")));
    }
}

TEST_F(Progress, HomeListsTheNewestOverduePromisesAndCountsTheOlderOnes)
{
    {
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        workbook::EntryService entries(*alex);
        for (int day = 10; day <= 14; ++day) {
            entries.addCommitment(kPromises, "Old promise " + std::to_string(day), "2026-01-" + std::to_string(day));
        }
    }
    openAs("Alex");
    auto* home = window->workspace()->homeView();
    EXPECT_EQ(home->reminderCount(), 7); // six overdue promises and the weekly check-in
    QStringList texts;
    QPushButton* summary = nullptr;
    for (auto* button : home->findChildren<QPushButton*>()) {
        texts << button->text();
        if (button->text().contains(QStringLiteral("older commitments"))) {
            summary = button;
        }
    }
    const QString all = texts.join(QLatin1Char('\n'));
    for (const char* shown : {"Call the counsellor", "Old promise 14", "Old promise 13"}) {
        EXPECT_TRUE(all.contains(QLatin1String(shown))) << shown;
    }
    for (const char* hidden : {"Old promise 12", "Old promise 11", "Old promise 10"}) {
        EXPECT_FALSE(all.contains(QLatin1String(hidden))) << hidden;
    }
    ASSERT_NE(summary, nullptr) << all.toStdString();
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("3 older commitments"))) << summary->text().toStdString();
    summary->click();
    ASSERT_NE(window->workspace()->exerciseView()->exercise(), nullptr);
    EXPECT_EQ(window->workspace()->exerciseView()->exercise()->id, kPromises);
}

TEST(HomeReminders, OneOverduePromiseTooManyIsShownRatherThanSummedUp)
{
    std::vector<app::ReminderLine> lines = {{QStringLiteral("check in"), "checkin", ""},
        {QStringLiteral("a"), "p", "2026-01-01"}, {QStringLiteral("c"), "p", "2026-01-03"},
        {QStringLiteral("b"), "p", "2026-01-02"}, {QStringLiteral("d"), "p", "2026-01-04"}};
    const auto shown = app::homeReminderLines(lines, 3);
    ASSERT_EQ(shown.size(), 5u);
    // Other reminders first, then overdue promises newest first.
    EXPECT_EQ(shown[0].text, QStringLiteral("check in"));
    EXPECT_EQ(shown[1].text, QStringLiteral("d"));
    EXPECT_EQ(shown[4].text, QStringLiteral("a"));
    lines.push_back({QStringLiteral("e"), "p", "2026-01-05"});
    const auto summed = app::homeReminderLines(lines, 3);
    ASSERT_EQ(summed.size(), 5u);
    EXPECT_EQ(summed[3].text, QStringLiteral("c"));
    EXPECT_TRUE(summed[4].text.startsWith(QStringLiteral("2 older"))) << summed[4].text.toStdString();
    EXPECT_EQ(summed[4].overdueSince, "2026-01-02");
}

TEST_F(Progress, LockClearsTheProgressView)
{
    auto* view = show("Alex");
    ASSERT_FALSE(view->trustPanel()->model()->table().rows.empty());
    context->lock();
    EXPECT_TRUE(view->trustPanel()->model()->table().rows.empty());
    EXPECT_EQ(view->agreementsPanel()->tree()->topLevelItemCount(), 0);
}

// The charts are a module loaded when Progress is first built (the first window links neither Qt
// Charts nor its OpenGL libraries). Without it, every table is still there, nothing else changes,
// and each section says plainly why it has no chart.
TEST_F(Progress, WithoutTheChartsModuleTheTablesStayAndEachSectionSaysWhy)
{
    const tw::test::WithoutModules withoutModules;
    auto* view = show("Alex");
    EXPECT_EQ(app::modules::charts(), nullptr);
    EXPECT_TRUE(app::modules::problem(app::charts::kFile).contains(QStringLiteral("was not found")));
    auto* trust = view->trustPanel();
    EXPECT_EQ(trust->chartView(), nullptr);
    EXPECT_EQ(trust->model()->table().rows.size(), 2u) << "the same numbers as with the chart";
    EXPECT_TRUE(allText(view).contains(QStringLiteral("The chart cannot be drawn: a part of Trustwork is missing")));
    EXPECT_TRUE(trust->tableView()->isVisibleTo(view));
}

TEST_F(Progress, TheChartsModuleIsFoundInThisBuildTree)
{
    const auto dirs = app::modules::searchDirs();
    ASSERT_FALSE(dirs.isEmpty());
    EXPECT_TRUE(dirs.front().endsWith(QStringLiteral("/modules"))) << dirs.front().toStdString();
    EXPECT_NE(app::modules::charts(), nullptr) << app::modules::problem(app::charts::kFile).toStdString();
    EXPECT_TRUE(app::modules::problem(app::charts::kFile).isEmpty());
}
