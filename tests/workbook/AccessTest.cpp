// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawTable.h"
#include "WorkbookFixture.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"

#include <algorithm>

using namespace tw;
using namespace tw::test;
using workbook::Visibility;

TEST_F(CoupleFixture, PartnerCannotListOthersPrivateEntries)
{
    {
        auto a = alex();
        a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-alex-private"});
        a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "alex shared"});
    }
    auto s = sam();
    const auto seen = s->entries();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].body, "alex shared");
    for (const auto& e : s->entries({.exerciseId = "step1.impact-letter"})) {
        EXPECT_NE(e.body, "CANARY-alex-private");
    }
}

TEST_F(CoupleFixture, PartnerCannotFindOthersPrivateRowsEvenReadingTheTable)
{
    std::string privateId;
    {
        auto a = alex();
        privateId = a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-alex-private"});
    }
    // Sam, with Sam's own passphrase, opens the database directly as the sqlcipher tool would: Alex's
    // private row is not there at all (not its words, not its id, exercise or time).
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    EXPECT_TRUE(raw.rows.empty());
    EXPECT_FALSE(viewerCanRead(raw, "CANARY-alex-private"));
    // Her store does not open with any key Sam holds.
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    const auto* alexOwner = slots.findByName("Alex");
    for (const auto* key : {&raw.keys.personalKey, &raw.keys.coupleKey, &raw.keys.databaseKey}) {
        EXPECT_EQ(kindOf([&] {
            storage::Database db(
                dir / "private" / (alexOwner->id + ".db"), crypto::deriveSubkey(*key, 1, "twstore1"), {});
        }),
            ErrorKind::Damaged);
        EXPECT_EQ(kindOf([&] { storage::Database db(dir / "private" / (alexOwner->id + ".db"), *key, {}); }),
            ErrorKind::Damaged);
    }
    // Positive control: Alex's own key opens it and finds the row.
    auto own = openPrivateStore(dir.path(), "Alex", "alex passphrase");
    storage::Statement stmt(own, "SELECT body FROM entry WHERE id = ?1");
    stmt.bind(1, privateId);
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.text(0), "CANARY-alex-private");
}

TEST_F(CoupleFixture, RowsCannotBeSwappedBetweenRecords)
{
    std::string first, second;
    {
        auto a = alex();
        first = a->addEntry({"a", "answer", Visibility::Shared, "", "one"});
        second = a->addEntry({"b", "answer", Visibility::Shared, "", "two"});
    }
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    const auto keys = slots.unlock(slots.findByName("Sam")->id, crypto::SlotType::Passphrase, secret("sam passphrase"));
    {
        storage::Database db(dir / "workbook.db", keys.databaseKey, {});
        db.configureForWriting();
        db.exec(
            "UPDATE entry SET body = (SELECT body FROM entry WHERE id = '" + first + "') WHERE id = '" + second + "'");
    }
    // The moved body no longer matches Alex's signature: Sam's app leaves the row out and verify names it.
    {
        auto s = sam();
        const auto seen = s->entries();
        ASSERT_EQ(seen.size(), 1u);
        EXPECT_EQ(seen[0].id, first);
        EXPECT_NE(s->verify(), "");
    }
    // Alex's next unlock puts her own version back and tells her.
    {
        auto a = alex();
        ASSERT_EQ(a->notices().size(), 1u);
        EXPECT_EQ(a->notices()[0].kind, workbook::UnlockNotice::Kind::MyRowsChanged);
        EXPECT_EQ(a->notices()[0].count, 1);
    }
    auto s = sam();
    EXPECT_EQ(s->entries().size(), 2u);
    EXPECT_EQ(s->verify(), "");
}

TEST_F(CoupleFixture, NoCanaryAnywhereOnDisk)
{
    {
        auto a = alex();
        const auto id = a->addEntry({"x", "answer", Visibility::Private, "", "CANARY-one"});
        a->updateEntry(id, "CANARY-two");
        a->addEntry({"x", "answer", Visibility::Shared, "", "CANARY-three"});
        a->changePassphrase(secret("alex passphrase"), secret("CANARY-passphrase"));
        a->backup(dir / "backups" / "manual.twbackup");
        a->automaticBackup("test");
    }
    for (const char* canary : {"CANARY-one", "CANARY-two", "CANARY-three", "CANARY-passphrase", "alex passphrase"}) {
        EXPECT_FALSE(treeContains(dir.path(), canary)) << canary;
    }
}

TEST(PlaintextControl, SameScanFindsCanariesWithoutEncryption)
{
    TempDir dir;
    auto options = fastOptions();
    options.plaintextDatabaseForTests = true;
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Hurt, secret("robin pass"), {}});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
    // Row sealing still applies in this control; the metadata columns are what show up in clear.
    r->addEntry({"CANARY-exercise-id", "answer", Visibility::Private, "", "sealed"});
    r->lock();
    EXPECT_TRUE(treeContains(dir.path(), "CANARY-exercise-id"));
    EXPECT_TRUE(treeContains(dir.path(), "SQLite format 3"));
}

TEST_F(CoupleFixture, SharedBodyLengthsAreHiddenInBlocks)
{
    std::string shortId, longId, longerId;
    {
        auto a = alex();
        shortId = a->addEntry({"x", "answer", Visibility::Shared, "", "no"});
        longId = a->addEntry({"x", "answer", Visibility::Shared, "", std::string(200, 'w')});
        longerId = a->addEntry({"x", "answer", Visibility::Shared, "", std::string(300, 'w')});
    }
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    const auto keys = slots.unlock(slots.findByName("Sam")->id, crypto::SlotType::Passphrase, secret("sam passphrase"));
    storage::Database db(dir / "workbook.db", keys.databaseKey, {});
    auto sizeOf = [&](const std::string& id) {
        storage::Statement stmt(db, "SELECT length(body) FROM entry WHERE id = ?1");
        stmt.bind(1, id);
        EXPECT_TRUE(stmt.step());
        return stmt.integer(0);
    };
    EXPECT_EQ(sizeOf(shortId), sizeOf(longId)); // 2 and 200 characters look the same
    EXPECT_LT(sizeOf(longId), sizeOf(longerId)); // only the 256-byte block shows
    EXPECT_EQ(alex()->entry(longId)->body, std::string(200, 'w'));
}
