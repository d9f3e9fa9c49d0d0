// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A pack planted in the data folder is used only after each partner accepts it; restoring asks the
// passphrase as it was in the backup and lists backups by the time signed inside them.
#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "PathModel.h"
#include "TempDir.h"
#include "Workspace.h"
#include "settings/PackConsent.h"
#include "tw/workbook/Backups.h"
#include "tw/workbook/Session.h"
#include "unlock/RestoreDialog.h"
#include "unlock/UnlockNotices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace tw;
using tw::test::byName;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPackModule = "example:money-and-trust";

struct PlantedPack : ::testing::Test {
    tw::test::TempDir dir;
    workbook::Options options;
    content::Curriculum curriculum;

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        tw::test::createCouple(dir.path(), options);
        // Sam (or anyone with the folder) drops a pack into packs/.
        fs::create_directories(dir / "packs");
        fs::copy(fs::path(TW_SOURCE_DIR) / "content/packs/example", dir / "packs/example");
        load();
    }
    void load()
    {
        curriculum
            = content::loadCurriculum(fs::path(TW_SOURCE_DIR) / "content", "en", content::discoverPacks(dir / "packs"))
                  .curriculum;
        app::computePackDigests(curriculum);
        ASSERT_NE(curriculum.findModule(kPackModule), nullptr);
    }
    bool pathShowsPack(app::MainWindow& window)
    {
        auto* model = window.workspace()->pathModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().contains(QStringLiteral("Money and trust"))) {
                return true;
            }
        }
        return false;
    }
};

} // namespace

TEST_F(PlantedPack, IsNotUsedBeforeThePartnerAcceptsItAndAChangeAsksAgain)
{
    {
        app::AppContext context(QString::fromStdString(dir.path().string()), options);
        app::MainWindow window(context, curriculum);
        window.show();
        context.setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), "Alex", options)));
        EXPECT_EQ(window.visibleCurriculum().findModule(kPackModule), nullptr);
        EXPECT_FALSE(pathShowsPack(window));
        const QString asked = window.noticeBar()->text();
        EXPECT_TRUE(asked.contains(QStringLiteral(
            "A content pack \u201cExample pack: money and trust\u201d by Trustwork developers was added. "
            "Use it?")))
            << asked.toStdString();
        window.workspace()->openExercise(QStringLiteral("example:money-and-trust.hidden-debt"));
        EXPECT_EQ(window.workspace()->exerciseView()->editor(), nullptr);
        byName<QPushButton>(window.noticeBar(), QStringLiteral("Use the pack Example pack: money and trust"))->click();
        EXPECT_NE(window.visibleCurriculum().findModule(kPackModule), nullptr);
        EXPECT_TRUE(pathShowsPack(window));

        // Sam's consent is his own: for him the pack is still unused, and he is asked.
        window.switchPartner();
        context.setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), "Sam", options)));
        EXPECT_EQ(window.visibleCurriculum().findModule(kPackModule), nullptr);
        EXPECT_TRUE(window.noticeBar()->text().contains(QStringLiteral("Use it?")));
        byName<QPushButton>(window.noticeBar(), QStringLiteral("Do not use the pack Example pack: money and trust"))
            ->click();
        EXPECT_EQ(window.visibleCurriculum().findModule(kPackModule), nullptr);
        context.lock();
        context.setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), "Sam", options)));
        EXPECT_FALSE(window.noticeBar()->text().contains(QStringLiteral("Use it?"))); // answered
        context.lock();
        context.setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), "Alex", options)));
        EXPECT_NE(window.visibleCurriculum().findModule(kPackModule), nullptr); // remembered
        EXPECT_FALSE(window.noticeBar()->text().contains(QStringLiteral("Use it?")));
        context.lock();
    }
    // The pack changes on disk: Alex's yes was for the old content, so she is asked again.
    {
        std::ofstream(dir / "packs/example/money-and-trust.json", std::ios::app) << "\n";
    }
    load();
    app::AppContext context(QString::fromStdString(dir.path().string()), options);
    app::MainWindow window(context, curriculum);
    window.show();
    context.setSession(std::shared_ptr<workbook::Session>(tw::test::unlockPartner(dir.path(), "Alex", options)));
    EXPECT_EQ(window.visibleCurriculum().findModule(kPackModule), nullptr);
    EXPECT_TRUE(window.noticeBar()->text().contains(QStringLiteral("Use it?")));
    context.lock();
}

TEST(Restore, NeedsThePassphraseOfThatTimeAndListsBySignedTime)
{
    tw::test::TempDir dir;
    workbook::Options options;
    options.kdf = crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    std::int64_t clock = 1'790'000'000'000;
    options.now = [&clock] { return clock += 1000; };
    tw::test::createCouple(dir.path(), options);
    fs::path older;
    {
        auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
        alex->addEntry({"step1.impact-letter", "answer", workbook::Visibility::Private, "", "in the backup"});
        older = alex->automaticBackup("daily");
        clock += 86'400'000;
        alex->addEntry({"step1.impact-letter", "answer", workbook::Visibility::Private, "", "after the backup"});
        alex->automaticBackup("daily");
    }
    // A planted file named for the far future, copied from the older backup: ordered by what is
    // signed inside, it is not the newest.
    fs::copy_file(older, dir / "backups" / "trustwork-2999-01-01.twbackup");
    // An unsigned copy, as Trustwork makes before a migration.
    workbook::Backups::writeUnsigned(workbook::Paths(dir.path()), "before-migration", clock += 1000);

    app::RestoreDialog dialog(QString::fromStdString(dir.path().string()), options, QStringLiteral("Sam"));
    dialog.setConfirmation(false);
    dialog.show();
    const QStringList rows = dialog.listedBackups();
    ASSERT_GE(rows.size(), 2);
    for (const QString& row : rows) {
        EXPECT_TRUE(row.contains(QStringLiteral("by Alex"))) << row.toStdString();
        EXPECT_FALSE(row.contains(QStringLiteral("2999")));
    }
    EXPECT_FALSE(rows.join(QLatin1Char('\n')).contains(QStringLiteral("before an update")));
    byName<QCheckBox>(&dialog, QStringLiteral("Show copies made before a restore or an update"))->setChecked(true);
    EXPECT_TRUE(dialog.listedBackups().join(QLatin1Char('\n')).contains(QStringLiteral("before an update")));
    byName<QCheckBox>(&dialog, QStringLiteral("Show copies made before a restore or an update"))->setChecked(false);
    ASSERT_TRUE(dialog.select(older));

    auto* go = byName<QPushButton>(&dialog, QStringLiteral("Restore this backup"));
    byName<QLineEdit>(&dialog, QStringLiteral("Passphrase as it was when the backup was made"))
        ->setText(QStringLiteral("alex passphrase")); // Alex's, but Sam is chosen
    go->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog.isBusy(); }));
    EXPECT_FALSE(dialog.restored());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("does not open this backup")));
    byName<QLineEdit>(&dialog, QStringLiteral("Passphrase as it was when the backup was made"))
        ->setText(QStringLiteral("sam passphrase"));
    go->click();
    ASSERT_TRUE(tw::test::waitUntil([&] { return !dialog.isBusy(); }));
    ASSERT_TRUE(dialog.restored()) << dialog.errorText().toStdString();

    auto alex = tw::test::unlockPartner(dir.path(), "Alex", options);
    const auto entries = alex->entries({.exerciseId = "step1.impact-letter"});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].body, "in the backup");
    bool told = false;
    for (const auto& notice : alex->notices()) {
        told |= notice.kind == workbook::UnlockNotice::Kind::Restored && notice.who == "Sam";
    }
    EXPECT_TRUE(told);
}
