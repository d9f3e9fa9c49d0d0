// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Layouts that hold (issue 18): at 200 % text and in the dark theme the toolbar folds into "More"
// and keeps Quick exit on screen, headings stay above body text, long links wrap; and the words
// themselves: dates with the month as a word, plural forms in English and German.
#include "ActionBar.h"
#include "AddPartnerDialog.h"
#include "CoupleWorkbook.h"
#include "Dates.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "Language.h"
#include "UnlockPage.h"
#include "Workspace.h"
#include "home/StepJourney.h"
#include "style/Appearance.h"
#include "style/WrapButton.h"
#include "tw/workbook/EntryService.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace tw;

namespace {

struct Layout : tw::test::CoupleWindow {
    void TearDown() override
    {
        app::style::applyAppearance(QStringLiteral("light"), 100);
        app::installTranslations(QStringLiteral("en"));
        CoupleWindow::TearDown();
    }
    /** @brief Whether @p widget is inside the window's visible area. */
    bool onScreen(QWidget* widget) const
    {
        const QRect inWindow(widget->mapTo(window.get(), QPoint(0, 0)), widget->size());
        return widget->isVisibleTo(window.get()) && window->rect().contains(inWindow);
    }
};

} // namespace

TEST_F(Layout, AtTwiceTheTextTheToolbarFoldsIntoMoreAndQuickExitStays)
{
    openAs("Alex");
    window->resize(1280, 800);
    QApplication::processEvents();
    auto* bar = window->actionBar();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->overflowed().empty()); // at 100 % everything fits at this width
    EXPECT_FALSE(bar->moreButton()->isVisibleTo(window.get()));

    app::style::applyAppearance(QStringLiteral("dark"), 200);
    window->resize(1280, 800);
    QApplication::processEvents();
    EXPECT_LE(window->minimumSizeHint().width(), 1280);
    EXPECT_EQ(window->width(), 1280);
    // What did not fit is in the menu, reachable; the rest is on screen; nothing is off the edge.
    EXPECT_FALSE(bar->overflowed().empty());
    EXPECT_TRUE(onScreen(bar->moreButton()));
    int shown = 0;
    for (auto* button : bar->findChildren<QToolButton*>()) {
        if (button->isVisibleTo(window.get())) {
            EXPECT_TRUE(onScreen(button)) << button->text().toStdString();
            ++shown;
        }
    }
    EXPECT_GE(shown, 3);
    QAction* quick = nullptr;
    for (auto* action : window->actions()) {
        if (action->text() == QStringLiteral("Quick e&xit")) {
            quick = action;
        }
    }
    ASSERT_NE(quick, nullptr);
    auto* quickButton = bar->buttonFor(quick);
    ASSERT_NE(quickButton, nullptr);
    EXPECT_TRUE(onScreen(quickButton));
    for (auto* action : bar->overflowed()) {
        EXPECT_NE(action, quick);
    }
}

// The unlock screen is the first thing seen at any text size: at 200 % its column used to stay 520
// pixels wide and Qt cut "I forgot my passphrase" and "Restore a backup…" to fit.
TEST_F(Layout, AtTwiceTheTextTheUnlockButtonsKeepTheirWords)
{
    for (const int percent : {100, 200}) {
        app::style::applyAppearance(QStringLiteral("dark"), percent);
        window->resize(1280, 800);
        auto* page = window->unlockPage();
        // The new width is set once the buttons have their new font, then laid out: two rounds.
        QApplication::processEvents();
        QApplication::processEvents();
        ASSERT_TRUE(page->isVisibleTo(window.get()));
        int shown = 0;
        for (auto* button : page->findChildren<QPushButton*>()) {
            if (button->isVisibleTo(window.get())) {
                EXPECT_GE(button->width(), button->sizeHint().width())
                    << percent << " %: " << button->text().toStdString();
                EXPECT_TRUE(onScreen(button)) << button->text().toStdString();
                ++shown;
            }
        }
        EXPECT_GE(shown, 3); // Unlock, I forgot my passphrase, Restore a backup…
    }
}

TEST_F(Layout, AtTwiceTheTextHeadingsStayLargerAndLongLinksWrap)
{
    openAs("Alex");
    window->resize(1100, 720);
    app::style::applyAppearance(QStringLiteral("dark"), 200);
    window->workspace()->showHome();
    QApplication::processEvents();
    auto* home = window->workspace()->homeView();
    QLabel* title = nullptr;
    QLabel* body = nullptr;
    for (auto* label : home->findChildren<QLabel*>()) {
        const QString role = label->property("textRole").toString();
        if (role == QLatin1String("title") && !title) {
            title = label;
        } else if (role == QLatin1String("body") && !body) {
            body = label;
        }
    }
    ASSERT_NE(title, nullptr);
    ASSERT_NE(body, nullptr);
    EXPECT_GT(title->font().pointSizeF(), body->font().pointSizeF() * 1.5);
    EXPECT_NEAR(body->font().pointSizeF(), QApplication::font().pointSizeF(), 0.2);
    // A link longer than the column wraps onto more lines instead of being cut.
    auto* link = new app::style::WrapButton(
        QStringLiteral("About a month has passed: are your agreements still working for you both? They may need a "
                       "review together, when you both have time and energy for it."),
        home->widget());
    home->widget()->layout()->addWidget(link);
    QApplication::processEvents();
    EXPECT_LE(link->width(), home->widget()->width());
    EXPECT_GT(link->height(), link->fontMetrics().height() * 2);
    // The four steps stack when four do not fit side by side.
    ASSERT_NE(window->workspace()->homeView()->journey(), nullptr);
    EXPECT_LT(window->workspace()->homeView()->journey()->columns(), 4);
}

TEST(Words, DatesNameTheMonthAndNeverOnlyNumbers)
{
    EXPECT_EQ(app::dayText(QDate(2026, 12, 2)), QStringLiteral("2 Dec 2026"));
    EXPECT_EQ(app::isoDayText("2026-11-30"), QStringLiteral("30 Nov 2026"));
    EXPECT_EQ(app::isoDayText("not a day"), QStringLiteral("not a day"));
    ASSERT_EQ(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(app::dayText(QDate(2026, 12, 2)), QStringLiteral("2. Dez. 2026"));
    app::installTranslations(QStringLiteral("en"));
}

TEST(Words, PluralFormsInEnglishAndGerman)
{
    app::installTranslations(QStringLiteral("en"));
    EXPECT_EQ(app::aboutMinutes(1), QStringLiteral("About 1 minute"));
    EXPECT_EQ(app::aboutMinutes(20), QStringLiteral("About 20 minutes"));
    const char* context = "tw::app::therapist::ClientPanel";
    EXPECT_EQ(
        QCoreApplication::translate(context, "%n report(s) imported", nullptr, 1), QStringLiteral("1 report imported"));
    EXPECT_EQ(QCoreApplication::translate(context, "%n report(s) imported", nullptr, 0),
        QStringLiteral("0 reports imported"));
    ASSERT_EQ(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(app::aboutMinutes(1), QStringLiteral("Etwa 1 Minute"));
    EXPECT_EQ(app::aboutMinutes(20), QStringLiteral("Etwa 20 Minuten"));
    app::installTranslations(QStringLiteral("en"));
}

TEST_F(Layout, NoVisibleTextOnHomeIsANumericDate)
{
    {
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        workbook::EntryService(*alex).addCommitment("step4.small-promises", "Call the counsellor", "2020-12-04");
    }
    openAs("Alex");
    const QRegularExpression numeric(QStringLiteral("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b"));
    bool sawDue = false;
    for (auto* w : window->findChildren<QWidget*>()) {
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        }
        if (!w->isVisibleTo(window.get()) || text.isEmpty()) {
            continue;
        }
        EXPECT_FALSE(numeric.match(text).hasMatch()) << text.toStdString();
        sawDue = sawDue || text.contains(QStringLiteral("4 Dec 2020"));
    }
    EXPECT_TRUE(sawDue); // the overdue promise is on Home, with its day in words
}

// The add-partner dialog is as tall as its words at 100 % and at 200 % text: no empty band above
// its buttons (there was one of about a third of its height), and nothing cut off.
TEST_F(Layout, AddPartnerDialogFitsItsWordsAtEachTextSize)
{
    for (const int percent : {100, 200}) {
        app::style::applyAppearance(QStringLiteral("dark"), percent);
        app::AddPartnerDialog dialog(QStringLiteral("Alex"));
        dialog.show();
        QApplication::processEvents();
        auto* intro = dialog.findChild<QLabel*>();
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        auto* name = dialog.findChild<QLineEdit*>();
        ASSERT_NE(intro, nullptr);
        ASSERT_NE(buttons, nullptr);
        ASSERT_NE(name, nullptr);
        // The whole introduction is shown: its label is at least as tall as its words need.
        EXPECT_GE(intro->height(), intro->heightForWidth(intro->width())) << percent;
        const int gap = buttons->geometry().top() - name->geometry().bottom();
        EXPECT_LE(gap, 3 * dialog.layout()->spacing() + 8) << percent << " %: empty band of " << gap << " px";
        EXPECT_LE(buttons->geometry().bottom(), dialog.height()) << percent;
    }
}
