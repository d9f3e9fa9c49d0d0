// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Database.h"

#include "TempDir.h"
#include "tw/storage/SqlError.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

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

namespace {

int preparedStatements(const Database& db)
{
    int count = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s)) {
        ++count;
    }
    return count;
}

} // namespace

TEST(Database, TheSameQueryIsPreparedOnceAndKeepsNoValueOnceDone)
{
    tw::test::TempDir dir;
    Database db(dir / "a.db", SecretBytes::random(32), create());
    db.exec("CREATE TABLE t (x TEXT)");
    const int before = preparedStatements(db);
    for (int i = 0; i < 20; ++i) {
        Statement insert(db, "INSERT INTO t VALUES (?1)");
        insert.bind(1, "CANARY-bound-value-" + std::to_string(i)).run();
    }
    EXPECT_EQ(preparedStatements(db), before + 1);
    // The cached statement is reset and unbound: no copy of what was written stays with it.
    sqlite3_stmt* cached = sqlite3_next_stmt(db.handle(), nullptr);
    ASSERT_NE(cached, nullptr);
    EXPECT_EQ(sqlite3_stmt_busy(cached), 0);
    char* expanded = sqlite3_expanded_sql(cached);
    ASSERT_NE(expanded, nullptr);
    EXPECT_EQ(std::string(expanded).find("CANARY"), std::string::npos) << expanded;
    sqlite3_free(expanded);

    // Two at once with the same text are two statements, and both work.
    Statement outer(db, "SELECT x FROM t ORDER BY x");
    int rows = 0;
    while (outer.step()) {
        Statement inner(db, "SELECT x FROM t ORDER BY x");
        ASSERT_TRUE(inner.step());
        EXPECT_EQ(inner.text(0), "CANARY-bound-value-0");
        ++rows;
    }
    EXPECT_EQ(rows, 20);
}

TEST(Database, CachedStatementsGoWithTheConnection)
{
    tw::test::TempDir dir;
    const auto key = SecretBytes::random(32);
    {
        Database db(dir / "a.db", key, create());
        db.configureForWriting();
        db.exec("CREATE TABLE t (x TEXT)");
        Statement(db, "INSERT INTO t VALUES ('kept')").run();
        // Moving a connection over another closes the old one with its cached statements.
        Database other(dir / "b.db", key, create());
        Statement(other, "CREATE TABLE u (y TEXT)").run();
        other = std::move(db);
        EXPECT_EQ(other.queryInt("SELECT count(*) FROM t"), 1);
        Statement(other, "INSERT INTO t VALUES ('kept')").run();
    }
    // Every connection is really closed: sqlite3_close_v2 keeps a connection (and its file open)
    // for as long as one of its statements is not finalised, so an open file here is a leak.
    int open = 0;
    for (const auto& fd : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code ec;
        const auto target = std::filesystem::read_symlink(fd.path(), ec);
        open += !ec && target.parent_path() == dir.path() ? 1 : 0;
    }
    EXPECT_EQ(open, 0);
    Database again(dir / "a.db", key, {});
    EXPECT_EQ(again.queryInt("SELECT count(*) FROM t"), 2);
}

// Issue 21, sixth round: the lock's stamp of the shared file needs an empty journal, but must not
// wait for another program's reader; it says when it could not empty it.
TEST(Database, CheckpointIfIdleEmptiesTheJournalOnlyWhenNoOtherConnectionReads)
{
    tw::test::TempDir dir;
    const auto key = SecretBytes::random(32);
    const auto journal = dir / "a.db-wal";
    Database writer(dir / "a.db", key, create());
    writer.configureForWriting();
    writer.exec("CREATE TABLE t (x TEXT)");
    writer.exec("INSERT INTO t VALUES ('one')");
    Database reader(dir / "a.db", key, {});
    {
        // A statement stepped but not finished keeps its read transaction open.
        Statement reading(reader, "SELECT x FROM t");
        ASSERT_TRUE(reading.step());
        writer.exec("INSERT INTO t VALUES ('two')");
        EXPECT_FALSE(writer.checkpointIfIdle());
        EXPECT_GT(std::filesystem::file_size(journal), 0U);
    }
    EXPECT_TRUE(writer.checkpointIfIdle());
    EXPECT_EQ(std::filesystem::file_size(journal), 0U);
    // The busy timeout is back: a write that has to wait for a moment still waits.
    writer.exec("INSERT INTO t VALUES ('three')");
}
