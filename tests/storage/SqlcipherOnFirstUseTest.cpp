// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's way of reaching SQLCipher (tw/storage/SqlcipherOnFirstUse.h): this test program is
// linked the same way (TW_SQLCIPHER_ON_FIRST_USE), so the storage layer below runs through it.
#include "tw/storage/SqlcipherOnFirstUse.h"

#include "TempDir.h"
#include "tw/base/Error.h"
#include "tw/storage/Database.h"
#include "tw/storage/SqlError.h"
#include "tw/storage/Statement.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <string>

using namespace tw::storage;
using namespace tw::storage::sqlcipher;
using tw::crypto::SecretBytes;

namespace {

// Whether this process has a file whose name starts with @p stem mapped.
bool mapped(const std::string& stem)
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        if (line.find("/" + stem) != std::string::npos) {
            return true;
        }
    }
    return false;
}

// The permissions of the mapping that holds @p address ("r--p", "rw-p", ...), from /proc/self/maps.
std::string permissionsAt(const void* address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream maps("/proc/self/maps");
    std::uintptr_t from = 0;
    std::uintptr_t to = 0;
    char dash = 0;
    std::string permissions;
    std::string rest;
    while (maps >> std::hex >> from >> dash >> to >> permissions && std::getline(maps, rest)) {
        if (at >= from && at < to) {
            return permissions;
        }
    }
    return {};
}

} // namespace

// ctest runs every test in a process of its own; run as one program, this test must come first.
TEST(SqlcipherOnFirstUse, NothingIsLoadedBeforeTheFirstDatabaseAndEverythingWorksAfter)
{
    ASSERT_FALSE(loaded());
    EXPECT_FALSE(mapped("libsqlcipher.so")) << "the program was linked with SQLCipher after all";
    EXPECT_FALSE(mapped("libcrypto.so")) << "OpenSSL was loaded before any database was opened";

    tw::test::TempDir dir;
    const auto key = SecretBytes::random(32);
    {
        Database db(dir / "a.db", key, OpenOptions{.create = true});
        EXPECT_TRUE(loaded());
        EXPECT_TRUE(mapped(builtAgainst()));
        EXPECT_FALSE(db.cipherVersion().empty());
        db.configureForWriting();
        db.exec("CREATE TABLE t (x TEXT, n INTEGER, b BLOB)");
        Statement insert(db, "INSERT INTO t VALUES (?, ?, ?)");
        const std::vector<std::uint8_t> bytes{1, 2, 3};
        insert.bind(1, std::string_view("CANARY-first-use")).bind(2, 42LL).bind(3, bytes);
        insert.run();
        db.checkpoint();
    }
    EXPECT_FALSE(tw::test::treeContains(dir.path(), "CANARY-first-use")) << "the file is not encrypted";
    {
        Database db(dir / "a.db", key, {});
        Statement read(db, "SELECT x, n, b FROM t");
        ASSERT_TRUE(read.step());
        EXPECT_EQ(read.text(0), "CANARY-first-use");
        EXPECT_EQ(read.integer(1), 42);
        EXPECT_EQ(read.blob(2), (std::vector<std::uint8_t>{1, 2, 3}));
    }
    try {
        Database db(dir / "a.db", SecretBytes::random(32), {});
        FAIL() << "opened with the wrong key";
    } catch (const SqlError& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Damaged);
        EXPECT_EQ(e.extendedCode() & 0xff, 26); // SQLITE_NOTADB, read through sqlite3_extended_errcode
    }
    EXPECT_FALSE(sqlcipherLibraryVersion().empty());
}

TEST(SqlcipherOnFirstUse, TheLoadedAddressesCannotBeOverwritten)
{
    tw::test::TempDir dir;
    Database db(dir / "b.db", SecretBytes::random(32), OpenOptions{.create = true});
    ASSERT_TRUE(loaded());
    // The program's own sqlite3_step forwards through a table filled at the first use; that table
    // is read-only afterwards, as the linker's relocations are under full RELRO.
    EXPECT_EQ(permissionsAt(addressOfFunctionsForTests()).substr(0, 2), "r-");
}

TEST(SqlcipherOnFirstUse, AMissingLibraryIsNamedWithWhatToDo)
{
    try {
        checkLibrary("libsqlcipher.so.999");
        FAIL() << "a library that does not exist was loaded";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
        const std::string message = e.what();
        EXPECT_NE(message.find("libsqlcipher.so.999"), std::string::npos) << message;
        EXPECT_NE(message.find("Reinstall"), std::string::npos) << message;
        EXPECT_NE(message.find("nothing in the workbook was changed"), std::string::npos) << message;
    }
}

TEST(SqlcipherOnFirstUse, ALibraryWithoutTheFunctionsNamesWhatIsMissing)
{
    // The C library is on every system and has none of SQLite's functions.
    try {
        checkLibrary("libc.so.6");
        FAIL() << "a library without SQLite's functions was taken for SQLCipher";
    } catch (const tw::Error& e) {
        const std::string message = e.what();
        // The first three missing names, then how many more: all 26 would bury the sentence.
        EXPECT_NE(message.find("it has no sqlite3_bind_blob, sqlite3_bind_int64, sqlite3_bind_null and 23 more."),
            std::string::npos)
            << message;
        EXPECT_NE(message.find("not the one Trustwork was built for"), std::string::npos) << message;
    }
    EXPECT_NO_THROW(checkLibrary(builtAgainst()));
}
