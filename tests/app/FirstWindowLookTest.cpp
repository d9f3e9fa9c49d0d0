// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first windows are painted before the application's style sheet is set (issue 21: Qt's
// style sheet engine was 1.3 ms of the unlock window's constructor). Whoever starts Trustwork
// must not see the look change when it arrives: the unlock screen and the set-up wizard's first
// page are compared pixel for pixel before and after, in both themes, at 100 % and 200 % text.
#include "CoupleWorkbook.h"
#include "SetupWizard.h"
#include "UnlockPage.h"
#include "style/Appearance.h"
#include "style/Components.h"
#include "style/Theme.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <gtest/gtest.h>

using namespace tw;

namespace {

struct FirstWindowLook : ::testing::Test {
    void TearDown() override { app::style::applyAppearance(QStringLiteral("light"), 100); }

    /** @brief What @p window shows without the style sheet, then with it (set as main() sets it). */
    static std::pair<QImage, QImage> beforeAndAfterTheSheet(QWidget& window)
    {
        window.show();
        QApplication::processEvents();
        const QImage before = window.grab().toImage();
        app::style::applyDeferredStyleSheet();
        EXPECT_FALSE(qApp->styleSheet().isEmpty());
        QApplication::processEvents();
        return {before, window.grab().toImage()};
    }
};

const std::pair<const char*, int> kLooks[] = {{"light", 100}, {"dark", 100}, {"light", 200}, {"dark", 200}};

} // namespace

TEST_F(FirstWindowLook, TheSheetWaitsForApplyDeferredAndANowClearsWhatWaits)
{
    app::style::applyAppearance(QStringLiteral("dark"), 100, app::style::SheetTiming::AfterFirstPaint);
    EXPECT_TRUE(qApp->styleSheet().isEmpty());
    app::style::applyAppearance(QStringLiteral("light"), 100);
    const QString now = qApp->styleSheet();
    EXPECT_FALSE(now.isEmpty());
    // Nothing waits any more: the light sheet set just now is not replaced by the dark one.
    app::style::applyDeferredStyleSheet();
    EXPECT_EQ(qApp->styleSheet(), now);
}

TEST_F(FirstWindowLook, TheUnlockScreenLooksTheSameBeforeAndAfterTheSheet)
{
    test::TempDir dir;
    const workbook::Options options = test::quickOptions();
    test::createCouple(dir.path(), options);
    for (const auto& [theme, size] : kLooks) {
        app::style::applyAppearance(QString::fromLatin1(theme), size, app::style::SheetTiming::AfterFirstPaint);
        ASSERT_TRUE(qApp->styleSheet().isEmpty());
        app::AppContext context(QString::fromStdString(dir.path().string()), options);
        app::MainWindow window(context, test::curriculum());
        // The muted line is the one rule of the sheet the unlock screen uses: it must already be muted.
        const QLabel* privacy = nullptr;
        for (const auto* label : window.findChildren<QLabel*>()) {
            if (label->text().startsWith(QStringLiteral("Your partner cannot read"))) {
                privacy = label;
            }
        }
        ASSERT_NE(privacy, nullptr);
        EXPECT_EQ(privacy->palette().color(QPalette::WindowText).name(), app::style::currentTheme().muted.name())
            << theme;
        const auto [before, after] = beforeAndAfterTheSheet(window);
        EXPECT_TRUE(before == after) << theme << " at " << size << " %";
    }
}

TEST_F(FirstWindowLook, TheSetUpWizardsFirstPageLooksTheSameBeforeAndAfterTheSheet)
{
    for (const auto& [theme, size] : kLooks) {
        test::TempDir dir;
        app::style::applyAppearance(QString::fromLatin1(theme), size, app::style::SheetTiming::AfterFirstPaint);
        app::AppContext context(QString::fromStdString(dir.path().string()), test::quickOptions());
        app::SetupWizard wizard(context, test::curriculum());
        const auto [before, after] = beforeAndAfterTheSheet(wizard);
        EXPECT_TRUE(before == after) << theme << " at " << size << " %";
    }
}

TEST_F(FirstWindowLook, AnUnlockProblemIsLightTextOnTheDangerColour)
{
    test::TempDir dir;
    const workbook::Options options = test::quickOptions();
    test::createCouple(dir.path(), options);
    app::style::applyAppearance(QStringLiteral("dark"), 100);
    app::AppContext context(QString::fromStdString(dir.path().string()), options);
    app::MainWindow window(context, test::curriculum());
    window.show();
    auto* problem = window.unlockPage()->findChild<QLabel*>(QStringLiteral("inlineError"));
    ASSERT_NE(problem, nullptr);
    problem->setText(QStringLiteral("That passphrase is not right."));
    problem->show();
    QApplication::processEvents();
    const QImage image = problem->grab().toImage();
    EXPECT_EQ(QColor(image.pixel(image.width() / 2, 2)).name(), app::style::currentTheme().danger.name());
}
