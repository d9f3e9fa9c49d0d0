// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Database.h"

#include "TempDir.h"
#include "tw/storage/SqlError.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"

#include <gtest/gtest.h>

using namespace tw::storage;
using tw::crypto::SecretBytes;

namespace {

OpenOptions create()
{
    OpenOptions o;
    o.create = true;
    return o;
}

} // namespace

TEST(Database, IsSqlcipherAndEncryptsTheFile)
{
    tw::test::TempDir dir;
    const auto key = SecretBytes::random(32);
    {
        Database db(dir / "a.db", key, create());
        EXPECT_FALSE(db.cipherVersion().empty());
        db.configureForWriting();
        db.exec("CREATE TABLE t (x TEXT)");
        db.exec("INSERT INTO t VALUES ('CANARY-in-the-database')");
        db.checkpoint();
    }
    EXPECT_FALSE(tw::test::treeContains(dir.path(), "CANARY-in-the-database"));
    EXPECT_FALSE(tw::test::treeContains(dir.path(), "SQLite format 3"));
    Database again(dir / "a.db", key, {});
    Statement s(again, "SELECT x FROM t");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.text(0), "CANARY-in-the-database");
}

TEST(Database, PlaintextControlIsReadable)
{
    // The positive control for every leak scan: without a key the same text is on disk.
    tw::test::TempDir dir;
    OpenOptions o = create();
    o.plaintextForTests = true;
    {
        Database db(dir / "p.db", SecretBytes(), o);
        db.exec("CREATE TABLE t (x TEXT)");
        db.exec("INSERT INTO t VALUES ('CANARY-in-the-database')");
    }
    EXPECT_TRUE(tw::test::treeContains(dir.path(), "CANARY-in-the-database"));
}

TEST(Database, WrongKeyIsDamagedWithExtendedCode)
{
    tw::test::TempDir dir;
    {
        Database db(dir / "a.db", SecretBytes::random(32), create());
        db.exec("CREATE TABLE t (x)");
    }
    try {
        Database db(dir / "a.db", SecretBytes::random(32), {});
        FAIL() << "opened with the wrong key";
    } catch (const SqlError& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Damaged);
        EXPECT_EQ(e.extendedCode() & 0xff, 26); // SQLITE_NOTADB
    }
}

TEST(Database, MissingFileIsIo)
{
    tw::test::TempDir dir;
    try {
        Database db(dir / "none.db", SecretBytes::random(32), {});
        FAIL();
    } catch (const SqlError& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
    }
}

TEST(Database, PageSizeIs4096)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), create());
    db.exec("CREATE TABLE t (x)");
    EXPECT_EQ(db.queryInt("PRAGMA cipher_page_size"), 4096);
    db.configureForWriting();
    EXPECT_EQ(db.queryInt("PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ(db.queryInt("PRAGMA temp_store"), 2); // MEMORY
    Statement mode(db, "PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.text(0), "wal");
}

TEST(Transaction, RollsBackUnlessCommitted)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), create());
    db.configureForWriting();
    db.exec("CREATE TABLE t (x)");
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM t"), 0);
    {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        tx.commit();
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM t"), 1);
}

TEST(Statement, BindsAndReadsEveryType)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), create());
    db.exec("CREATE TABLE t (a TEXT, b INTEGER, c BLOB, d TEXT)");
    const std::vector<std::uint8_t> blob = {0, 1, 2, 255};
    Statement ins(db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
    ins.bind(1, "héllo").bind(2, 1LL << 40).bind(3, blob).bindNull(4);
    ins.run();
    Statement sel(db, "SELECT a, b, c, d FROM t");
    ASSERT_TRUE(sel.step());
    EXPECT_EQ(sel.text(0), "héllo");
    EXPECT_EQ(sel.integer(1), 1LL << 40);
    EXPECT_EQ(sel.blob(2), blob);
    EXPECT_TRUE(sel.isNull(3));
    EXPECT_FALSE(sel.optionalText(3));
    EXPECT_THROW(Statement(db, "SELEC nonsense"), SqlError);
}
