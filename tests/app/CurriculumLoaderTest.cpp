// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The curriculum loads on a worker thread while the first window shows (issue 9, launch time):
// the result, a failure, and a main window that is shown before the load has finished.
#include "CurriculumLoader.h"

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "FirstPaint.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "PathModel.h"
#include "UnlockPage.h"
#include "Workspace.h"
#include "tw/base/Error.h"

#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <future>

using namespace tw;

namespace {

content::LoadResult loadShipped()
{
    return content::loadCurriculum(TW_SOURCE_DIR "/content", "en", {});
}

/** @brief Once the next message box is up, puts "title|text" in @p shown and closes it. */
void answerNextMessageBox(QString& shown)
{
    QTimer::singleShot(0, [&shown] {
        ASSERT_TRUE(test::waitUntil([] { return QApplication::activeModalWidget() != nullptr; }));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        shown = box->windowTitle() + QLatin1Char('|') + box->text();
        box->accept();
    });
}

} // namespace

TEST(CurriculumLoader, LoadsOnAWorkerAndSaysSoOnTheGuiThread)
{
    std::atomic<bool> onWorker = false;
    const auto* gui = QThread::currentThread();
    app::CurriculumLoader loader([&] {
        onWorker = QThread::currentThread() != gui;
        return loadShipped();
    });
    bool finished = false;
    QObject::connect(&loader, &app::CurriculumLoader::finished, [&] {
        EXPECT_EQ(QThread::currentThread(), gui);
        finished = true;
    });
    ASSERT_TRUE(test::waitUntil([&] { return finished; }));
    EXPECT_TRUE(onWorker);
    EXPECT_TRUE(loader.result().problems.empty());
    EXPECT_EQ(loader.source().get().modules.size(), test::curriculum().modules.size());
    EXPECT_NE(loader.source().get().findExercise("start.safety-check"), nullptr);
}

TEST(CurriculumLoader, AFailedLoadIsToldAndLeavesNothingToBuildOn)
{
    app::CurriculumLoader loader(
        []() -> content::LoadResult { throw Error(ErrorKind::Io, "/nowhere is not a Trustwork content folder"); });
    EXPECT_THROW((void)loader.result(), Error);
    EXPECT_TRUE(loader.source().get().modules.empty());

    QString shown;
    answerNextMessageBox(shown);
    EXPECT_FALSE(loader.report(nullptr));
    EXPECT_TRUE(shown.contains(QStringLiteral("Trustwork cannot start"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("/nowhere is not a Trustwork content folder"))) << shown.toStdString();
}

TEST(CurriculumLoader, RejectedPacksAreToldButTheCurriculumStillLoads)
{
    test::TempDir dir;
    const auto pack = dir.path() / "broken.json";
    {
        std::ofstream out(pack);
        out << R"({"not": "a pack"})";
    }
    app::CurriculumLoader loader([&] { return content::loadCurriculum(TW_SOURCE_DIR "/content", "en", {pack}); });
    QString shown;
    answerNextMessageBox(shown);
    EXPECT_TRUE(loader.report(nullptr));
    EXPECT_TRUE(shown.contains(QStringLiteral("Some content was left out"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("broken.json"))) << shown.toStdString();
    EXPECT_EQ(loader.source().get().modules.size(), test::curriculum().modules.size());
}

TEST(CurriculumLoader, MainWindowShowsBeforeTheLoadEndsAndBuildsTheWorkspaceOnUnlock)
{
    test::TempDir dir;
    workbook::Options options;
    options.kdf = crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    test::createCouple(dir.path(), options);
    app::AppContext context(QString::fromStdString(dir.path().string()), options);

    std::promise<void> gate;
    auto opened = gate.get_future();
    app::CurriculumLoader loader([&] {
        opened.wait();
        return loadShipped();
    });
    app::MainWindow window(context, loader.source());
    window.show();
    ASSERT_TRUE(test::waitUntil([&] { return window.isVisible(); }));
    // On screen, unlock page ready, while the curriculum is still held back on the worker.
    EXPECT_TRUE(window.showingUnlock());
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_NE(test::byName<QWidget>(&window, QStringLiteral("Passphrase")), nullptr);

    gate.set_value();
    context.setSession(std::shared_ptr<workbook::Session>(test::unlockPartner(dir.path(), "Alex", options)));
    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_FALSE(window.showingUnlock());
    EXPECT_GT(window.workspace()->pathModel()->rowCount(), 3);
    context.lock();
    EXPECT_TRUE(window.showingUnlock());
}

TEST(CurriculumLoader, AHeldBackLoadBeginsAfterTheWindowsFirstPaint)
{
    std::atomic<bool> began{false};
    app::CurriculumLoader loader(
        [&] {
            began = true;
            return loadShipped();
        },
        app::CurriculumLoader::Start::WhenReleased);
    QWidget window;
    window.resize(200, 100);
    app::afterFirstPaint(&window, [&loader] { loader.release(); });
    // Events pass, nothing is painted: the load waits.
    QCoreApplication::processEvents();
    QThread::msleep(50);
    EXPECT_FALSE(began.load());
    bool finished = false;
    QObject::connect(&loader, &app::CurriculumLoader::finished, [&] { finished = true; });
    window.show();
    ASSERT_TRUE(test::waitUntil([&] { return finished; }));
    EXPECT_TRUE(began.load());
    EXPECT_EQ(loader.source().get().modules.size(), test::curriculum().modules.size());
}

TEST(CurriculumLoader, WhoeverNeedsAHeldBackCurriculumReleasesIt)
{
    // A page asking for the curriculum before the window painted must not wait for ever.
    app::CurriculumLoader loader(loadShipped, app::CurriculumLoader::Start::WhenReleased);
    const auto source = loader.source();
    EXPECT_EQ(source.get().modules.size(), test::curriculum().modules.size());

    app::CurriculumLoader reported(loadShipped, app::CurriculumLoader::Start::WhenReleased);
    EXPECT_TRUE(reported.report(nullptr));

    // Never released nor asked: destroying it still ends its worker.
    std::atomic<int> runs{0};
    {
        app::CurriculumLoader unused(
            [&] {
                ++runs;
                return loadShipped();
            },
            app::CurriculumLoader::Start::WhenReleased);
    }
    EXPECT_EQ(runs.load(), 1);
}
