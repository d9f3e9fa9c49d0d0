// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "GuiHelpers.h"
#include "ProgressWorkbook.h"
#include "Reminders.h"
#include "Settings.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QPushButton>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;
using tw::test::byName;

namespace {

struct Export : tw::test::ProgressWorkbook {
    std::unique_ptr<app::ExportDialog> dialog;
    QString chosenPath;

    void open(const std::string& name)
    {
        openAs(name);
        dialog = std::make_unique<app::ExportDialog>(*window->workspace()->editorContext());
        app::ExportDialog::setPathChooser([this](QWidget*, const QString& suggested, const QString&) {
            // The suggestion names no one: a file list would show it.
            EXPECT_FALSE(suggested.contains(QStringLiteral("Alex")));
            EXPECT_TRUE(suggested.contains(QStringLiteral("trustwork-journal-")));
            return chosenPath;
        });
        dialog->show();
    }
    void TearDown() override
    {
        app::ExportDialog::setPathChooser({});
        dialog.reset();
    }
    void exportNow()
    {
        byName<QPushButton>(dialog.get(), QStringLiteral("Choose where to save, then export"))->click();
        ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog->isBusy(); }));
        QApplication::processEvents();
    }
    [[nodiscard]] std::string fileText(const QString& path) const
    {
        const auto bytes = tw::test::readBytes(path.toStdString());
        return {bytes.begin(), bytes.end()};
    }
};

} // namespace

TEST_F(Export, JsonHoldsMyEntriesAndSharedOnesButNotThePartnersPrivate)
{
    open("Alex");
    dialog->setFormat(app::ExportDialog::Format::Json);
    chosenPath = QString::fromStdString((dir / "journal").string()); // the suffix is added
    exportNow();
    ASSERT_TRUE(dialog->succeeded()) << dialog->resultText().toStdString();
    const QString written = chosenPath + QStringLiteral(".json");
    EXPECT_TRUE(dialog->resultText().contains(written));
    const std::string text = fileText(written);
    const auto json = nlohmann::json::parse(text);
    EXPECT_TRUE(json.is_object());
    EXPECT_NE(text.find("Call the counsellor"), std::string::npos); // Alex's private commitment
    EXPECT_NE(text.find("Phone when late"), std::string::npos); // Sam's shared one
    EXPECT_EQ(text.find(kSamCanary), std::string::npos);
}

TEST_F(Export, PdfIsWrittenOffTheUiThreadAndReportsPages)
{
    open("Alex");
    dialog->setFormat(app::ExportDialog::Format::Pdf);
    chosenPath = QString::fromStdString((dir / "journal.pdf").string());
    exportNow();
    ASSERT_TRUE(dialog->succeeded()) << dialog->resultText().toStdString();
    EXPECT_EQ(fileText(chosenPath).substr(0, 5), "%PDF-");
    EXPECT_TRUE(dialog->resultText().contains(QStringLiteral("page")));
}

TEST_F(Export, AnUnwritablePlaceGivesAClearMessageAndNoFile)
{
    open("Alex");
    dialog->setFormat(app::ExportDialog::Format::Json);
    const auto missing = dir / "no-such-folder" / "journal.json";
    chosenPath = QString::fromStdString(missing.string());
    exportNow();
    EXPECT_FALSE(dialog->succeeded());
    EXPECT_TRUE(dialog->resultText().startsWith(QStringLiteral("The journal was not exported: ")));
    EXPECT_GT(dialog->resultText().size(), 40);
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_F(Export, CancellingTheFileDialogExportsNothing)
{
    open("Alex");
    chosenPath.clear();
    byName<QPushButton>(dialog.get(), QStringLiteral("Choose where to save, then export"))->click();
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_FALSE(dialog->succeeded());
    EXPECT_TRUE(dialog->resultText().isEmpty());
}

TEST(ReminderSettings, DesktopNotificationsAreOffByDefaultAndNeutral)
{
    EXPECT_FALSE(app::PartnerPreferences{}.desktopNotifications);
    const app::PartnerPreferences mine;
    app::SettingsDialog dialog(app::Preferences{}, &mine, QStringLiteral("Alex"));
    auto* box = byName<QCheckBox>(&dialog, QStringLiteral("Desktop notifications for reminders"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->isChecked());
    box->setChecked(true);
    EXPECT_TRUE(dialog.partnerPreferences().desktopNotifications);
    // The one sentence a notification may show names nobody and nothing.
    const QString text = app::ReminderNotifier::neutralText();
    EXPECT_FALSE(text.contains(QStringLiteral("Alex")));
    EXPECT_FALSE(text.contains(QStringLiteral("commitment")));
    app::ReminderNotifier notifier;
    notifier.setPending(true);
    notifier.maybeNotify(); // not enabled: nothing, whatever the desktop offers
    EXPECT_EQ(notifier.shownCount(), 0);
}
