// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookFixture.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/workbook/Backups.h"

#include <algorithm>

using namespace tw;
using namespace tw::test;
using workbook::Visibility;

TEST_F(CoupleFixture, BackupRestoresIntoEmptyDirectory)
{
    {
        auto a = alex();
        a->addEntry({"x", "answer", Visibility::Private, "", "private words"});
        a->addEntry({"y", "answer", Visibility::Shared, "", "shared words"});
        a->backup(dir / "out.twbackup");
    }
    TempDir other;
    workbook::Workbook::restore(dir / "out.twbackup", other.path(), "Alex", secret("alex passphrase"), options);
    auto restored = workbook::Workbook::unlock(other.path(), "Alex", secret("alex passphrase"), options);
    auto original = alex();
    const auto a = restored->entries();
    const auto b = original->entries();
    ASSERT_EQ(a.size(), 2u);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].id, b[i].id);
        EXPECT_EQ(a[i].body, b[i].body);
    }
}

TEST_F(CoupleFixture, RestoreOverExistingKeepsItAsBackup)
{
    {
        alex()->backup(dir / "empty.twbackup");
    }
    {
        alex()->addEntry({"x", "answer", Visibility::Private, "", "written after the backup"});
    }
    workbook::Workbook::restore(dir / "empty.twbackup", dir.path(), "Alex", secret("alex passphrase"), options);
    EXPECT_TRUE(alex()->entries().empty());
    const auto all = workbook::Backups::list(workbook::Paths(dir.path()), options.nowMs());
    const auto kept = std::find_if(all.begin(), all.end(),
        [](const auto& p) { return p.file.filename().string().find("before-restore") != std::string::npos; });
    ASSERT_NE(kept, all.end());
    TempDir other;
    workbook::Workbook::restore(kept->file, other.path(), "Alex", secret("alex passphrase"), options);
    auto back = workbook::Workbook::unlock(other.path(), "Alex", secret("alex passphrase"), options);
    EXPECT_EQ(back->entries().at(0).body, "written after the backup");
}

TEST_F(CoupleFixture, DamagedBackupIsRefusedAndChangesNothing)
{
    {
        alex()->backup(dir / "b.twbackup");
    }
    auto bytes = readBytes(dir / "b.twbackup");
    bytes[bytes.size() / 2] ^= 0x10;
    writeBytes(dir / "b.twbackup", bytes);
    TempDir other;
    EXPECT_EQ(kindOf([&] {
        workbook::Workbook::restore(dir / "b.twbackup", other.path(), "Alex", secret("alex passphrase"), options);
    }),
        ErrorKind::Damaged);
    EXPECT_FALSE(std::filesystem::exists(other / "workbook.keys"));
}

// A size in the backup's header written as a float (1e300) once reached get<size_t>(), which is
// undefined behaviour; it must be damage like any other, and nothing restored. Without the check
// this still reports damage by luck in an optimised build; the dev preset's UBSan catches the cast.
TEST_F(CoupleFixture, BackupHeaderSizeThatIsNotAWholeNumberIsDamage)
{
    alex()->backup(dir / "b.twbackup");
    const auto bytes = readBytes(dir / "b.twbackup");
    std::string text(bytes.begin(), bytes.end());
    const auto header = text.find('\n', text.find('\n') + 1); // the magic line ends first
    const auto size = text.find("\"size\":");
    ASSERT_LT(size, header);
    const auto digits = size + 7;
    const auto end = text.find_first_not_of("0123456789", digits);
    text.replace(digits, end - digits, "1e300");
    writeBytes(dir / "b.twbackup", std::vector<std::uint8_t>(text.begin(), text.end()));
    TempDir other;
    EXPECT_EQ(kindOf([&] {
        workbook::Workbook::restore(dir / "b.twbackup", other.path(), "Alex", secret("alex passphrase"), options);
    }),
        ErrorKind::Damaged);
    EXPECT_FALSE(std::filesystem::exists(other / "workbook.keys"));
}

TEST_F(CoupleFixture, DailyBackupOncePerDayKeepsTen)
{
    std::int64_t now = 1'700'000'000'000;
    options.now = [&now] { return now; };
    const workbook::Paths paths(dir.path());
    for (std::size_t day = 0; day < 14; ++day) {
        alex();
        const auto afterFirst = workbook::Backups::list(paths, options.nowMs());
        now += 60 * 60 * 1000;
        alex(); // a second unlock an hour later, the same day, adds nothing
        // Counted before pruning starts, where a backup per unlock would show.
        EXPECT_EQ(workbook::Backups::list(paths, options.nowMs()), afterFirst) << "day " << day;
        EXPECT_EQ(afterFirst.size(), std::min<std::size_t>(day + 1, workbook::Backups::kKeep)) << "day " << day;
        now += 23LL * 60 * 60 * 1000;
    }
    EXPECT_EQ(workbook::Backups::list(paths, options.nowMs()).size(), workbook::Backups::kKeep);
}

TEST_F(CoupleFixture, NewerSchemaIsRefusedAndFileUntouched)
{
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    const auto keys
        = slots.unlock(slots.findByName("Alex")->id, crypto::SlotType::Passphrase, secret("alex passphrase"));
    {
        storage::Database db(dir / "workbook.db", keys.databaseKey, {});
        db.configureForWriting();
        db.exec("PRAGMA user_version = 99");
        db.checkpoint();
        db.exec("PRAGMA journal_mode = DELETE");
    }
    const auto before = readBytes(dir / "workbook.db");
    EXPECT_EQ(kindOf([&] { alex(); }), ErrorKind::NewerVersion);
    EXPECT_EQ(readBytes(dir / "workbook.db"), before);
}

TEST_F(CoupleFixture, FlippedDatabaseByteIsDamageNeverWrongPassphrase)
{
    {
        auto a = alex();
        for (int i = 0; i < 20; ++i) {
            a->addEntry({"x", "answer", Visibility::Private, "", std::string(300, 'a')});
        }
    }
    const auto original = readBytes(dir / "workbook.db");
    // One flip per page, at a different offset in each page.
    for (std::size_t page = 0; page * 4096 < original.size(); ++page) {
        auto bad = original;
        bad[page * 4096 + (page * 523) % 4096] ^= 0x20;
        writeBytes(dir / "workbook.db", bad);
        std::filesystem::remove(dir.path().string() + "/workbook.db-wal");
        std::filesystem::remove(dir.path().string() + "/workbook.db-shm");
        const auto kind = kindOf([&] {
            auto a = alex();
            const auto problems = a->verify();
            throw Error(problems.empty() ? ErrorKind::Internal : ErrorKind::Damaged, problems);
        });
        EXPECT_EQ(kind, ErrorKind::Damaged) << "page " << page;
    }
}
