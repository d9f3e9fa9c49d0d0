// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessIo.h"
#include "RawTable.h"
#include "WorkbookFixture.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"

using namespace tw;
using namespace tw::test;
using workbook::Visibility;

TEST_F(CoupleFixture, CreateGivesOneRecoveryCodeEach)
{
    ASSERT_EQ(codes.size(), 2u);
    EXPECT_EQ(codes[0].partnerName, "Alex");
    EXPECT_FALSE(codes[0].code.equals(codes[1].code));
    const auto info = workbook::Workbook::info(dir.path());
    EXPECT_EQ(info.names, (std::vector<std::string>{"Alex", "Sam"}));
    EXPECT_FALSE(storage::sqlcipherLibraryVersion().empty());
}

TEST_F(CoupleFixture, CreateRefusesToOverwrite)
{
    std::vector<workbook::NewPartner> partners;
    partners.push_back({"Kim", workbook::Role::Mutual, secret("x")});
    EXPECT_EQ(kindOf([&] { workbook::Workbook::create(dir.path(), std::move(partners), options); }), ErrorKind::Usage);
    EXPECT_NO_THROW(alex());
}

TEST_F(CoupleFixture, AddEditShareAndList)
{
    auto a = alex();
    const auto id = a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "first draft"});
    a->updateEntry(id, "second draft");
    auto list = a->entries({.exerciseId = "step1.impact-letter"});
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].body, "second draft");
    EXPECT_EQ(list[0].authorId, a->me().id);
    a->setVisibility(id, Visibility::Shared);
    a->lock();
    auto s = sam();
    auto shared = s->entries();
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_EQ(shared[0].body, "second draft");
    EXPECT_EQ(kindOf([&] { s->updateEntry(id, "not mine"); }), ErrorKind::NotFound);
}

TEST_F(CoupleFixture, StopSharingHidesFromNowOn)
{
    auto a = alex();
    const auto id = a->addEntry({"x", "answer", Visibility::Shared, "", "shared for now"});
    EXPECT_EQ(sam()->entries().size(), 1u);
    a->setVisibility(id, Visibility::Private);
    EXPECT_EQ(sam()->entries().size(), 0u);
    EXPECT_EQ(a->entries().size(), 1u);
}

TEST_F(CoupleFixture, DeleteLeavesTombstoneWithoutText)
{
    auto a = alex();
    const auto id = a->addEntry({"x", "answer", Visibility::Private, "", "CANARY-deleted"});
    a->deleteEntry(id);
    EXPECT_TRUE(a->entries().empty());
    EXPECT_FALSE(a->entry(id));
}

TEST_F(CoupleFixture, OneEntryByIdOnlyWhenThisPartnerMayReadIt)
{
    std::string mine, shared, theirs;
    {
        auto a = alex();
        for (int i = 0; i < 5; ++i) {
            a->addEntry({"x", "answer", Visibility::Private, "", "other row " + std::to_string(i)});
        }
        mine = a->addEntry({"x", "answer", Visibility::Private, "", "alex private"});
        shared = a->addEntry({"x", "answer", Visibility::Shared, "", "alex shared"});
    }
    {
        auto s = sam();
        theirs = s->addEntry({"x", "answer", Visibility::Private, "", "CANARY-sam-private"});
        ASSERT_TRUE(s->entry(shared));
        EXPECT_EQ(s->entry(shared)->body, "alex shared");
        EXPECT_FALSE(s->entry(mine)); // Alex's private row, same exercise
        EXPECT_EQ(kindOf([&] { s->updateEntry(shared, "changed by Sam"); }), ErrorKind::NotFound);
    }
    auto a = alex();
    ASSERT_TRUE(a->entry(mine));
    EXPECT_EQ(a->entry(mine)->body, "alex private");
    EXPECT_EQ(a->entry(mine)->exerciseId, "x");
    EXPECT_FALSE(a->entry(theirs));
    EXPECT_FALSE(a->entry("no-such-id"));
    a->updateEntry(mine, "alex private, edited");
    EXPECT_EQ(a->entry(mine)->body, "alex private, edited");
    EXPECT_EQ(a->entry(shared)->body, "alex shared");
}

TEST_F(CoupleFixture, LockWipesAndRefusesWork)
{
    auto a = alex();
    a->lock();
    EXPECT_TRUE(a->isLocked());
    EXPECT_EQ(kindOf([&] { (void)a->entries(); }), ErrorKind::Usage);
}

TEST_F(CoupleFixture, WrongPassphraseAndUnknownName)
{
    EXPECT_EQ(kindOf([&] { workbook::Workbook::unlock(dir.path(), "Alex", secret("wrong"), options); }),
        ErrorKind::WrongSecret);
    EXPECT_EQ(
        kindOf([&] { workbook::Workbook::unlock(dir.path(), "Nobody", secret("x"), options); }), ErrorKind::NotFound);
}

TEST_F(CoupleFixture, PassphraseChangeRotatesMyKeysOnly)
{
    const auto samSlotBefore
        = crypto::KeySlotFile::load(dir / "workbook.keys").findByName("Sam")->keySlots.front().sealed;
    {
        auto a = alex();
        a->addEntry({"x", "answer", Visibility::Private, "", "kept"});
        EXPECT_EQ(kindOf([&] { a->changePassphrase(secret("bad old"), secret("new one")); }), ErrorKind::WrongSecret);
        EXPECT_EQ(a->keyVersion(), 1u);
        const auto newCode = a->changePassphrase(secret("alex passphrase"), secret("new one"));
        EXPECT_FALSE(newCode.empty());
        EXPECT_EQ(a->keyVersion(), 2u);
        // The old recovery code went with the old keys.
        crypto::SecretBytes ignored;
        EXPECT_EQ(kindOf([&] {
            workbook::Workbook::recover(dir.path(), "Alex", codes[0].code, secret("z"), ignored, options);
        }),
            ErrorKind::WrongSecret);
    }
    EXPECT_EQ(
        crypto::KeySlotFile::load(dir / "workbook.keys").findByName("Sam")->keySlots.front().sealed, samSlotBefore);
    EXPECT_EQ(kindOf([&] { alex(); }), ErrorKind::WrongSecret);
    auto a = workbook::Workbook::unlock(dir.path(), "Alex", secret("new one"), options);
    ASSERT_EQ(a->entries().size(), 1u);
    EXPECT_EQ(a->entries()[0].body, "kept");
    EXPECT_NO_THROW(sam()); // Sam's slot untouched
}

TEST_F(CoupleFixture, RecoveryCodeSetsPassphraseAndIsReplaced)
{
    {
        auto a = alex();
        a->addEntry({"x", "answer", Visibility::Private, "", "still here"});
    }
    crypto::SecretBytes fresh;
    // Typed in lower case with spaces: still accepted.
    std::string typed(codes[0].code.view());
    for (auto& c : typed) {
        c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    auto a = workbook::Workbook::recover(
        dir.path(), "Alex", secret(typed.c_str()), secret("after recovery"), fresh, options);
    EXPECT_EQ(a->entries().at(0).body, "still here");
    EXPECT_FALSE(fresh.equals(codes[0].code));
    a->lock();
    crypto::SecretBytes again;
    EXPECT_EQ(
        kindOf([&] { workbook::Workbook::recover(dir.path(), "Alex", codes[0].code, secret("x"), again, options); }),
        ErrorKind::WrongSecret);
    EXPECT_NO_THROW(workbook::Workbook::recover(dir.path(), "Alex", fresh, secret("y"), again, options));
    EXPECT_NO_THROW(workbook::Workbook::unlock(dir.path(), "Alex", secret("y"), options));
}

TEST(Solo, SecondPartnerJoinsWithoutSeeingEarlierPrivateEntries)
{
    TempDir dir;
    auto options = fastOptions();
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Hurt, secret("robin pass")});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    std::string sharedId;
    {
        auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
        EXPECT_TRUE(r->isSolo());
        r->addEntry({"solo.in-my-control", "answer", Visibility::Private, "", "CANARY-solo-private"});
        sharedId = r->addEntry({"solo.welcome", "answer", Visibility::Shared, "", "hello when you join"});
        r->addPartner({"Jo", workbook::Role::Involved, secret("jo pass"), {}});
        EXPECT_FALSE(r->isSolo());
        EXPECT_EQ(kindOf([&] { r->addPartner({"Third", workbook::Role::Mutual, secret("t")}); }), ErrorKind::Usage);
    }
    auto jo = workbook::Workbook::unlock(dir.path(), "Jo", secret("jo pass"), options);
    const auto seen = jo->entries();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].id, sharedId);
    auto robin = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
    EXPECT_EQ(robin->entries().size(), 2u);
    EXPECT_EQ(robin->partners().size(), 2u);
}

// The row clock is caught up with the author's newest row before their first write after unlock
// (not during unlock, which must stay fast): a wall clock that went back a day must not produce a
// clock value below one already stored, or a later merge would let the older text win.
TEST_F(CoupleFixture, RowClockKeepsRisingAfterReopenWhenTheWallClockGoesBack)
{
    std::int64_t now = 1'900'000'000'000;
    options.now = [&] { return now; };
    const auto first = alex()->addEntry({"x", "answer", Visibility::Private, "", "before"});
    now -= 86'400'000;
    const auto second = alex()->addEntry({"x", "answer", Visibility::Private, "", "after"});

    // Private rows live in Alex's private store, which only her keys open.
    storage::Database db = openPrivateStore(dir.path(), "Alex", "alex passphrase");
    const auto hlcOf = [&](const std::string& id) {
        storage::Statement stmt(db, "SELECT hlc FROM entry WHERE id = ?1");
        stmt.bind(1, id);
        EXPECT_TRUE(stmt.step());
        return stmt.text(0);
    };
    EXPECT_GT(hlcOf(second), hlcOf(first));
}

// Issue 21: an autosave's commit wrote the row's page and a page of an index of clock stamps. The
// newest stamp now lives in a meta row raised with a minute's headroom, so autosaves within that
// minute write one page (a WAL frame: the page and its 24-byte header), and the first after it two.
TEST_F(CoupleFixture, AnAutosaveWritesOnlyItsRowsPageUntilTheClockPassesTheKeptStamp)
{
    std::int64_t now = 1'900'000'000'000;
    options.now = [&] { return now; };
    auto a = alex();
    const auto id = a->addEntry({"x", "answer", Visibility::Private, "", "CANARY-first words"});
    const long long frame = crypto::KeySlotFile::load(dir.path() / "workbook.keys").database.cipherPageSize + 24;
    const auto autosave = [&](const std::string& body) {
        const long long before = tw::test::bytesWrittenByThisProcess();
        a->updateEntry(id, body);
        return tw::test::bytesWrittenByThisProcess() - before;
    };
    for (int i = 0; i < 5; ++i) {
        now += 7'000;
        EXPECT_EQ(autosave("CANARY-words, typed " + std::to_string(i)), frame) << "autosave " << i;
    }
    now += 61'000;
    EXPECT_EQ(autosave("CANARY-words a minute later"), 2 * frame);
    EXPECT_EQ(autosave("CANARY-words a minute later, and more"), frame);
    a->lock();
    EXPECT_EQ(alex()->entry(id)->body, "CANARY-words a minute later, and more");
}

// Issue 21: the unlock check compares each published row by a digest of all its columns. A store
// from before kept a digest of the signature only; its first unlock with digests of whole rows
// finds every row unchanged (no false alarm), and writes the new digests so later unlocks compare
// digests alone.
TEST_F(CoupleFixture, DigestsOfAnEarlierFormAreRecognisedAndReplacedWithoutAnAlarm)
{
    for (int i = 0; i < 3; ++i) {
        alex()->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "shared " + std::to_string(i)});
    }
    const auto digests = [&] {
        storage::Database db = openPrivateStore(dir.path(), "Alex", "alex passphrase");
        storage::Statement stmt(db, "SELECT hex(digest) FROM published ORDER BY id");
        std::vector<std::string> out;
        while (stmt.step()) {
            out.push_back(stmt.text(0));
        }
        return out;
    };
    const auto current = digests();
    ASSERT_EQ(current.size(), 3U);
    {
        storage::Database db = openPrivateStore(dir.path(), "Alex", "alex passphrase");
        db.exec("UPDATE published SET digest = zeroblob(32)");
        // A store of that version had no stamp of the shared file either (issue 21, sixth round).
        db.exec("DELETE FROM meta WHERE key = 'checked_shared_file'");
    }
    {
        auto a = alex();
        EXPECT_TRUE(a->readMyRowsAtUnlock());
        for (const auto& n : a->notices()) {
            EXPECT_NE(n.kind, workbook::UnlockNotice::Kind::MyRowsChanged);
        }
    }
    EXPECT_EQ(digests(), current) << "the digests of whole rows are back";
    auto again = alex();
    for (const auto& n : again->notices()) {
        EXPECT_NE(n.kind, workbook::UnlockNotice::Kind::MyRowsChanged);
    }
}

// An autosave starts from the row this window last wrote without reading it back (PrivateStore
// remembers it), so a change made meanwhile in a second window of the same partner must still be
// the starting point here: a stale row would take back her "stop sharing" or bring back a deletion.
TEST_F(CoupleFixture, AnAutosaveBuildsOnWhatAnotherWindowOfMineWroteMeanwhile)
{
    auto first = alex();
    const auto shared = first->addEntry({"x", "answer", Visibility::Shared, "", "shared at first"});
    const auto gone = first->addEntry({"x", "answer", Visibility::Private, "", "CANARY-deleted elsewhere"});
    auto second = alex();

    // Each row is the one this window wrote last when the other window changes it.
    first->updateEntry(gone, "CANARY-deleted elsewhere, typed again");
    second->deleteEntry(gone);
    EXPECT_EQ(kindOf([&] { first->updateEntry(gone, "CANARY-brought back"); }), ErrorKind::NotFound);

    first->updateEntry(shared, "typed in the first window");
    second->setVisibility(shared, Visibility::Private);
    first->updateEntry(shared, "typed in the first window, later");
    EXPECT_EQ(first->entry(shared)->visibility, Visibility::Private);
    first->lock();
    second->lock();
    EXPECT_TRUE(sam()->entries().empty());
    auto again = alex();
    EXPECT_FALSE(again->entry(gone));
    EXPECT_EQ(again->entry(shared)->body, "typed in the first window, later");
}

// The same within one window: publishing writes the row by another path than an autosave (it
// clears the "not yet published" mark), and the next read must see that, not the remembered row.
TEST_F(CoupleFixture, AWriteByAnotherPathInThisWindowIsSeenByTheNextAutosave)
{
    auto a = alex();
    const auto id = a->addEntry({"x", "answer", Visibility::Shared, "", "shared"});
    a->updateEntry(id, "changed, published later", workbook::Publish::Later);
    EXPECT_TRUE(a->hasUnpublishedChanges(id));
    a->publish(id);
    EXPECT_FALSE(a->hasUnpublishedChanges(id));
    a->updateEntry(id, "changed again, published at once");
    EXPECT_FALSE(a->hasUnpublishedChanges(id));
    a->lock();
    const auto seen = sam()->entries();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].body, "changed again, published at once");
}
