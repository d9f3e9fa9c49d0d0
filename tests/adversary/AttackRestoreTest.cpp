// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks 8 and 9 of issue 16: planted and lying backups, restores nobody hears of, lost WAL.
#include "AdversaryFixture.h"
#include "tw/workbook/Backups.h"

#include <sys/wait.h>
#include <unistd.h>

using namespace tw;
using namespace tw::test;
using workbook::UnlockNotice;
using workbook::Visibility;

namespace {

constexpr std::int64_t kDay = 86'400'000;

std::string textOf(const std::filesystem::path& file)
{
    const auto bytes = readBytes(file);
    return {bytes.begin(), bytes.end()};
}

void writeTextFile(const std::filesystem::path& file, const std::string& text)
{
    writeBytes(file, std::vector<std::uint8_t>(text.begin(), text.end()));
}

} // namespace

// Attack 8. Before signed backup times, a file named for the year 2999 stopped new daily backups
// and was what "Restore the latest backup" picked.
TEST_F(Adversary, Attack08_ABackupNamedOrDatedInTheFutureIsIgnored)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    const auto first = alex()->automaticBackup("daily");
    // A real backup under a name from 2999, and one whose signed time Sam set to 2999 with his own key.
    std::filesystem::copy_file(first, dir / "backups" / "trustwork-29991231-235959-daily.twbackup");
    std::string forged = textOf(first);
    const auto at = forged.find("\"madeAt\":");
    forged.replace(at, forged.find(',', at) - at, "\"madeAt\":32503680000000");
    writeTextFile(dir / "backups" / "trustwork-29991231-235958-daily.twbackup", forged);

    auto listed = workbook::Backups::list(workbook::Paths(dir.path()), now);
    ASSERT_FALSE(listed.empty());
    EXPECT_EQ(listed.back().madeAt, now); // the renamed copy counts by the time inside it
    for (const auto& b : listed) {
        EXPECT_LE(b.madeAt, now);
    }
    // Daily backups go on: a day later, unlocking adds one.
    const auto before = listed.size();
    now += kDay + 1;
    (void)alex();
    EXPECT_EQ(workbook::Backups::list(workbook::Paths(dir.path()), now).size(), before + 1);
}

// Attack 8. A header whose time was changed no longer carries its maker's signature, and is refused.
TEST_F(Adversary, Attack08_ABackupWhoseSignedTimeWasChangedIsRefused)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    const auto made = alex()->automaticBackup("daily");
    std::string text = textOf(made);
    const auto at = text.find("\"madeAt\":");
    text.replace(at, text.find(',', at) - at, "\"madeAt\":" + std::to_string(now + 5));
    writeTextFile(dir / "lying.twbackup", text);
    TempDir other;
    EXPECT_EQ(kindOf([&] {
        workbook::Workbook::restore(dir / "lying.twbackup", other.path(), "Sam", secret("sam passphrase"), options);
    }),
        ErrorKind::Damaged);
    EXPECT_FALSE(std::filesystem::exists(other / "workbook.keys"));
}

// Attack 8. Before this version a restore needed no passphrase and told nobody.
TEST_F(Adversary, Attack08_ARestoreNeedsAPartnersPassphraseAndEveryoneIsTold)
{
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    const auto old = alex()->automaticBackup("daily");
    now += kDay;
    alex()->addEntry({"x", "answer", Visibility::Private, "", "written after the backup"});
    now += kDay;
    EXPECT_EQ(kindOf([&] { workbook::Workbook::restore(old, dir.path(), "Sam", secret("a guess"), options); }),
        ErrorKind::WrongSecret);
    EXPECT_EQ(kindOf([&] { workbook::Workbook::restore(old, dir.path(), "Nobody", secret("x"), options); }),
        ErrorKind::NotFound);
    workbook::Workbook::restore(old, dir.path(), "Sam", secret("sam passphrase"), options);
    const std::int64_t restoredAt = now;
    now += kDay;
    auto a = alex();
    const auto* told = noticeOf(*a, UnlockNotice::Kind::Restored);
    ASSERT_NE(told, nullptr);
    EXPECT_EQ(told->who, "Sam");
    EXPECT_EQ(told->at, restoredAt);
    EXPECT_EQ(told->backupTime, 1'800'000'000'000);
    EXPECT_NE(workbook::describe(*told).find("Sam restored the backup"), std::string::npos);
    EXPECT_EQ(noticeOf(*sam(), UnlockNotice::Kind::Restored), nullptr); // the restorer knows already
}

// Attack 9. Before this version the before-restore copy was packed from workbook.db alone and the
// -wal file then deleted: a committed entry still in the WAL was lost.
TEST_F(Adversary, Attack09_ACommittedEntryOnlyInTheWalSurvivesARestore)
{
    const auto backup = alex()->automaticBackup("daily");
    const pid_t child = fork();
    if (child == 0) {
        // Commit, then stop dead, as a crash would: the entry is in workbook's and the store's WAL only.
        auto a = workbook::Workbook::unlock(dir.path(), "Alex", secret("alex passphrase"), options);
        a->addEntry({"x", "answer", Visibility::Shared, "", "CANARY-only-in-the-wal"});
        _exit(0);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_TRUE(std::filesystem::exists(dir.path().string() + "/workbook.db-wal"));
    workbook::Workbook::restore(backup, dir.path(), "Alex", secret("alex passphrase"), options);
    EXPECT_TRUE(alex()->entries().empty());
    // The copy kept before the restore holds the entry; restoring it by name brings it back.
    std::filesystem::path kept;
    for (const auto& b : workbook::Backups::list(workbook::Paths(dir.path()), options.nowMs())) {
        if (b.reason == "before-restore") {
            kept = b.file;
        }
    }
    ASSERT_FALSE(kept.empty());
    TempDir other;
    workbook::Workbook::restore(kept, other.path(), "Alex", secret("alex passphrase"), options);
    auto back = workbook::Workbook::unlock(other.path(), "Alex", secret("alex passphrase"), options);
    ASSERT_EQ(back->entries().size(), 1u);
    EXPECT_EQ(back->entries()[0].body, "CANARY-only-in-the-wal");
}
