// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <filesystem>
#include <memory>
#include <string>

struct sqlite3;

namespace tw::storage {

struct OpenOptions {
    bool create = false;
    int cipherPageSize = 4096;
    int cipherCompatibility = 3;
    /** @brief Test builds only: no key at all, to prove the leak scan finds plaintext. */
    bool plaintextForTests = false;
    /**
     * @brief Tests only: the name of a registered SQLite VFS to open through (the fault-injection
     * shim in tests/fault). Empty, as everywhere in the shipped code, means SQLite's default.
     */
    std::string vfsForTests;
};

/**
 * @brief One SQLCipher connection. The raw key is the first statement; the connection refuses to
 * exist if the library is not SQLCipher (a plain SQLite would silently write plaintext).
 */
class Database {
public:
    /** @brief Opens and keys the file; throws SqlError (Damaged for a key that does not fit). */
    Database(const std::filesystem::path& path, const crypto::SecretBytes& key, const OpenOptions& options);
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    /** @brief Runs statements without results; throws SqlError. */
    void exec(const std::string& sql);
    /** @brief The single integer result of a query such as PRAGMA user_version. */
    long long queryInt(const std::string& sql);
    /** @brief Sets WAL, synchronous=FULL and the rest; call after any version check that must not write. */
    void configureForWriting();
    /** @brief Moves the WAL into the main file so a byte copy of it is a complete workbook. */
    void checkpoint();
    /** @brief PRAGMA integrity_check plus a read of every table; returns the problems found. */
    std::string integrityProblems();
    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::string cipherVersion() const { return m_cipherVersion; }

    [[noreturn]] void throwLastError(const std::string& what) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::filesystem::path m_path;
    std::string m_cipherVersion;
};

/** @brief The SQLCipher library version, read without opening a workbook. */
std::string sqlcipherLibraryVersion();

} // namespace tw::storage
