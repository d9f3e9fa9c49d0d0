// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two computers from the window (issue 20): a second, empty data folder joins the couple's workbook
// through the set-up wizard, the status line says what the last sync did, an entry edited on both
// devices is kept in two versions, and a damaged change file is named as damaged. Real workbooks,
// real change files, one folder standing in for what a sync tool keeps in step.
#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SetupWizard.h"
#include "TempDir.h"
#include "Workspace.h"
#include "exercises/SharedAnswerCard.h"
#include "sync/DeviceListModel.h"
#include "sync/DevicesDialog.h"
#include "sync/FolderChooser.h"
#include "sync/JoinPage.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusLine.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTreeView>
#include <gtest/gtest.h>

#include <set>

using namespace tw;
using tw::test::byName;
using tw::test::waitUntil;
namespace fs = std::filesystem;

namespace {

const std::string kExercise = "step1.impact-letter";

QString q(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

std::set<fs::path> changeFiles(const fs::path& folder)
{
    std::set<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(folder / "devices", ec)) {
        if (e.is_regular_file() && e.path().extension() == ".twchange") {
            out.insert(e.path());
        }
    }
    return out;
}

struct TwoComputers : ::testing::Test {
    test::TempDir root;
    workbook::Options options;
    fs::path desktop = root.path() / "desktop";
    fs::path laptop = root.path() / "laptop";
    fs::path folder = root.path() / "sync";
    QString chosen; ///< what the folder dialog answers
    std::string entryId;
    std::unique_ptr<app::AppContext> context; ///< the laptop's window
    std::unique_ptr<app::SetupWizard> wizard;
    std::unique_ptr<app::MainWindow> window;

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        options.dailyBackup = false;
        test::createCouple(desktop, options);
        fs::create_directories(folder);
        {
            auto alex = test::unlockPartner(desktop, "Alex", options);
            entryId = alex->addEntry({kExercise, "answer", workbook::Visibility::Private, "", "first words"});
            workbook::SyncFolder(folder).sync(*alex);
        }
        app::setSyncFolderChooser([this](QWidget*, const QString&) { return chosen; });
        context = std::make_unique<app::AppContext>(q(laptop), options);
    }
    void TearDown() override
    {
        window.reset();
        wizard.reset();
        context.reset();
        app::setSyncFolderChooser({});
    }

    /** The desktop, as the other computer: Alex's own session there. */
    std::unique_ptr<workbook::Session> onDesktop() const { return test::unlockPartner(desktop, "Alex", options); }

    /** Starts the wizard on the empty laptop and goes to the join page. */
    app::JoinPage* openJoinPage()
    {
        wizard = std::make_unique<app::SetupWizard>(*context, test::curriculum());
        wizard->show();
        auto* join = byName<QRadioButton>(wizard.get(), QStringLiteral("Join from another computer"));
        EXPECT_NE(join, nullptr);
        join->setChecked(true);
        wizard->next();
        EXPECT_EQ(wizard->currentId(), app::SetupWizard::JoinPage);
        return qobject_cast<app::JoinPage*>(wizard->currentPage());
    }
    /** Fills the join page as a person would and presses Join; waits for the answer. */
    void join(app::JoinPage* page, const fs::path& syncFolder, const QString& name, const QString& passphrase)
    {
        chosen = q(syncFolder);
        byName<QPushButton>(page, QStringLiteral("Choose the sync folder"))->click();
        byName<QLineEdit>(page, QStringLiteral("Your name in the workbook"))->setText(name);
        byName<QLineEdit>(page, QStringLiteral("Your passphrase"))->setText(passphrase);
        auto* button = wizard->button(QWizard::FinishButton);
        ASSERT_TRUE(button->isVisible());
        ASSERT_TRUE(button->isEnabled());
        button->click();
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
        QApplication::processEvents();
    }
    /** Joins as Alex and opens the laptop's main window with the joined session, as main() does. */
    void joinAndOpen()
    {
        auto* page = openJoinPage();
        ASSERT_NE(page, nullptr);
        join(page, folder, QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
        ASSERT_EQ(wizard->result(), QDialog::Accepted) << page->errorText().toStdString();
        // The bar counted the change files taken in, and ended full.
        auto* bar = byName<QProgressBar>(page, QStringLiteral("Joining, please wait"));
        ASSERT_NE(bar, nullptr);
        EXPECT_GT(bar->maximum(), 0);
        EXPECT_EQ(bar->value(), bar->maximum());
        EXPECT_EQ(bar->text(), QStringLiteral("%1 of %1 changes taken in").arg(bar->maximum()));
        auto session = wizard->takeSession();
        ASSERT_NE(session, nullptr);
        wizard.reset();
        window = std::make_unique<app::MainWindow>(*context, test::curriculum());
        window->show();
        context->setSession(std::move(session));
        ASSERT_NE(context->session(), nullptr);
    }
    QString status() const { return window->syncStatusLine()->text(); }
    /** The devices dialog, opened beside the window (exec() would block the test), and its Sync now. */
    std::unique_ptr<app::DevicesDialog> devicesDialog()
    {
        auto dialog = std::make_unique<app::DevicesDialog>(*context, *window->syncController(), window.get());
        dialog->show();
        return dialog;
    }
};

} // namespace

TEST_F(TwoComputers, ASecondComputerJoinsFromTheWindowAndSeesTheStatusLine)
{
    joinAndOpen();
    EXPECT_FALSE(window->showingUnlock());
    auto* session = context->session();
    // The entry written on the desktop arrived, and the folder is remembered in Alex's private store only.
    ASSERT_TRUE(session->entry(entryId).has_value());
    EXPECT_EQ(session->entry(entryId)->body, "first words");
    EXPECT_EQ(session->privateSetting(app::SyncController::kFolderKey).value_or(""), folder.string());
    QFile shared(app::Preferences::settingsPath());
    if (shared.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(shared.readAll().contains(QByteArray::fromStdString(folder.string())));
    }
    EXPECT_TRUE(window->statusBar()->isVisible());
    EXPECT_TRUE(window->syncStatusLine()->isVisible());
    EXPECT_TRUE(status().startsWith(QStringLiteral("Up to date with "))) << status().toStdString();
    EXPECT_FALSE(status().contains(QStringLiteral("damaged")));
    // Locked, the line says nothing (it would tell whoever comes which devices exist).
    context->lock();
    EXPECT_FALSE(window->statusBar()->isVisible());
}

TEST_F(TwoComputers, JoiningSaysWhatIsWrongInPlainWords)
{
    auto* page = openJoinPage();
    ASSERT_NE(page, nullptr);
    // Nothing exists yet: whoever came here by mistake can go back, or cancel.
    EXPECT_TRUE(wizard->button(QWizard::BackButton)->isVisible());
    EXPECT_TRUE(wizard->button(QWizard::CancelButton)->isVisible());
    wizard->back();
    EXPECT_EQ(wizard->currentId(), app::SetupWizard::IntroPage);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), app::SetupWizard::JoinPage);
    join(page, folder, QStringLiteral("Alex"), QStringLiteral("not it"));
    EXPECT_NE(wizard->result(), QDialog::Accepted);
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("passphrase is not right for Alex")))
        << page->errorText().toStdString();

    join(page, folder, QStringLiteral("Robin"), QStringLiteral("alex passphrase"));
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("Nobody called \u201cRobin\u201d")))
        << page->errorText().toStdString();

    const fs::path holiday = root.path() / "holiday";
    fs::create_directories(holiday);
    test::writeText(holiday / "photo.jpg", "not a change file");
    join(page, holiday, QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("not a Trustwork sync folder")))
        << page->errorText().toStdString();
    EXPECT_FALSE(workbook::Paths(laptop).workbookExists());

    // The workbook's own folder is never a sync folder.
    fs::create_directories(laptop);
    join(page, laptop, QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_TRUE(page->errorText().contains(QStringLiteral("holds the workbook itself")))
        << page->errorText().toStdString();

    // Then the right answers work on the same page.
    join(page, folder, QStringLiteral("Alex"), QStringLiteral("alex passphrase"));
    EXPECT_EQ(wizard->result(), QDialog::Accepted) << page->errorText().toStdString();
}

TEST_F(TwoComputers, AnEntryEditedOnBothComputersKeepsBothVersionsAndSaysSo)
{
    joinAndOpen();
    // Both computers change the same private answer before either syncs.
    {
        auto alex = onDesktop();
        alex->updateEntry(entryId, "edited on the desktop");
        workbook::SyncFolder(folder).sync(*alex);
    }
    context->session()->updateEntry(entryId, "edited on the laptop");
    auto dialog = devicesDialog();
    auto* syncNow = byName<QPushButton>(dialog.get(), QStringLiteral("Sync now"));
    ASSERT_NE(syncNow, nullptr);
    ASSERT_TRUE(syncNow->isEnabled());
    syncNow->click();
    EXPECT_TRUE(status().contains(
        QStringLiteral("An entry was changed on two of your devices at once; both versions are kept.")))
        << status().toStdString();
    EXPECT_FALSE(status().contains(QStringLiteral("passphrase")));
    dialog.reset();
    // The exercise says it too, above its editor.
    window->workspace()->openExercise(QString::fromStdString(kExercise));
    auto* note = window->workspace()->exerciseView()->findChild<QWidget*>(QStringLiteral("otherVersionsNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    // The other version is shown, with the three choices; "Keep both" makes it an entry of its own.
    // Shown as the app shows any answer (questions and answers), never as the stored text.
    auto* other = note->findChild<app::SharedAnswerCard*>(QStringLiteral("otherVersionText"));
    ASSERT_NE(other, nullptr);
    const QString shownText = QString::fromStdString(context->session()->entry(entryId)->body);
    const QString otherText = shownText == QStringLiteral("edited on the desktop")
        ? QStringLiteral("edited on the laptop")
        : QStringLiteral("edited on the desktop");
    EXPECT_TRUE(other->plainText().contains(otherText)) << other->plainText().toStdString();
    EXPECT_FALSE(other->plainText().contains(shownText));
    ASSERT_NE(byName<QPushButton>(note, QStringLiteral("Keep the version shown and drop the other one")), nullptr);
    ASSERT_NE(byName<QPushButton>(note, QStringLiteral("Use the other version instead of the one shown")), nullptr);
    auto* keepBoth
        = byName<QPushButton>(note, QStringLiteral("Keep both versions, the other one as a private entry of its own"));
    ASSERT_NE(keepBoth, nullptr);
    keepBoth->click();
    ASSERT_TRUE(tw::test::waitUntil([&] {
        return window->workspace()->exerciseView()->findChild<QWidget*>(QStringLiteral("otherVersionsNote")) == nullptr;
    }));
    int both = 0;
    for (const auto& e : context->session()->entries()) {
        both += (e.body == "edited on the desktop" || e.body == "edited on the laptop") ? 1 : 0;
    }
    EXPECT_EQ(both, 2);
}

TEST_F(TwoComputers, ADamagedChangeFileIsNamedAsDamagedNotAsAWrongPassphrase)
{
    joinAndOpen();
    const auto before = changeFiles(folder);
    {
        auto alex = onDesktop();
        alex->addEntry({kExercise, "answer", workbook::Visibility::Private, "", "more words"});
        workbook::SyncFolder(folder).sync(*alex);
    }
    fs::path fresh;
    for (const auto& f : changeFiles(folder)) {
        if (!before.count(f)) {
            fresh = f;
        }
    }
    ASSERT_FALSE(fresh.empty());
    auto bytes = test::readBytes(fresh);
    ASSERT_GT(bytes.size(), 200U);
    bytes[bytes.size() / 2] ^= 0x40;
    test::writeBytes(fresh, bytes);

    window->syncController()->syncNow();
    EXPECT_TRUE(status().contains(QStringLiteral("is damaged or incomplete"))) << status().toStdString();
    EXPECT_FALSE(status().contains(QStringLiteral("passphrase"))) << status().toStdString();
    EXPECT_EQ(window->syncController()->status().state, app::SyncStatus::State::Synced);
}

TEST_F(TwoComputers, LockingWritesTheSessionsChangesAndSoDoTwoQuietMinutes)
{
    joinAndOpen();
    const auto atStart = changeFiles(folder).size();
    // Two quiet minutes, shortened: one change file for a session, not one per keystroke.
    window->syncController()->setIdleMs(300);
    context->session()->updateEntry(entryId, "one");
    context->session()->updateEntry(entryId, "one two");
    ASSERT_TRUE(waitUntil([&] { return changeFiles(folder).size() == atStart + 1; }, 20000));
    context->session()->updateEntry(entryId, "one two three");
    window->syncController()->setIdleMs(app::SyncController::kIdleMs);
    context->lock();
    EXPECT_EQ(changeFiles(folder).size(), atStart + 2);
    auto alex = onDesktop();
    workbook::SyncFolder(folder).sync(*alex);
    EXPECT_EQ(alex->entry(entryId)->body, "one two three");
}

TEST_F(TwoComputers, AMissingOrForeignFolderStopsTheSyncReadOnly)
{
    joinAndOpen();
    auto* sync = window->syncController();
    const fs::path gone = root.path() / "usb-stick" / "sync";
    EXPECT_FALSE(sync->setFolder(q(gone)));
    EXPECT_EQ(sync->status().state, app::SyncStatus::State::Stopped);
    EXPECT_TRUE(status().contains(QStringLiteral("is not there"))) << status().toStdString();
    EXPECT_FALSE(fs::exists(gone)) << "a missing drive must not get an empty folder in its place";

    const fs::path photos = root.path() / "photos";
    fs::create_directories(photos);
    test::writeText(photos / "beach.jpg", "sand");
    EXPECT_FALSE(sync->setFolder(q(photos)));
    EXPECT_TRUE(status().contains(QStringLiteral("not a Trustwork sync folder"))) << status().toStdString();
    EXPECT_FALSE(fs::exists(photos / workbook::SyncFolder::kFormatFile));
    // Refused folders are not kept: the one that worked stays.
    EXPECT_EQ(sync->folder(), q(folder));
    EXPECT_EQ(context->session()->privateSetting(app::SyncController::kFolderKey).value_or(""), folder.string());

    // A folder from a newer Trustwork is left as it is.
    const fs::path newer = root.path() / "newer";
    fs::create_directories(newer / "devices");
    test::writeText(newer / workbook::SyncFolder::kFormatFile, "{\"format\": 999, \"workbook\": \"x\"}\n");
    EXPECT_FALSE(sync->setFolder(q(newer)));
    EXPECT_TRUE(status().contains(QStringLiteral("newer version of Trustwork"))) << status().toStdString();

    EXPECT_TRUE(sync->setFolder(q(folder)));
    EXPECT_TRUE(status().startsWith(QStringLiteral("Up to date with "))) << status().toStdString();
}

TEST_F(TwoComputers, TheDevicesDialogListsDevicesAndRemovesOnlyMyOtherOnesAfterAsking)
{
    joinAndOpen();
    auto dialog = devicesDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* model = dialog->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(
        model->index(0, app::DeviceListModel::NameColumn).data().toString().endsWith(QStringLiteral("(this device)")));
    EXPECT_EQ(model->index(0, app::DeviceListModel::OwnerColumn).data().toString(), QStringLiteral("You"));
    EXPECT_NE(
        model->index(1, app::DeviceListModel::LastChangeColumn).data().toString(), QStringLiteral("No changes yet"));
    auto* folderField = byName<QLineEdit>(dialog.get(), QStringLiteral("Sync folder"));
    ASSERT_NE(folderField, nullptr);
    EXPECT_EQ(folderField->text(), q(folder));

    auto* remove = byName<QPushButton>(dialog.get(), QStringLiteral("Remove the selected device"));
    ASSERT_NE(remove, nullptr);
    dialog->list()->setCurrentIndex(model->index(0, 0));
    EXPECT_FALSE(remove->isEnabled()) << "this device is not removed from itself";
    dialog->list()->setCurrentIndex(model->index(1, 0));
    ASSERT_TRUE(remove->isEnabled());
    const std::string desktopId
        = model->data(model->index(1, 0), app::DeviceListModel::IdRole).toString().toStdString();
    remove->click();
    const QString name = model->index(1, app::DeviceListModel::NameColumn).data().toString();
    ASSERT_TRUE(test::answerConfirmation(QStringLiteral("Remove %1").arg(name)));
    bool removed = false;
    for (const auto& d : workbook::SyncFolder::devices(*context->session())) {
        if (d.id == desktopId) {
            removed = d.removed;
        }
    }
    EXPECT_TRUE(removed);
    EXPECT_TRUE(model->index(model->rowCount() - 1, 0).data().toString().endsWith(QStringLiteral("(removed)")));
}

TEST_F(TwoComputers, EveryControlOfTheSyncScreensHasAName)
{
    joinAndOpen();
    auto dialog = devicesDialog();
    for (QWidget* top : {static_cast<QWidget*>(dialog.get()), static_cast<QWidget*>(window->syncStatusLine())}) {
        for (auto* w : top->findChildren<QWidget*>()) {
            if ((qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
                    || (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w)))
                && w->isVisible()) {
                EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
            }
        }
    }
}

TEST(SyncStatusText, SaysWhoIsUpToDateWhatIsAwaitedAndWhatNeedsThePartner)
{
    std::vector<workbook::SyncDevice> devices(4);
    devices[0] = {"d0", "Alex", "desk", false, true, 1};
    devices[1] = {"d1", "Alex", "laptop", false, false, 1};
    devices[2] = {"d2", "Sam", "tower", false, false, 1};
    devices[3] = {"d3", "Alex", "old phone", true, false, 1};
    workbook::SyncReport report;
    report.waitingFor["tower"] = 2;
    report.clockOff.push_back("laptop");
    report.damaged.push_back("devices/d1/0000000004-abcdef.twchange");
    report.passphraseChangedElsewhere = true;
    const auto at = QDateTime(QDate(2026, 12, 2), QTime(14, 2)).toMSecsSinceEpoch();
    const auto status = app::describeSync(report, devices, "Alex", 1, at);
    EXPECT_EQ(status.state, app::SyncStatus::State::Synced);
    // The laptop sent a damaged file and Sam's tower has files on the way: neither is "up to date".
    EXPECT_EQ(status.summary, QStringLiteral("Synced at 14:02 · waiting for 2 changes from tower (Sam)"));
    const QString all = status.text();
    EXPECT_TRUE(all.contains(QStringLiteral("A change file from laptop is damaged or incomplete")));
    EXPECT_TRUE(all.contains(QStringLiteral("The clock of laptop is more than a day ahead")));
    EXPECT_TRUE(all.contains(QStringLiteral("Lock and unlock with the new passphrase")));
    EXPECT_TRUE(all.contains(app::otherVersionsText(1)));
    EXPECT_FALSE(all.contains(QStringLiteral("old phone")));

    workbook::SyncReport calm;
    const auto fine = app::describeSync(calm, devices, "Alex", 0, at);
    EXPECT_EQ(fine.summary, QStringLiteral("Up to date with laptop and tower (Sam), 14:02"));
    EXPECT_TRUE(fine.attention.isEmpty());
}
