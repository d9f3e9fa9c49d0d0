// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two and three devices of one couple workbook through a synced folder (issue 20), with the real
// SQLCipher files, real keys and real change files; the "sync tool" is a copy between folders.
#include "SyncFixture.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/SafetyService.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::test;
using workbook::NewEntry;
using workbook::SyncFolder;
using workbook::Visibility;

namespace {

struct Sync : CoupleFixture {
    TempDir root;
    Device desktop{"desktop", "Alex", "alex passphrase", dir.path(), root.path() / "desktop-folder"};
    Device laptop{"laptop", "Alex", "alex passphrase", root.path() / "laptop-data", root.path() / "laptop-folder"};
    Device samPc{"sam", "Sam", "sam passphrase", root.path() / "sam-data", root.path() / "sam-folder"};

    void SetUp() override
    {
        CoupleFixture::SetUp();
        desktop.sync(options);
        copyMissing(desktop.folder, laptop.folder);
        copyMissing(desktop.folder, samPc.folder);
        SyncFolder(laptop.folder).join(laptop.dataDir, "Alex", secret("alex passphrase"), options);
        SyncFolder(samPc.folder).join(samPc.dataDir, "Sam", secret("sam passphrase"), options);
    }
    /** Everyone's files reach everyone, then each device syncs; three rounds, so merges of merges arrive. */
    void settle()
    {
        for (int round = 0; round < 3; ++round) {
            for (const Device* from : {&desktop, &laptop, &samPc}) {
                for (const Device* to : {&desktop, &laptop, &samPc}) {
                    if (from != to) {
                        copyMissing(from->folder, to->folder);
                    }
                }
            }
            for (const Device* d : {&desktop, &laptop, &samPc}) {
                const auto report = d->sync(options);
                EXPECT_TRUE(report.damaged.empty()) << d->name;
            }
        }
    }
    /** One private entry, synced everywhere, then edited on the desktop and the laptop before either syncs. */
    std::string editedOnBoth(const std::string& onDesktop, const std::string& onLaptop)
    {
        std::string id;
        {
            auto s = desktop.open(options);
            id = add(*s, "first words", Visibility::Private);
        }
        settle();
        desktop.open(options)->updateEntry(id, onDesktop);
        laptop.open(options)->updateEntry(id, onLaptop);
        settle();
        return id;
    }
    static std::string add(workbook::Session& s, const std::string& body, Visibility v)
    {
        return s.addEntry(NewEntry{"step1.impact-letter", "answer", v, "", body});
    }
};

} // namespace

TEST_F(Sync, PrivateAndSharedEntriesReachTheRightDevicesOnly)
{
    std::string privateId;
    std::string sharedId;
    {
        auto s = desktop.open(options);
        privateId = add(*s, "CANARY-alex-private-afraid", Visibility::Private);
        sharedId = add(*s, "alex shared words", Visibility::Shared);
    }
    settle();
    auto onLaptop = laptop.open(options);
    const auto mine = onLaptop->entry(privateId);
    ASSERT_TRUE(mine.has_value());
    EXPECT_EQ(mine->body, "CANARY-alex-private-afraid");
    auto sam = samPc.open(options);
    EXPECT_FALSE(sam->entry(privateId).has_value());
    const auto shared = sam->entry(sharedId);
    ASSERT_TRUE(shared.has_value());
    EXPECT_EQ(shared->body, "alex shared words");
    // Nothing on Sam's computer or in any folder holds Alex's private words in plain.
    EXPECT_FALSE(anyFileHolds(samPc.dataDir, "CANARY-alex-private"));
    EXPECT_FALSE(anyFileHolds(root.path(), "CANARY-alex-private"));
    EXPECT_EQ(dumpEntries(*onLaptop, onLaptop->me().id), dumpEntries(*desktop.open(options), onLaptop->me().id));
}

TEST_F(Sync, ImportingTheSameFilesAgainChangesNothing)
{
    {
        auto s = desktop.open(options);
        add(*s, "one", Visibility::Shared);
    }
    settle();
    auto before = [&] {
        auto s = samPc.open(options);
        return dumpEntries(*s, s->otherPartner()->id);
    }();
    // A second copy of the folder under other device folders' names is not ours; the same files again are no-ops.
    const auto report = samPc.sync(options);
    EXPECT_EQ(report.imported, 0);
    auto s = samPc.open(options);
    EXPECT_EQ(dumpEntries(*s, s->otherPartner()->id), before);
}

TEST_F(Sync, ConcurrentEditsOnTwoOfMyDevicesKeepBothVersions)
{
    const std::string id = editedOnBoth("edited on the desktop", "edited on the laptop");
    auto a = desktop.open(options);
    auto b = laptop.open(options);
    EXPECT_EQ(a->entry(id)->body, b->entry(id)->body);
    const auto others = SyncFolder::entriesWithOtherVersions(*a);
    const auto othersB = SyncFolder::entriesWithOtherVersions(*b);
    EXPECT_TRUE(std::find(others.begin(), others.end(), id) != others.end()
        || std::find(othersB.begin(), othersB.end(), id) != othersB.end())
        << "the losing edit must be kept as another version";
    // On the device that kept the other version: "keep both" makes it an entry of its own.
    auto& holder = std::find(others.begin(), others.end(), id) != others.end() ? a : b;
    const auto versions = SyncFolder::otherVersions(*holder, id);
    ASSERT_EQ(versions.size(), 1u);
    const std::string shown = holder->entry(id)->body;
    EXPECT_NE(versions[0].body, shown);
    EXPECT_TRUE((shown == "edited on the desktop" && versions[0].body == "edited on the laptop")
        || (shown == "edited on the laptop" && versions[0].body == "edited on the desktop"));
    SyncFolder::resolve(*holder, id, workbook::Resolution::KeepBoth);
    EXPECT_TRUE(SyncFolder::otherVersions(*holder, id).empty());
    int withEither = 0;
    for (const auto& e : holder->entries()) {
        withEither += (e.body == "edited on the desktop" || e.body == "edited on the laptop") ? 1 : 0;
    }
    EXPECT_EQ(withEither, 2) << "both texts are entries now";
}

TEST_F(Sync, UsingTheOtherVersionIsAnEditThatReachesMyOtherDevice)
{
    const std::string id = editedOnBoth("desktop text", "laptop text");
    for (const Device* d : {&desktop, &laptop}) {
        auto s = d->open(options);
        const auto versions = SyncFolder::otherVersions(*s, id);
        if (!versions.empty()) {
            const std::string other = versions.back().body;
            SyncFolder::resolve(*s, id, workbook::Resolution::UseOther);
            EXPECT_EQ(s->entry(id)->body, other);
        }
    }
    settle();
    auto a = desktop.open(options);
    auto b = laptop.open(options);
    EXPECT_EQ(a->entry(id)->body, b->entry(id)->body);
}

TEST_F(Sync, PrivateWinsOverSharedAndDeletionWinsOverEdit)
{
    std::string shared;
    std::string doomed;
    {
        auto s = desktop.open(options);
        shared = add(*s, "shared at first", Visibility::Shared);
        doomed = add(*s, "to be deleted", Visibility::Private);
    }
    settle();
    {
        auto s = desktop.open(options);
        s->setVisibility(shared, Visibility::Private);
        s->deleteEntry(doomed);
    }
    {
        auto s = laptop.open(options);
        s->updateEntry(shared, "edited while still shared");
        s->updateEntry(doomed, "edited while deleted elsewhere");
    }
    settle();
    for (const Device* d : {&desktop, &laptop}) {
        auto s = d->open(options);
        ASSERT_TRUE(s->entry(shared).has_value()) << d->name;
        EXPECT_EQ(s->entry(shared)->visibility, Visibility::Private) << d->name;
        EXPECT_FALSE(s->entry(doomed).has_value()) << d->name;
    }
    auto sam = samPc.open(options);
    EXPECT_FALSE(sam->entry(shared).has_value());
}

TEST_F(Sync, APassphraseChangeReachesMyOtherDeviceAndAnOldSlotPlantedBackIsIgnored)
{
    const auto oldFiles = changeFilesIn(laptop.folder);
    ASSERT_FALSE(oldFiles.empty());
    {
        auto s = laptop.open(options);
        (void)s->changePassphrase(secret("alex passphrase"), secret("new alex passphrase"));
    }
    laptop.passphrase = "new alex passphrase";
    laptop.sync(options);
    copyMissing(laptop.folder, desktop.folder);
    const auto report = desktop.sync(options);
    EXPECT_TRUE(report.passphraseChangedElsewhere)
        << report.imported << " imported, " << report.damaged.size() << " damaged";
    EXPECT_EQ(kindOf([&] { (void)desktop.open(options); }), ErrorKind::WrongSecret);
    desktop.passphrase = "new alex passphrase";
    {
        auto s = desktop.open(options);
        const auto again = SyncFolder(desktop.folder).sync(*s);
        EXPECT_FALSE(again.passphraseChangedElsewhere);
    }
    // An old change file (with the old slot) copied back under a new name is refused or ignored.
    const auto oldBytes = readBytes(desktop.folder / oldFiles.front());
    const auto planted = desktop.folder / oldFiles.front().parent_path() / "9999999999-0000000000000000.twchange";
    writeBytes(planted, oldBytes);
    desktop.sync(options);
    desktop.passphrase = "alex passphrase";
    EXPECT_EQ(kindOf([&] { (void)desktop.open(options); }), ErrorKind::WrongSecret);
}

TEST_F(Sync, AClonedComputerTakesANewDeviceId)
{
    TempDir cloneRoot;
    Device clone{"clone", "Alex", "alex passphrase", cloneRoot.path() / "data", cloneRoot.path() / "folder"};
    std::filesystem::copy(desktop.dataDir, clone.dataDir, std::filesystem::copy_options::recursive);
    std::filesystem::copy(desktop.folder, clone.folder, std::filesystem::copy_options::recursive);
    {
        auto s = clone.open(options);
        add(*s, "written on the clone", Visibility::Private);
    }
    {
        auto s = desktop.open(options);
        add(*s, "written on the original", Visibility::Private);
    }
    clone.sync(options);
    desktop.sync(options);
    copyMissing(clone.folder, desktop.folder);
    copyMissing(desktop.folder, clone.folder);
    const auto a = desktop.sync(options);
    const auto b = clone.sync(options);
    EXPECT_TRUE(a.tookNewDeviceId || b.tookNewDeviceId);
    EXPECT_NE(a.deviceId, b.deviceId);
    copyMissing(clone.folder, desktop.folder);
    copyMissing(desktop.folder, clone.folder);
    desktop.sync(options);
    clone.sync(options);
    auto x = desktop.open(options);
    auto y = clone.open(options);
    EXPECT_EQ(dumpEntries(*x, x->me().id), dumpEntries(*y, y->me().id));
}

TEST_F(Sync, ARemovedDevicesLaterFilesAreIgnored)
{
    std::string laptopId;
    {
        auto s = laptop.open(options);
        for (const auto& d : SyncFolder::devices(*s)) {
            if (d.thisDevice) {
                laptopId = d.id;
            }
        }
    }
    ASSERT_FALSE(laptopId.empty());
    settle();
    {
        auto s = desktop.open(options);
        SyncFolder::removeDevice(*s, laptopId);
        SyncFolder(desktop.folder).sync(*s);
    }
    std::string id;
    {
        auto s = laptop.open(options);
        id = add(*s, "from a removed laptop", Visibility::Shared);
    }
    laptop.sync(options);
    copyMissing(laptop.folder, samPc.folder);
    copyMissing(desktop.folder, samPc.folder);
    const auto report = samPc.sync(options);
    EXPECT_GE(report.ignored, 1);
    auto s = samPc.open(options);
    EXPECT_FALSE(s->entry(id).has_value());
}

TEST_F(Sync, AWorkbookInsideASyncToolsFolderIsRefused)
{
    TempDir managed;
    std::filesystem::create_directories(managed.path() / ".stfolder");
    std::filesystem::create_directories(managed.path() / "inner");
    EXPECT_EQ(
        kindOf([&] { SyncFolder::refuseManagedDataDir(managed.path() / "inner" / "workbook"); }), ErrorKind::Usage);
    EXPECT_NO_THROW(SyncFolder::refuseManagedDataDir(root.path() / "elsewhere"));
    // The workbook itself: made elsewhere, then moved into a Syncthing folder, it no longer opens
    // (and nothing was written to it); creating one there is refused too.
    std::filesystem::rename(dir.path(), managed.path() / "inner" / "moved");
    EXPECT_EQ(kindOf([&] {
        (void)workbook::Workbook::unlock(
            managed.path() / "inner" / "moved", "Alex", secret("alex passphrase"), options);
    }),
        ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] {
        std::vector<workbook::NewPartner> solo;
        solo.push_back({"Robin", workbook::Role::Mutual, secret("robin passphrase"), {}});
        workbook::Workbook::create(managed.path() / "inner" / "new", std::move(solo), options);
    }),
        ErrorKind::Usage);
    std::filesystem::rename(managed.path() / "inner" / "moved", dir.path());
}

TEST_F(Sync, AFolderThatIsNotASyncFolderIsNamedAsSuch)
{
    TempDir other;
    writeBytes(other.path() / "holiday.jpg", {1, 2, 3});
    auto s = desktop.open(options);
    EXPECT_EQ(kindOf([&] { SyncFolder(other.path()).sync(*s); }), ErrorKind::InvalidInput);
    TempDir empty;
    EXPECT_EQ(
        kindOf([&] { SyncFolder(empty.path()).join(root.path() / "new", "Alex", secret("alex passphrase"), options); }),
        ErrorKind::InvalidInput);
}

TEST_F(Sync, JoiningWithAWrongPassphraseOrNameSaysWhich)
{
    EXPECT_EQ(kindOf([&] { SyncFolder(desktop.folder).join(root.path() / "x", "Alex", secret("not it"), options); }),
        ErrorKind::WrongSecret);
    EXPECT_EQ(kindOf([&] {
        SyncFolder(desktop.folder).join(root.path() / "y", "Robin", secret("alex passphrase"), options);
    }),
        ErrorKind::NotFound);
}

TEST_F(Sync, OnePerPartnerRowsWrittenOnTwoOfflineDevicesMergeIntoOne)
{
    {
        auto s = desktop.open(options);
        workbook::SafetyService(*s).record({}, {});
    }
    {
        auto s = laptop.open(options);
        workbook::SafetyService(*s).record({"item-a"}, {});
    }
    settle();
    for (const Device* d : {&desktop, &laptop}) {
        auto s = d->open(options);
        const auto rows = s->entries({.exerciseId = workbook::SafetyService::kExerciseId,
            .kind = workbook::SafetyService::kKind,
            .authorId = s->me().id});
        EXPECT_EQ(rows.size(), 1u) << d->name << ": one safety check, however many devices answered it";
        EXPECT_TRUE(workbook::SafetyService(*s).hasAnswered());
    }
}

TEST_F(Sync, AFolderThatIsGoneIsSaidSoAndNotStartedAgain)
{
    std::filesystem::rename(desktop.folder, root.path() / "unplugged");
    auto s = desktop.open(options);
    EXPECT_EQ(kindOf([&] { SyncFolder(desktop.folder).sync(*s); }), ErrorKind::Io);
    EXPECT_FALSE(std::filesystem::exists(desktop.folder)) << "no empty folder was made in its place";
    std::filesystem::rename(root.path() / "unplugged", desktop.folder);
    EXPECT_NO_THROW(SyncFolder(desktop.folder).sync(*s));
}

TEST_F(Sync, AFolderOfANewerFormatIsLeftAsItIs)
{
    const auto format = desktop.folder / SyncFolder::kFormatFile;
    std::string text = R"({"format": 9, "workbook": "x"})";
    writeBytes(format, std::vector<std::uint8_t>(text.begin(), text.end()));
    const auto before = changeFilesIn(desktop.folder);
    auto s = desktop.open(options);
    s->addEntry(NewEntry{"step1.impact-letter", "answer", Visibility::Private, "", "not published"});
    EXPECT_EQ(kindOf([&] { SyncFolder(desktop.folder).sync(*s); }), ErrorKind::NewerVersion);
    EXPECT_EQ(changeFilesIn(desktop.folder), before);
}

TEST_F(Sync, AJoinThatStoppedHalfwayCanBeDoneAgain)
{
    const auto tablet = root.path() / "tablet";
    // What a join that stopped before writing the key file leaves: a database and a private folder.
    std::filesystem::create_directories(tablet / "private");
    writeBytes(tablet / "workbook.db", {'h', 'a', 'l', 'f'});
    writeBytes(tablet / "private" / "leftover.db", {'x'});
    auto s = SyncFolder(desktop.folder).join(tablet, "Alex", secret("alex passphrase"), options);
    ASSERT_NE(s, nullptr);
    EXPECT_FALSE(std::filesystem::exists(tablet / "private" / "leftover.db"));
    EXPECT_EQ(s->me().name, "Alex");
}

// A join tells how far it has come (the window's progress bar reads it): from 0 of N, one step per
// change file, ending at N of N, where N is every file in the folder the new device had not seen.
TEST_F(Sync, AJoinReportsItsProgressFileByFile)
{
    {
        auto s = desktop.open(options);
        for (int i = 0; i < 3; ++i) {
            add(*s, "entry " + std::to_string(i), Visibility::Private);
            SyncFolder(desktop.folder).sync(*s);
        }
    }
    std::size_t files = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(desktop.folder)) {
        files += e.path().extension() == ".twchange" ? 1U : 0U;
    }
    ASSERT_GE(files, 4U);
    std::vector<std::pair<std::size_t, std::size_t>> seen;
    SyncFolder folder(desktop.folder);
    folder.setProgress([&](std::size_t done, std::size_t total) { seen.emplace_back(done, total); });
    auto s = folder.join(root.path() / "tablet", "Alex", secret("alex passphrase"), options);
    ASSERT_NE(s, nullptr);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.front().first, 0U);
    EXPECT_EQ(seen.back().first, seen.back().second);
    EXPECT_EQ(seen.back().second, files);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        EXPECT_EQ(seen[i].first, seen[i - 1].first + 1) << "one step per file";
        EXPECT_EQ(seen[i].second, files);
    }
}

// An entry edited again and again between two publishes waits in the outbox once (an autosave
// writes no outbox page once its entry is waiting): its last words travel, in one change file,
// beside entries added in between; an edit after the publish waits and travels again; a sync with
// nothing waiting publishes nothing.
TEST_F(Sync, EditsWaitingToBePublishedTravelOnceWithTheirLastWordsAndAgainAfterALaterEdit)
{
    const auto bodyOf = [](workbook::Session& s, const std::string& id) {
        const auto e = s.entry(id);
        return e ? e->body : std::string("(not there)");
    };
    std::string first;
    std::string shared;
    std::string later;
    {
        auto s = desktop.open(options);
        first = add(*s, "draft 0", Visibility::Private);
        shared = add(*s, "shared draft 0", Visibility::Shared);
        for (int i = 1; i <= 20; ++i) {
            s->updateEntry(first, "draft " + std::to_string(i));
            s->updateEntry(shared, "shared draft " + std::to_string(i));
        }
        later = add(*s, "added after the edits", Visibility::Shared);
        s->updateEntry(first, "last words before the first publish");
    }
    const auto before = changeFilesIn(desktop.folder).size();
    ASSERT_TRUE(desktop.sync(options).published);
    EXPECT_EQ(changeFilesIn(desktop.folder).size(), before + 1);
    EXPECT_FALSE(desktop.sync(options).published) << "nothing waits after a publish";
    EXPECT_EQ(changeFilesIn(desktop.folder).size(), before + 1);
    settle();
    EXPECT_EQ(bodyOf(*laptop.open(options), first), "last words before the first publish");
    {
        auto sam = samPc.open(options);
        EXPECT_EQ(bodyOf(*sam, shared), "shared draft 20");
        EXPECT_EQ(bodyOf(*sam, later), "added after the edits");
        EXPECT_FALSE(sam->entry(first).has_value());
    }

    // After the publish the outbox is empty; the next edit of the same entry must wait again.
    desktop.open(options)->updateEntry(shared, "shared words after the publish");
    const auto afterFirst = changeFilesIn(desktop.folder).size();
    ASSERT_TRUE(desktop.sync(options).published);
    EXPECT_EQ(changeFilesIn(desktop.folder).size(), afterFirst + 1);
    settle();
    EXPECT_EQ(bodyOf(*samPc.open(options), shared), "shared words after the publish");
    EXPECT_EQ(bodyOf(*laptop.open(options), shared), "shared words after the publish");
}
