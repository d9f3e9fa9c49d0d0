// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

TEST_F(CoupleFixture, PartnerCannotDecryptOthersPrivateRowsEvenReadingTheTable)
{
    std::string privateId;
    {
        auto a = alex();
        privateId = a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-alex-private"});
    }
    // Sam, with Sam's own passphrase, opens the database directly as the sqlcipher tool would.
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    const auto samKeys
        = slots.unlock(slots.findByName("Sam")->id, crypto::SlotType::Passphrase, secret("sam passphrase"));
    storage::Database db(dir / "workbook.db", samKeys.databaseKey, {});
    storage::Statement stmt(db, "SELECT body FROM entry WHERE id = ?1");
    stmt.bind(1, privateId);
    ASSERT_TRUE(stmt.step());
    const auto body = stmt.blob(0);
    const std::string needle = "CANARY-alex-private";
    EXPECT_EQ(std::search(body.begin(), body.end(), needle.begin(), needle.end()), body.end());
    // No associated data Sam could guess opens it with either of Sam's keys.
    for (const auto* key : {&samKeys.personalKey, &samKeys.coupleKey}) {
        for (const std::string& ad : std::vector<std::string>{"", "trustwork-entry-v1|" + privateId}) {
            EXPECT_FALSE(crypto::open(*key, body, ad));
        }
    }
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
    EXPECT_EQ(kindOf([&] { (void)sam()->entries(); }), ErrorKind::Damaged);
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
    one.push_back({"Robin", workbook::Role::Hurt, secret("robin pass")});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
    // Row sealing still applies in this control; the metadata columns are what show up in clear.
    r->addEntry({"CANARY-exercise-id", "answer", Visibility::Private, "", "sealed"});
    r->lock();
    EXPECT_TRUE(treeContains(dir.path(), "CANARY-exercise-id"));
    EXPECT_TRUE(treeContains(dir.path(), "SQLite format 3"));
}

TEST_F(CoupleFixture, BodyLengthsAreHiddenInBlocks)
{
    std::string shortId, longId, longerId;
    {
        auto a = alex();
        shortId = a->addEntry({"x", "answer", Visibility::Private, "", "no"});
        longId = a->addEntry({"x", "answer", Visibility::Private, "", std::string(200, 'w')});
        longerId = a->addEntry({"x", "answer", Visibility::Private, "", std::string(300, 'w')});
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
