// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The other partner against two devices (issue 20). Sam has her own passphrase, the synced folder
// (she can write anything into it), the files of the computer she shares with Alex, and a small
// program of her own built on the change-file layout. Alex also has a laptop that syncs through
// the same folder. Each test shows an attack on the change files failing.
#include "AdversaryFixture.h"
#include "SyncFixture.h"
#include "store/SignedRecords.h"
#include "sync/ChangeFile.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/workbook/Sync.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using workbook::NewEntry;
using workbook::SyncFolder;
using workbook::Visibility;
using json = nlohmann::json;

namespace {

struct SyncAdversary : Adversary {
    TempDir root;
    Device desktop{"desktop", "Alex", "alex passphrase", dir.path(), root.path() / "folder"};
    Device laptop{"laptop", "Alex", "alex passphrase", root.path() / "laptop", root.path() / "folder"};

    void SetUp() override
    {
        Adversary::SetUp();
        {
            auto a = desktop.open(options);
            a->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-sync-afraid"});
            a->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Shared, "", "alex shared words"});
            SyncFolder(desktop.folder).sync(*a);
        }
        SyncFolder(laptop.folder).join(laptop.dataDir, "Alex", secret("alex passphrase"), options);
    }

    /** A change file as Sam's own program writes it: her couple key, a key she holds, any author she names. */
    void forge(const std::string& authorId, const json& shared, const std::string& deviceId, std::int64_t seq,
        const crypto::KeySlotFile* slots = nullptr)
    {
        const auto sam = samAttacks();
        workbook::sync::ChangeHeader h;
        h.workbookId = sam.workbookId();
        h.deviceId = deviceId;
        h.authorId = authorId;
        h.seq = seq;
        h.keyVersion = 1;
        h.createdAt = 1'900'000'000'000;
        const std::string text = shared.dump();
        const std::vector<std::uint8_t> slotBytes = slots ? slots->serialise() : std::vector<std::uint8_t>{};
        const auto bytes = workbook::sync::ChangeFile::build(h, slotBytes, crypto::asBytes(text),
            crypto::asBytes("{\"rows\":[]}"), sam.keys().coupleKey, sam.keys().personalKey, sam.forgerKeys());
        const auto where = desktop.folder / "devices" / deviceId;
        std::filesystem::create_directories(where);
        writeBytes(where / workbook::sync::changeFileName(seq, bytes), bytes);
    }

    std::string alexDeviceId()
    {
        auto a = desktop.open(options);
        for (const auto& d : SyncFolder::devices(*a)) {
            if (d.thisDevice) {
                return d.id;
            }
        }
        return {};
    }

    static bool holds(workbook::Session& s, const std::string& text)
    {
        for (const auto& e : s.entries()) {
            if (e.body.find(text) != std::string::npos) {
                return true;
            }
        }
        return false;
    }
};

json sharedPart()
{
    return {{"partners", json::array()}, {"keys", json::array()}, {"rows", json::array()}, {"markers", json::array()},
        {"events", json::array()}, {"devices", json::array()}};
}

} // namespace

// Sam reads every change file in the folder with her own keys: the shared parts open (they hold
// what Alex shared), Alex's private parts never do, and nothing private of Alex's is in any byte.
TEST_F(SyncAdversary, TheOtherPartnerCannotReadMyPrivatePartInTheFolder)
{
    const auto sam = samAttacks();
    int files = 0;
    for (const auto& rel : changeFilesIn(desktop.folder)) {
        const auto bytes = readBytes(desktop.folder / rel);
        const auto file = workbook::sync::ChangeFile::parse(bytes);
        const auto shared = file.openShared(sam.keys().coupleKey);
        ASSERT_TRUE(shared.has_value());
        const std::string text(shared->begin(), shared->end());
        EXPECT_EQ(text.find("CANARY-sync"), std::string::npos);
        if (file.header.authorId == sam.idOf("Alex")) {
            EXPECT_FALSE(file.openPrivate(sam.keys().personalKey).has_value());
            EXPECT_FALSE(file.openPrivate(sam.keys().coupleKey).has_value());
            EXPECT_FALSE(file.openPrivate(sam.keys().databaseKey).has_value());
            ++files;
        }
    }
    EXPECT_GE(files, 1);
    EXPECT_FALSE(anyFileHolds(root.path(), "CANARY-sync"));
    EXPECT_FALSE(sam.canFind("CANARY-sync"));
}

// Sam writes a change file "by Alex", in a folder of her own and in the folder of Alex's desktop,
// signed with a key of hers, carrying a row in Alex's name and a key generation for Alex signed
// by that key. Alex's laptop names it as damaged and takes nothing of it; Alex's key chain stays his.
TEST_F(SyncAdversary, AChangeFileForgedInMyNameIsDamagedAndNothingOfItIsUsed)
{
    const auto sam = samAttacks();
    const std::string alexId = sam.idOf("Alex");
    const auto forger = sam.forgerKeys();
    auto shared = sharedPart();
    workbook::store::SharedRow row;
    row.id = crypto::randomUuid();
    row.authorId = alexId;
    row.exerciseId = "step1.impact-letter";
    row.kind = "answer";
    row.hlc = "999999999999999-000000-forged";
    row.createdAt = row.updatedAt = 1'900'000'000'000;
    row.keyVersion = 2;
    workbook::store::signRecord(row, sam.workbookId(), forger);
    shared["rows"].push_back(workbook::store::serialise(row));
    workbook::store::PartnerKey key;
    key.partnerId = alexId;
    key.version = 2;
    key.publicKey = forger.publicKey;
    workbook::store::signRecord(key, sam.workbookId(), forger);
    shared["keys"].push_back({{"partner", key.partnerId}, {"version", key.version},
        {"public", crypto::toBase64(key.publicKey)}, {"signature", crypto::toBase64(key.signature)}});
    forge(alexId, shared, "00000000000000aa", 1);
    forge(alexId, shared, alexDeviceId(), 9);

    auto onLaptop = laptop.open(options);
    const auto report = SyncFolder(laptop.folder).sync(*onLaptop);
    EXPECT_EQ(report.damaged.size(), 2u);
    EXPECT_FALSE(onLaptop->entry(row.id).has_value());
    EXPECT_EQ(onLaptop->verify(), "");
    onLaptop->lock();
    // The desktop, where Sam also has the files: the same.
    auto a = desktop.open(options);
    EXPECT_EQ(SyncFolder(desktop.folder).sync(*a).damaged.size(), 2u);
    EXPECT_FALSE(a->entry(row.id).has_value());
    EXPECT_EQ(a->verify(), "");
}

// Sam removes Alex's laptop from the device list with a record she signs herself, and plants a
// newer slot record for Alex sealed under a passphrase she chose. Neither counts: the laptop's
// files still arrive, Alex's passphrase still opens and Sam's does not.
TEST_F(SyncAdversary, AForgedRemovalOrSlotForMeIsIgnored)
{
    const auto sam = samAttacks();
    const std::string alexId = sam.idOf("Alex");
    const auto forger = sam.forgerKeys();
    std::string laptopId;
    {
        auto l = laptop.open(options);
        for (const auto& d : SyncFolder::devices(*l)) {
            if (d.thisDevice) {
                laptopId = d.id;
            }
        }
    }
    ASSERT_FALSE(laptopId.empty());
    auto shared = sharedPart();
    shared["devices"].push_back({{"id", laptopId}, {"author", alexId}, {"name", "gone"}, {"removed", true},
        {"removedAfter", 0}, {"hlc", "999999999999999-000000-x"}, {"keyVersion", 1},
        {"signature", crypto::toBase64(crypto::signDetached(forger, crypto::asBytes("anything")))}});
    crypto::KeySlotFile slots = crypto::KeySlotFile::load(dir.path() / "workbook.keys");
    crypto::KeySet mine = sam.keys().clone();
    mine.keyVersion = 99;
    slots.setSlot(alexId, crypto::SlotType::Passphrase, mine, secret("sam chose this"), options.kdf);
    forge(alexId, shared, "00000000000000bb", 1, &slots);

    std::string fromLaptop;
    {
        auto l = laptop.open(options);
        fromLaptop = l->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Shared, "", "from the laptop"});
        SyncFolder(laptop.folder).sync(*l);
    }
    auto a = desktop.open(options);
    const auto report = SyncFolder(desktop.folder).sync(*a);
    EXPECT_EQ(report.damaged.size(), 1u);
    EXPECT_TRUE(a->entry(fromLaptop).has_value()) << "the laptop was not removed";
    for (const auto& d : SyncFolder::devices(*a)) {
        EXPECT_FALSE(d.removed) << d.id;
    }
    a->lock();
    EXPECT_NO_THROW((void)desktop.open(options));
    EXPECT_EQ(kindOf([&] { (void)workbook::Workbook::unlock(dir.path(), "Alex", secret("sam chose this"), options); }),
        ErrorKind::WrongSecret);
}

// Sam deletes Alex's change files from the folder, then puts an old one back under another
// device's folder. Deleting never deletes anything on a device that has it, and the old file is
// not taken in again (its name was seen, and its header names another device), so nothing rolls back.
TEST_F(SyncAdversary, DeletingOrReplayingMyChangeFilesRollsNothingBack)
{
    std::string later;
    {
        auto a = desktop.open(options);
        later = a->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Private, "", "written later"});
        SyncFolder(desktop.folder).sync(*a);
    }
    {
        auto l = laptop.open(options);
        SyncFolder(laptop.folder).sync(*l);
        ASSERT_TRUE(l->entry(later).has_value());
    }
    const auto files = changeFilesIn(desktop.folder);
    const auto oldest = readBytes(desktop.folder / files.front());
    for (const auto& rel : files) {
        std::filesystem::remove(desktop.folder / rel);
    }
    std::filesystem::create_directories(desktop.folder / "devices" / "00000000000000cc");
    writeBytes(desktop.folder / "devices" / "00000000000000cc" / files.front().filename(), oldest);
    auto l = laptop.open(options);
    const auto report = SyncFolder(laptop.folder).sync(*l);
    EXPECT_EQ(report.imported, 0) << "the replayed file is not taken in (seen already, and in the wrong folder)";
    EXPECT_TRUE(l->entry(later).has_value());
    EXPECT_TRUE(holds(*l, "CANARY-sync-afraid"));
    EXPECT_TRUE(holds(*l, "written later"));
    EXPECT_EQ(l->verify(), "");
}

// Alex drafts a private answer twenty times and a shared one beside it before one publish (each
// entry waits in the outbox once and travels with its state at publish time). Sam opens every
// shared part in the folder with her keys and searches everything she can read: no draft of the
// private answer is anywhere, and Alex's private part of the new file opens with none of her keys.
TEST_F(SyncAdversary, TwentyPrivateDraftsBetweenTwoPublishesLeaveNothingSamCanRead)
{
    {
        auto a = desktop.open(options);
        const auto id
            = a->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-draft-0"});
        const auto shared
            = a->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Shared, "", "alex shares this"});
        for (int i = 1; i <= 20; ++i) {
            a->updateEntry(id, "CANARY-draft-" + std::to_string(i) + " I am afraid");
            a->updateEntry(shared, "alex shares this, version " + std::to_string(i));
        }
        ASSERT_TRUE(SyncFolder(desktop.folder).sync(*a).published);
    }
    const auto sam = samAttacks();
    int alexFiles = 0;
    for (const auto& rel : changeFilesIn(desktop.folder)) {
        const auto file = workbook::sync::ChangeFile::parse(readBytes(desktop.folder / rel));
        const auto open = file.openShared(sam.keys().coupleKey);
        ASSERT_TRUE(open.has_value());
        EXPECT_EQ(std::string(open->begin(), open->end()).find("CANARY-draft"), std::string::npos) << rel;
        if (file.header.authorId == sam.idOf("Alex")) {
            EXPECT_FALSE(file.openPrivate(sam.keys().personalKey).has_value());
            EXPECT_FALSE(file.openPrivate(sam.keys().coupleKey).has_value());
            EXPECT_FALSE(file.openPrivate(sam.keys().databaseKey).has_value());
            ++alexFiles;
        }
    }
    EXPECT_GE(alexFiles, 2);
    EXPECT_FALSE(anyFileHolds(root.path(), "CANARY-draft"));
    EXPECT_FALSE(anyFileHolds(dir.path(), "CANARY-draft"));
    EXPECT_FALSE(sam.canFind("CANARY-draft"));
    // Alex's laptop, which has his keys, gets the last draft only.
    SyncFolder(laptop.folder).sync(*laptop.open(options));
    auto onLaptop = laptop.open(options);
    int drafts = 0;
    for (const auto& e : onLaptop->entries()) {
        drafts += e.body.find("CANARY-draft") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(drafts, 1);
    EXPECT_TRUE(holds(*onLaptop, "CANARY-draft-20 I am afraid"));
}

// An entry waits in the outbox once however often it is edited, and leaves it when its file is
// written. Sam deletes the file that carried a run of edits before Alex's laptop took it in: the
// laptop keeps the older words (nothing is rolled back or lost on it), and Alex's next edit waits
// again and reaches the laptop whole, with no draft of the deleted run needed.
TEST_F(SyncAdversary, DeletingTheFileOfARunOfEditsDoesNotStopTheNextEditReachingMyLaptop)
{
    std::string id;
    {
        auto a = desktop.open(options);
        id = a->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Private, "", "first words"});
        ASSERT_TRUE(SyncFolder(desktop.folder).sync(*a).published);
    }
    SyncFolder(laptop.folder).sync(*laptop.open(options));
    const auto before = changeFilesIn(desktop.folder);
    {
        auto a = desktop.open(options);
        for (int i = 1; i <= 5; ++i) {
            a->updateEntry(id, "edit " + std::to_string(i));
        }
        ASSERT_TRUE(SyncFolder(desktop.folder).sync(*a).published);
    }
    // Sam removes the new file from the synced folder.
    int removed = 0;
    for (const auto& rel : changeFilesIn(desktop.folder)) {
        if (std::find(before.begin(), before.end(), rel) == before.end()) {
            std::filesystem::remove(desktop.folder / rel);
            ++removed;
        }
    }
    ASSERT_EQ(removed, 1);
    SyncFolder(laptop.folder).sync(*laptop.open(options));
    EXPECT_EQ(laptop.open(options)->entry(id).value().body, "first words") << "the laptop keeps what it had";
    {
        auto a = desktop.open(options);
        a->updateEntry(id, "the words after the deleted run");
        ASSERT_TRUE(SyncFolder(desktop.folder).sync(*a).published) << "the edit waited again after the publish";
        EXPECT_FALSE(SyncFolder(desktop.folder).sync(*a).published) << "and nothing waits after it";
    }
    auto l = laptop.open(options);
    SyncFolder(laptop.folder).sync(*l);
    const auto entry = laptop.open(options)->entry(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->body, "the words after the deleted run");
    EXPECT_EQ(l->verify(), "");
}
