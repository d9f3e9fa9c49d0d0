// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Migrations.h"

#include "TempDir.h"
#include "tw/base/Error.h"
#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"

#include <gtest/gtest.h>

using namespace tw::storage;
using tw::crypto::SecretBytes;

namespace {

bool hasTable(Database& db, const std::string& name)
{
    return db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'") == 1;
}

} // namespace

TEST(Migrations, NumberedWithoutGaps)
{
    int expected = 1;
    for (const auto& m : migrations()) {
        EXPECT_EQ(m.version, expected++);
        EXPECT_FALSE(m.statements.empty());
    }
}

TEST(Migrations, EachStepInTurn)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), {.create = true});
    db.configureForWriting();
    EXPECT_EQ(schemaVersion(db), 0);
    migrate(db, {}, 1);
    EXPECT_EQ(schemaVersion(db), 1);
    EXPECT_TRUE(hasTable(db, "partner"));
    EXPECT_FALSE(hasTable(db, "entry"));
    db.exec("INSERT INTO partner VALUES ('p1', 'Alex', 'hurt', 1, 0, '0')");
    int backups = 0;
    migrate(db, [&](int from, int to) {
        ++backups;
        EXPECT_EQ(from, 1);
        EXPECT_EQ(to, latestSchemaVersion());
    });
    EXPECT_EQ(backups, 1);
    EXPECT_EQ(schemaVersion(db), latestSchemaVersion());
    EXPECT_TRUE(hasTable(db, "entry"));
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM partner"), 1); // data survives each step
    migrate(db, [&](int, int) { ++backups; });
    EXPECT_EQ(backups, 1); // nothing to do, no backup
}

TEST(Migrations, FreshDatabaseNeedsNoBackup)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), {.create = true});
    bool called = false;
    migrate(db, [&](int, int) { called = true; });
    EXPECT_FALSE(called);
}

TEST(Migrations, FailedStepRollsBackWhole)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), {.create = true});
    migrate(db, {}, 1);
    db.exec("CREATE TABLE entry (x)"); // makes step 2 fail half-way
    EXPECT_THROW(migrate(db), tw::Error);
    EXPECT_EQ(schemaVersion(db), 1);
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'entry_by_exercise'"), 0);
}

TEST(Migrations, NewerSchemaRefused)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), {.create = true});
    db.exec("PRAGMA user_version = 999");
    try {
        migrate(db);
        FAIL();
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::NewerVersion);
    }
}

namespace {

/** @brief What SQLite would do for @p sql: the detail column of EXPLAIN QUERY PLAN, one line per step. */
std::string planOf(Database& db, const char* sql)
{
    std::string plan;
    Statement stmt(db, std::string("EXPLAIN QUERY PLAN ") + sql);
    while (stmt.step()) {
        plan += stmt.text(3) + "\n";
    }
    return plan;
}

} // namespace

// Unlocking reads the newest clock value of one author, and Home asks per exercise whether a mark
// of one kind exists; at ten years of use both once read every page of the file.
TEST(Migrations, UnlockQueriesAreIndexProbes)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), {.create = true});
    migrate(db);
    const auto newest = planOf(db, "SELECT max(hlc) FROM entry WHERE author = 'p1'");
    EXPECT_NE(newest.find("COVERING INDEX entry_by_author"), std::string::npos) << newest;
    const auto mark = planOf(db,
        "SELECT 1 FROM entry WHERE author = 'p1' AND exercise_id = 'x' AND kind = 'done' "
        "AND deleted = 0 LIMIT 1");
    EXPECT_NE(mark.find("entry_by_exercise_kind (exercise_id=? AND author=? AND kind=?)"), std::string::npos) << mark;
    // Home's stamp of the agreement rows (SharedStore::rowsStamp): the exercise's part of the index
    // and the rowid it holds, no row read.
    const auto stamp = planOf(db,
        "SELECT count(*), max(rowid), total(rowid) FROM entry WHERE exercise_id = 'x' "
        "AND kind IN ('agreement-item', 'agreement-accept')");
    EXPECT_NE(stamp.find("COVERING INDEX entry_by_exercise_kind (exercise_id=?)"), std::string::npos) << stamp;
}

TEST(Migrations, PrivateStoreUnlockQueriesAreIndexReads)
{
    // What a partner's unlock and Home ask their private store at ten years (issue 21): each must be
    // answered from an index, not by reading every entry or every published record.
    tw::test::TempDir dir;
    Database db(dir / "private.db", SecretBytes::random(32), {.create = true});
    migrateWith(db, privateStoreMigrations());
    // The newest clock stamp is one meta row (PrivateStore::newestHlc), not a max over the entries.
    const auto newest = planOf(db, "SELECT value FROM meta WHERE key = 'hlc_ceiling'");
    EXPECT_NE(newest.find("USING INDEX sqlite_autoindex_meta_1 (key=?)"), std::string::npos) << newest;
    const auto digests = planOf(db, "SELECT id, digest FROM published");
    EXPECT_NE(digests.find("COVERING INDEX published_digest"), std::string::npos) << digests;
    // The safety check's one answer, as PrivateStore::entries() asks for it (also newest first).
    for (const char* order : {"ORDER BY created_at, id", "ORDER BY created_at DESC, id DESC LIMIT 1"}) {
        const std::string sql
            = std::string("SELECT id FROM entry WHERE deleted = 0 AND exercise_id = 'x' AND kind = 'answer' ") + order;
        const auto one = planOf(db, sql.c_str());
        EXPECT_NE(one.find("entry_by_exercise_kind_created (exercise_id=? AND kind=?)"), std::string::npos) << one;
    }
    // Home's reminders: my commitments still awaiting an outcome, from the partial index alone,
    // in date order without sorting.
    const auto awaiting = planOf(db,
        "SELECT id FROM entry INDEXED BY entry_awaiting WHERE deleted = 0 AND awaiting = 1 AND exercise_id = 'x' "
        "AND kind = 'commitment' ORDER BY created_at, id");
    EXPECT_NE(awaiting.find("entry_awaiting (exercise_id=? AND kind=?)"), std::string::npos) << awaiting;
}

TEST(Migrations, NoIndexOfAPrivateEntryHoldsItsClockStamp)
{
    // Every autosave gives its row a new clock stamp (issue 21): an index holding the stamp would
    // make each commit rewrite, and encrypt, one of its pages beside the row's.
    tw::test::TempDir dir;
    Database db(dir / "private.db", SecretBytes::random(32), {.create = true});
    migrateWith(db, privateStoreMigrations());
    Statement stmt(
        db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entry' AND sql IS NOT NULL");
    int indexes = 0;
    while (stmt.step()) {
        ++indexes;
        EXPECT_EQ(stmt.text(1).find("hlc"), std::string::npos) << stmt.text(0);
    }
    EXPECT_GE(indexes, 4); // the ones unlock and Home read by (the loop above did see them)
}

TEST(Migrations, APrivateStoreKeepsItsNewestClockStampWhenTheIndexGoes)
{
    const auto& all = privateStoreMigrations();
    const std::vector<Migration> upToFour(all.begin(), all.begin() + 4);
    ASSERT_EQ(upToFour.back().version, 4);
    for (const bool empty : {false, true}) {
        tw::test::TempDir dir;
        Database db(dir / "private.db", SecretBytes::random(32), {.create = true});
        migrateWith(db, upToFour);
        if (!empty) {
            for (const char* hlc :
                {"001700000000002-000000-bbbb", "001700000000009-000003-aaaa", "001700000000005-000000-cccc"}) {
                Statement put(db,
                    "INSERT INTO entry (id, exercise_id, kind, visibility, body, created_at, updated_at, hlc) "
                    "VALUES (?1, 'x', 'answer', 'private', '', 1, 1, ?1)");
                put.bind(1, std::string(hlc));
                put.run();
            }
        }
        migrateWith(db, all);
        Statement meta(db, "SELECT value FROM meta WHERE key = 'hlc_ceiling'");
        ASSERT_TRUE(meta.step());
        EXPECT_EQ(meta.text(0), empty ? "" : "001700000000009-000003-aaaa");
        EXPECT_EQ(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'entry_by_hlc'"), 0);
    }
}
