// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The storage layer's test seam: a Database opened through a named VFS. A failed write inside a
// transaction surfaces as a SqlError of the right kind, and the rows committed before survive.
#include "FaultVfs.h"
#include "TempDir.h"
#include "tw/storage/Database.h"
#include "tw/storage/SqlError.h"
#include "tw/storage/Transaction.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace {

using tw::test::FaultOp;
using tw::test::FaultVfs;

TEST(DatabaseVfs, NamedVfsSeesTheWritesAndItsFailuresReachTheCaller)
{
    FaultVfs::install(false);
    FaultVfs::reset();
    tw::test::TempDir dir;
    const auto key = tw::crypto::SecretBytes::random(32);
    tw::storage::OpenOptions options;
    options.create = true;
    options.vfsForTests = FaultVfs::kName;
    {
        tw::storage::Database db(dir / "t.db", key, options);
        db.configureForWriting();
        db.exec("CREATE TABLE t (x TEXT)");
        db.exec("INSERT INTO t VALUES ('kept')");
        EXPECT_GT(FaultVfs::writes(), 0);
        EXPECT_GT(FaultVfs::syncs(), 0);

        FaultVfs::reset();
        FaultVfs::arm(FaultOp::Write, 1, SQLITE_FULL, true);
        try {
            tw::storage::Transaction tx(db);
            db.exec("INSERT INTO t VALUES ('lost')");
            tx.commit();
            ADD_FAILURE() << "the commit succeeded although every write failed";
        } catch (const tw::storage::SqlError& e) {
            EXPECT_EQ(e.kind(), tw::ErrorKind::DiskFull) << e.what();
            EXPECT_EQ(e.extendedCode() & 0xff, SQLITE_FULL);
        }
        FaultVfs::disarm();
    }
    options.create = false;
    options.vfsForTests.clear();
    tw::storage::Database reopened(dir / "t.db", key, options);
    EXPECT_EQ(reopened.queryInt("SELECT count(*) FROM t WHERE x = 'kept'"), 1);
    EXPECT_EQ(reopened.queryInt("SELECT count(*) FROM t WHERE x = 'lost'"), 0);
    EXPECT_EQ(reopened.integrityProblems(), "");
}

} // namespace
