// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// I/O faults along one save. The writes and fsyncs of a save are counted first; then, for every k
// along it, the k-th write (or fsync) fails, once or for good, with an I/O error or "disk full".
// Each time the save must throw a tw::Error of the right kind (so the app can say what happened and
// never "Saved"), and after reopening, the workbook must be intact, every earlier entry unchanged,
// and the save either fully there or fully absent.
#include "FaultVfs.h"
#include "TempDir.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>
#include <map>
#include <ostream>
#include <string>

namespace {

using tw::test::FaultOp;
using tw::test::FaultVfs;
using tw::workbook::Visibility;

struct FaultCase {
    FaultOp op;
    int code;
    bool sticky;
    bool addsEntry; ///< the save adds a new entry (else it updates an earlier one)
    bool warm; ///< the session saved once before (the first save of a session also restarts the WAL)
};

std::string describe(const ::testing::TestParamInfo<FaultCase>& info)
{
    const auto& c = info.param;
    return std::string(c.addsEntry ? "Add" : "Update") + (c.op == FaultOp::Write ? "Write" : "Sync")
        + ((c.code & 0xff) == SQLITE_FULL ? "DiskFull" : "IoError") + (c.sticky ? "FromK" : "OnlyK")
        + (c.warm ? "Warm" : "First");
}

// ctest shows the parameter in each test's name: a short description instead of its bytes.
void PrintTo(const FaultCase& c, std::ostream* out)
{
    *out << (c.op == FaultOp::Write ? "write" : "fsync") << " fails with " << c.code;
}

class SaveFault : public ::testing::TestWithParam<FaultCase> {
protected:
    void SetUp() override
    {
        FaultVfs::install(true);
        FaultVfs::reset();
        m_options.kdf = tw::crypto::KdfParams::fastForTests();
        m_options.enforcePassphraseStrength = false;
        m_options.dailyBackup = false;
    }
    void TearDown() override { FaultVfs::reset(); }

    // A workbook with a few earlier saves of each sort: private, shared, edited.
    void makeWorkbook(const std::filesystem::path& dir)
    {
        std::vector<tw::workbook::NewPartner> one;
        one.push_back({"Alex", tw::workbook::Role::Hurt, tw::crypto::SecretBytes::fromString("alex pass")});
        tw::workbook::Workbook::create(dir, std::move(one), m_options);
        auto s = open(dir);
        m_target = s->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "earlier private"});
        s->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "earlier shared"});
        const auto edited = s->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "first"});
        s->updateEntry(edited, "edited earlier");
        m_before = bodies(*s);
    }
    std::unique_ptr<tw::workbook::Session> open(const std::filesystem::path& dir)
    {
        return tw::workbook::Workbook::unlock(dir, "Alex", tw::crypto::SecretBytes::fromString("alex pass"), m_options);
    }
    // Opens the session the faulty save runs in, warmed by one good save if the case asks.
    std::unique_ptr<tw::workbook::Session> openForSave(const std::filesystem::path& dir)
    {
        auto s = open(dir);
        if (GetParam().warm) {
            s->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "warm-up save"});
            m_before = bodies(*s);
        }
        return s;
    }
    static std::map<std::string, std::string> bodies(const tw::workbook::Session& s)
    {
        std::map<std::string, std::string> out;
        for (const auto& e : s.entries()) {
            out[e.id] = e.body;
        }
        return out;
    }
    void save(tw::workbook::Session& s)
    {
        if (GetParam().addsEntry) {
            s.addEntry({"step1.impact-letter", "answer", Visibility::Private, "", kNewText});
        } else {
            s.updateEntry(m_target, kNewText);
        }
    }
    // The writes or fsyncs one save makes, counted on a workbook of its own.
    int countAlongOneSave()
    {
        tw::test::TempDir probe;
        makeWorkbook(probe.path());
        auto s = openForSave(probe.path());
        FaultVfs::reset();
        save(*s);
        const int n = GetParam().op == FaultOp::Write ? FaultVfs::writes() : FaultVfs::syncs();
        std::printf("one %s (%s save of a session) makes %d writes and %d fsyncs\n",
            GetParam().addsEntry ? "add" : "update", GetParam().warm ? "a later" : "the first", FaultVfs::writes(),
            FaultVfs::syncs());
        return n;
    }

    static constexpr const char* kNewText = "the text of the failed save";
    tw::workbook::Options m_options;
    std::string m_target;
    std::map<std::string, std::string> m_before;
};

TEST_P(SaveFault, EveryFailedWriteIsReportedAndEarlierDataStaysIntact)
{
    const auto& c = GetParam();
    const int n = countAlongOneSave();
    ASSERT_GE(n, 1) << "a save that never writes or syncs cannot be durable";
    for (int k = 1; k <= n; ++k) {
        SCOPED_TRACE("fault at call " + std::to_string(k) + " of " + std::to_string(n));
        tw::test::TempDir dir;
        makeWorkbook(dir.path());
        auto session = openForSave(dir.path());
        FaultVfs::reset();
        FaultVfs::arm(c.op, k, c.code, c.sticky);
        bool reportedSaved = false;
        try {
            save(*session);
            reportedSaved = true;
        } catch (const tw::Error& e) {
            const auto expected = (c.code & 0xff) == SQLITE_FULL ? tw::ErrorKind::DiskFull : tw::ErrorKind::Io;
            EXPECT_EQ(e.kind(), expected) << e.what();
            if (expected == tw::ErrorKind::DiskFull) {
                EXPECT_NE(std::string(e.what()).find("disk is full"), std::string::npos) << e.what();
            }
        }
        EXPECT_EQ(FaultVfs::injected() >= 1, true);
        EXPECT_FALSE(reportedSaved) << "the save reported success although its I/O failed";
        FaultVfs::disarm();
        session.reset();

        auto reopened = open(dir.path());
        ASSERT_EQ(reopened->verify(), "");
        auto after = bodies(*reopened);
        for (const auto& [id, body] : m_before) {
            ASSERT_TRUE(after.count(id)) << "an earlier entry is gone";
            if (id == m_target && !c.addsEntry) {
                EXPECT_TRUE(after[id] == body || after[id] == kNewText) << "half a save: " << after[id];
            } else {
                EXPECT_EQ(after[id], body);
            }
            after.erase(id);
        }
        // An added entry is there whole or not at all.
        ASSERT_LE(after.size(), c.addsEntry ? 1u : 0u);
        for (const auto& [id, body] : after) {
            EXPECT_EQ(body, kNewText);
        }
    }
}

std::vector<FaultCase> allCases()
{
    std::vector<FaultCase> cases;
    for (bool warm : {false, true}) {
        for (bool adds : {false, true}) {
            for (bool sticky : {false, true}) {
                cases.push_back({FaultOp::Write, SQLITE_IOERR_WRITE, sticky, adds, warm});
                cases.push_back({FaultOp::Write, SQLITE_FULL, sticky, adds, warm});
                cases.push_back({FaultOp::Sync, SQLITE_IOERR_FSYNC, sticky, adds, warm});
                cases.push_back({FaultOp::Sync, SQLITE_FULL, sticky, adds, warm});
            }
        }
    }
    return cases;
}

INSTANTIATE_TEST_SUITE_P(AlongOneSave, SaveFault, ::testing::ValuesIn(allCases()), describe);

// Alex shares an answer and the disk refuses the commit: she is told it failed, and it must stay
// unshared. The next autosave starts from the row the store remembers from its last write, so that
// row must be one that was committed: remembered from the failed "share", the autosave would write
// it as shared and publish it, and Sam, with his own passphrase, would read what she never shared.
TEST(FailedShare, TheNextAutosaveDoesNotShareWhatTheDiskRefused)
{
    FaultVfs::install(true);
    FaultVfs::reset();
    tw::workbook::Options options;
    options.kdf = tw::crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    tw::test::TempDir dir;
    std::vector<tw::workbook::NewPartner> couple;
    couple.push_back({"Alex", tw::workbook::Role::Hurt, tw::crypto::SecretBytes::fromString("alex pass")});
    couple.push_back({"Sam", tw::workbook::Role::Involved, tw::crypto::SecretBytes::fromString("sam pass")});
    tw::workbook::Workbook::create(dir.path(), std::move(couple), options);
    auto alex
        = tw::workbook::Workbook::unlock(dir.path(), "Alex", tw::crypto::SecretBytes::fromString("alex pass"), options);
    const auto id = alex->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-never shared"});
    alex->updateEntry(id, "CANARY-never shared, typed on");

    FaultVfs::reset();
    FaultVfs::arm(FaultOp::Sync, 1, SQLITE_IOERR_FSYNC, false);
    EXPECT_THROW(alex->setVisibility(id, Visibility::Shared), tw::Error);
    EXPECT_GE(FaultVfs::injected(), 1);
    FaultVfs::disarm();

    alex->updateEntry(id, "CANARY-never shared, typed after the failure");
    EXPECT_EQ(alex->entry(id)->visibility, Visibility::Private);
    alex->lock();
    auto sam
        = tw::workbook::Workbook::unlock(dir.path(), "Sam", tw::crypto::SecretBytes::fromString("sam pass"), options);
    EXPECT_TRUE(sam->entries().empty());
    FaultVfs::reset();
}

// Issue 21: an autosave raises the kept "newest stamp" (with a minute's headroom) only when its
// row's stamp passes what this window knows the file holds. A raise in a commit the disk refused
// must not count as known: the next autosave would then skip it, and the file would keep a row
// stamped later than its ceiling, which a clock turned back could stamp an edit below.
TEST(FailedAutosave, TheNextAutosaveRaisesTheNewestStampTheDiskRefused)
{
    FaultVfs::install(true);
    FaultVfs::reset();
    std::int64_t now = 1'900'000'000'000;
    tw::workbook::Options options;
    options.kdf = tw::crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    options.now = [&] { return now; };
    tw::test::TempDir dir;
    std::vector<tw::workbook::NewPartner> one;
    one.push_back({"Alex", tw::workbook::Role::Hurt, tw::crypto::SecretBytes::fromString("alex pass")});
    tw::workbook::Workbook::create(dir.path(), std::move(one), options);
    auto alex
        = tw::workbook::Workbook::unlock(dir.path(), "Alex", tw::crypto::SecretBytes::fromString("alex pass"), options);
    const auto id = alex->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "first words"});

    now += 90'000; // past the headroom: this autosave raises the ceiling, and the disk refuses it
    FaultVfs::reset();
    FaultVfs::arm(FaultOp::Sync, 1, SQLITE_IOERR_FSYNC, false);
    EXPECT_THROW(alex->updateEntry(id, "refused"), tw::Error);
    EXPECT_GE(FaultVfs::injected(), 1);
    FaultVfs::disarm();
    now += 1'000;
    alex->updateEntry(id, "typed again");
    alex->lock();

    const auto slots = tw::crypto::KeySlotFile::load(dir.path() / "workbook.keys");
    const auto* owner = slots.findByName("Alex");
    const auto keys
        = slots.unlock(owner->id, tw::crypto::SlotType::Passphrase, tw::crypto::SecretBytes::fromString("alex pass"));
    tw::storage::Database store(dir.path() / "private" / (owner->id + ".db"),
        tw::crypto::deriveSubkey(keys.personalKey, 1, "twstore1") /* as PrivateStore::storeKey */, {});
    tw::storage::Statement newest(store, "SELECT max(hlc) FROM entry");
    tw::storage::Statement ceiling(store, "SELECT value FROM meta WHERE key = 'hlc_ceiling'");
    ASSERT_TRUE(newest.step());
    ASSERT_TRUE(ceiling.step());
    EXPECT_GE(ceiling.text(0), newest.text(0));
    FaultVfs::reset();
}

} // namespace
