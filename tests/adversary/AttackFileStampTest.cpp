// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, sixth round: an unlock skips reading Alex's rows when the shared file carries the
// stamp (device, inode, size, modification and change time) that her last lock recorded after
// checking them. Sam tries to change her rows without changing that stamp: in place with the
// modification time put back, by copying an older file back with its times, through the journal
// alone, and while her session is open. Each is found at her next unlock and undone.
#include "AdversaryFixture.h"
#include "tw/storage/Statement.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace tw;
using namespace tw::test;
using workbook::UnlockNotice;
using workbook::Visibility;

namespace {

struct FileTimes {
    timespec accessed{};
    timespec modified{};
    off_t size = 0;
    ino_t inode = 0;
};

FileTimes timesOf(const std::filesystem::path& file)
{
    struct stat st = {};
    EXPECT_EQ(::stat(file.c_str(), &st), 0);
    return {st.st_atim, st.st_mtim, st.st_size, st.st_ino};
}

// What `touch -r` does: the modification time as it was. The change time cannot be put back.
void putTimesBack(const std::filesystem::path& file, const FileTimes& times)
{
    const timespec both[2] = {times.accessed, times.modified};
    ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), both, 0), 0);
}

bool sameTime(const timespec& a, const timespec& b)
{
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

// The shortcut exists only where the file system keeps change times (ext4 here; not tmpfs);
// elsewhere every unlock reads every row, which these tests would not tell apart from a shortcut.
bool keepsChangeTimes(const std::filesystem::path& dir)
{
    struct statfs fs = {};
    return ::statfs(dir.c_str(), &fs) == 0 && fs.f_type == 0xEF53;
}

// Sam's own program with the file mapped for writing, as `mmap(MAP_SHARED)` gives it.
class Mapping {
public:
    explicit Mapping(const std::filesystem::path& file)
        : m_fd(::open(file.c_str(), O_RDWR | O_CLOEXEC))
        , m_size(std::filesystem::file_size(file))
    {
        void* at = ::mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, 0);
        m_bytes = at == MAP_FAILED ? nullptr : static_cast<volatile unsigned char*>(at);
    }
    ~Mapping()
    {
        if (m_bytes) {
            ::munmap(const_cast<unsigned char*>(m_bytes), m_size);
        }
        ::close(m_fd);
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    [[nodiscard]] bool mapped() const { return m_bytes != nullptr; }
    // A store of the byte that is already there: the content stays, the write is still a write.
    void touchLastPage() { m_bytes[m_size - 1] = m_bytes[m_size - 1]; }

private:
    int m_fd;
    std::size_t m_size;
    volatile unsigned char* m_bytes = nullptr;
};

struct FileStampAttack : Adversary {
    std::int64_t now = 1'800'000'000'000;
    std::string shared; ///< a shared answer of Alex's, published
    std::filesystem::path file;

    void SetUp() override
    {
        Adversary::SetUp();
        if (!keepsChangeTimes(dir.path())) {
            GTEST_SKIP() << "the test folder's file system is not ext2/3/4";
        }
        options.now = [this] { return now; };
        file = dir.path() / "workbook.db";
        auto a = alex();
        shared = a->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "as Alex wrote it"});
    }

    // Her next unlock reads her rows again, finds the one Sam changed, counts it and puts it back.
    void expectFoundAtHerNextUnlock()
    {
        now += 3'600'000;
        auto a = alex();
        EXPECT_TRUE(a->readMyRowsAtUnlock()) << "the stamp vouched for a file Sam wrote";
        expectMyRowsPutBack(*a, 1);
    }

    std::string rowAsSamReadsIt() const
    {
        auto db = samAttacks().shared();
        storage::Statement row(db, "SELECT quote(body) || quote(updated_at) || quote(hlc) FROM entry WHERE id = ?1");
        row.bind(1, shared);
        return row.step() ? row.text(0) : std::string("(gone)");
    }
};

} // namespace

// Without this the other tests would prove nothing: an untouched file is not read again, one that
// the other partner's app wrote is, and the shortcut never changes what Alex sees.
TEST_F(FileStampAttack, AnUntouchedFileIsNotReadAgainAndOneTheOtherPartnerWroteIs)
{
    {
        auto a = alex();
        EXPECT_FALSE(a->readMyRowsAtUnlock()) << "her lock checked the file and nobody wrote it since";
        EXPECT_EQ(a->entry(shared)->body, "as Alex wrote it");
        a->updateEntry(shared, "her second version");
    }
    {
        auto a = alex();
        EXPECT_FALSE(a->readMyRowsAtUnlock()) << "her own writes were checked at her lock";
        EXPECT_EQ(a->entry(shared)->body, "her second version");
        EXPECT_EQ(a->verify(), "");
    }
    // The stamp lives in her private store: nothing of it is in anything Sam's keys open.
    EXPECT_FALSE(samAttacks().canFind("checked_shared_file"));
    EXPECT_FALSE(samAttacks().canFind("file-v1 "));
    // Reading the file, as Sam's own program may at any time, writes nothing to it.
    EXPECT_NE(rowAsSamReadsIt(), "(gone)");
    EXPECT_FALSE(samAttacks().openableBodies().empty());
    EXPECT_FALSE(alex()->readMyRowsAtUnlock());
    {
        auto s = sam();
        s->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "Sam's answer"});
    }
    auto a = alex();
    EXPECT_TRUE(a->readMyRowsAtUnlock()) << "Sam's app wrote the file";
    EXPECT_EQ(noticeOf(*a, UnlockNotice::Kind::MyRowsChanged), nullptr) << "Sam's own rows are not a change of hers";
}

TEST_F(FileStampAttack, AnEditWithTheModificationTimePutBackIsFoundAndUndone)
{
    const std::string original = rowAsSamReadsIt();
    const auto before = timesOf(file);
    samAttacks().exec("UPDATE entry SET updated_at = updated_at + 1 WHERE id = '" + shared + "'");
    putTimesBack(file, before);
    const auto after = timesOf(file);
    ASSERT_TRUE(sameTime(after.modified, before.modified));
    ASSERT_EQ(after.size, before.size);
    ASSERT_EQ(after.inode, before.inode);
    ASSERT_NE(rowAsSamReadsIt(), original);

    expectFoundAtHerNextUnlock();
    EXPECT_EQ(rowAsSamReadsIt(), original) << "put back as she published it";
}

TEST_F(FileStampAttack, AnOlderFileCopiedBackWithItsTimesIsFoundAndUndone)
{
    // Sam keeps a copy of the file, times and all, while it holds her first version...
    const auto copy = dir.path() / "kept-by-sam.db";
    std::filesystem::copy_file(file, copy);
    putTimesBack(copy, timesOf(file));
    now += 86'400'000;
    alex()->updateEntry(shared, "her second version");
    const std::string second = rowAsSamReadsIt();
    // ...and puts it back after her next lock, over the file and with the times of the file.
    const auto before = timesOf(file);
    std::filesystem::copy_file(copy, file, std::filesystem::copy_options::overwrite_existing);
    putTimesBack(file, before);
    ASSERT_NE(rowAsSamReadsIt(), second);

    expectFoundAtHerNextUnlock();
    EXPECT_EQ(alex()->entry(shared)->body, "her second version");
    EXPECT_EQ(rowAsSamReadsIt(), second);
}

TEST_F(FileStampAttack, AnEditLeftInTheJournalIsFoundAndUndone)
{
    const std::string original = rowAsSamReadsIt();
    const auto before = timesOf(file);
    // Sam's program keeps its connection open, so its change stays in the -wal file beside the
    // database, and the database file itself is untouched.
    auto samDb = samAttacks().shared();
    samDb.exec("DELETE FROM entry WHERE id = '" + shared + "'");
    ASSERT_TRUE(sameTime(timesOf(file).modified, before.modified));
    ASSERT_EQ(rowAsSamReadsIt(), "(gone)");

    expectFoundAtHerNextUnlock();
    EXPECT_EQ(rowAsSamReadsIt(), original);
}

TEST_F(FileStampAttack, AnEditWhileHerSessionIsOpenIsNotVouchedForAtHerLock)
{
    const std::string original = rowAsSamReadsIt();
    {
        auto a = alex();
        a->addEntry({"step2.what-i-need", "note", Visibility::Private, "", "a private note"});
        // While she writes, Sam's program changes her shared row and puts the time back.
        const auto before = timesOf(file);
        samAttacks().exec("UPDATE entry SET hlc = hlc || '0' WHERE id = '" + shared + "'");
        putTimesBack(file, before);
        a->updateEntry(a->addEntry({"step2.what-i-need", "note", Visibility::Private, "", "draft"}), "later");
    } // her lock finds the row changed, so it records no stamp
    ASSERT_NE(rowAsSamReadsIt(), original);

    expectFoundAtHerNextUnlock();
    EXPECT_EQ(rowAsSamReadsIt(), original);
}

// A write through a shared mapping sets the change time only at the first write to a page written
// out since; Sam's program keeps the file mapped across her session and writes through the mapping
// after her lock. Her lock writes the pages out after noting its moment, so that write faults and
// sets the time, and her next unlock reads her rows. (The code's own guard, the write-out after the
// noted moment, covers a first write between her checkpoint and that moment, which a test cannot time.)
TEST_F(FileStampAttack, AWriteThroughAMappingHeldAcrossHerSessionChangesTheStamp)
{
    Mapping sam(file);
    ASSERT_TRUE(sam.mapped());
    sam.touchLastPage();
    {
        auto a = alex();
        a->updateEntry(shared, "her second version");
    }
    EXPECT_FALSE(alex()->readMyRowsAtUnlock()) << "her lock stamped the file";
    sam.touchLastPage();
    EXPECT_TRUE(alex()->readMyRowsAtUnlock()) << "a write through the mapping after her lock";
}

// Sam's own program writes the file under her open session without going through SQLite: it puts
// in a copy in which he changed her row. Her connection still holds the old pages in its cache, so
// her lock must compare what the file holds, not what the cache remembers.
TEST_F(FileStampAttack, AFileWrittenUnderHerOpenSessionIsComparedAsItLiesNotAsCached)
{
    const auto forged = dir.path() / "forged-by-sam.db";
    std::filesystem::copy_file(file, forged);
    {
        auto db = storage::Database(forged, samAttacks().keys().databaseKey, {});
        db.configureForWriting();
        db.exec("UPDATE entry SET updated_at = updated_at + 1 WHERE id = '" + shared + "'");
    }
    const std::string original = rowAsSamReadsIt();
    {
        auto a = alex();
        EXPECT_EQ(a->verify(), ""); // reads every page, so her row's page is in her cache
        std::filesystem::copy_file(forged, file, std::filesystem::copy_options::overwrite_existing);
    }
    expectFoundAtHerNextUnlock();
    EXPECT_EQ(rowAsSamReadsIt(), original);
}
