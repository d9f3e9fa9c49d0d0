// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Run by run_with_dbus.sh on a private bus: the desktop's screen lock and logind's sleep signal,
// sent for real with dbus-send, lock the window; other signals and "unlocked"/"woke up" do not.
#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "unlock/DesktopLockWatcher.h"

#include <QElapsedTimer>
#include <QProcess>
#include <gtest/gtest.h>

using namespace tw;

namespace {

void send(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("dbus-send"), arguments);
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
}

void screenSaver(const QString& member, bool value)
{
    send({QStringLiteral("--session"), QStringLiteral("--type=signal"), QStringLiteral("/org/freedesktop/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver.") + member,
        value ? QStringLiteral("boolean:true") : QStringLiteral("boolean:false")});
}

void logind(const QString& member, bool value)
{
    send({QStringLiteral("--system"), QStringLiteral("--type=signal"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager.") + member,
        value ? QStringLiteral("boolean:true") : QStringLiteral("boolean:false")});
}

/** @brief Gives the bus time to deliver a signal that must change nothing (not a speed check). */
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 700) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

struct DesktopLock : tw::test::CoupleWindow { };

} // namespace

TEST_F(DesktopLock, ScreenLockAndSleepLockTheWindow)
{
    // Nothing talks to the message buses before a partner unlocks (and the first window appears sooner).
    EXPECT_EQ(window->desktopLockWatcher(), nullptr);
    openAs("Alex");
    ASSERT_NE(context->session(), nullptr);
    auto* watcher = window->desktopLockWatcher();
    ASSERT_NE(watcher, nullptr);
    ASSERT_TRUE(watcher->watchingSession()) << "no session bus: run this under tests/app/run_with_dbus.sh";
    ASSERT_TRUE(watcher->watchingSystem());
    screenSaver(QStringLiteral("ActiveChanged"), false); // the screen was unlocked: nothing to do
    screenSaver(QStringLiteral("WakeUpScreen"), true); // another member of the interface
    settle();
    EXPECT_NE(context->session(), nullptr);
    screenSaver(QStringLiteral("ActiveChanged"), true);
    ASSERT_TRUE(tw::test::waitUntil([&] { return context->session() == nullptr; }, 30000));
    EXPECT_TRUE(window->showingUnlock());

    openAs("Sam");
    logind(QStringLiteral("PrepareForSleep"), false); // waking up
    logind(QStringLiteral("PrepareForShutdown"), true); // another member
    settle();
    EXPECT_NE(context->session(), nullptr);
    logind(QStringLiteral("PrepareForSleep"), true);
    ASSERT_TRUE(tw::test::waitUntil([&] { return context->session() == nullptr; }, 30000));
    EXPECT_TRUE(window->showingUnlock());
}
