// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppContext.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "UnlockPage.h"
#include "tw/workbook/Session.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;

namespace {

struct Window : ::testing::Test {
    tw::test::TempDir dir;
    workbook::Options options;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        std::vector<workbook::NewPartner> partners;
        partners.push_back({"Alex", workbook::Role::Hurt, crypto::SecretBytes::fromString("alex passphrase")});
        partners.push_back({"Sam", workbook::Role::Involved, crypto::SecretBytes::fromString("sam passphrase")});
        workbook::Workbook::create(dir.path(), std::move(partners), options);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), options);
        window = std::make_unique<app::MainWindow>(*context);
        window->show();
    }
    void unlockAs(const QString& name, const QString& passphrase)
    {
        byName<QRadioButton>(window.get(), QStringLiteral("I am ") + name)->setChecked(true);
        auto* field = byName<QLineEdit>(window.get(), QStringLiteral("Passphrase"));
        field->setText(passphrase);
        byName<QPushButton>(window.get(), QStringLiteral("Unlock"))->click();
        ASSERT_TRUE(tw::test::waitUntil([&] { return !window->unlockPage()->isBusy(); }));
    }
};

} // namespace

TEST_F(Window, WrongPassphraseShowsInlineErrorWithFocusBack)
{
    EXPECT_TRUE(window->showingUnlock());
    unlockAs(QStringLiteral("Alex"), QStringLiteral("not it"));
    EXPECT_TRUE(window->unlockPage()->errorText().contains(QStringLiteral("not right")));
    EXPECT_TRUE(window->showingUnlock());
    EXPECT_EQ(context->session(), nullptr);
    auto* field = byName<QLineEdit>(window.get(), QStringLiteral("Passphrase"));
    EXPECT_TRUE(field->hasFocus() || QApplication::focusWidget() == field || !window->isActiveWindow());
    EXPECT_TRUE(field->isEnabled());
}

TEST_F(Window, UnlockThenLockWipesTheSession)
{
    unlockAs(QStringLiteral("Sam"), QStringLiteral("sam passphrase"));
    ASSERT_NE(context->session(), nullptr);
    EXPECT_EQ(context->session()->me().name, "Sam");
    EXPECT_FALSE(window->showingUnlock());
    context->lock();
    EXPECT_EQ(context->session(), nullptr);
    EXPECT_TRUE(window->showingUnlock());
}

TEST_F(Window, QuickExitHidesAndLocks)
{
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    ASSERT_NE(context->session(), nullptr);
    bool requested = false;
    QObject::connect(window.get(), &app::MainWindow::quickExitRequested, [&] { requested = true; });
    window->quickExit();
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(context->session(), nullptr);
    EXPECT_TRUE(requested);
}

TEST_F(Window, DamagedKeyFileIsNotReportedAsWrongPassphrase)
{
    auto bytes = tw::test::readBytes(dir / "workbook.keys");
    bytes[bytes.size() / 2] ^= 0x02;
    tw::test::writeBytes(dir / "workbook.keys", bytes);
    unlockAs(QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_FALSE(window->unlockPage()->errorText().contains(QStringLiteral("not right")));
    EXPECT_FALSE(window->unlockPage()->errorText().isEmpty());
}
