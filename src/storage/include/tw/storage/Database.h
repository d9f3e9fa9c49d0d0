// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

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
    /** @brief Rows changed by the last INSERT, UPDATE or DELETE on this connection. */
    [[nodiscard]] long long changes() const;
    /** @brief Rows changed on this connection since it opened, by any statement (rolled back or not). */
    [[nodiscard]] long long totalChanges() const;
    /** @brief Sets WAL, synchronous=FULL and the rest; call after any version check that must not write. */
    void configureForWriting();
    /**
     * @brief Writes a complete copy of this database to the new file @p target, encrypted under
     * @p key with this connection's cipher settings (sqlcipher_export), user_version included.
     */
    void exportTo(const std::filesystem::path& target, const crypto::SecretBytes& key);
    /** @brief Moves the WAL into the main file so a byte copy of it is a complete workbook. */
    void checkpoint();
    /**
     * @brief The same checkpoint without waiting for other connections: false (and the journal
     * left as it is) when another one is reading or writing at that moment. For a connection
     * configured for writing, whose busy timeout it restores afterwards.
     */
    bool checkpointIfIdle();
    /** @brief PRAGMA integrity_check plus a read of every table; returns the problems found. */
    std::string integrityProblems();
    [[nodiscard]] sqlite3* handle() const { return m_db.get(); }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::string cipherVersion() const { return m_cipherVersion; }

    [[noreturn]] void throwLastError(const std::string& what) const;

    /**
     * @brief A prepared statement for @p sql: a cached one, reset and without bindings, or a new one
     * (nullptr if it cannot be prepared; the error is the connection's last). For Statement.
     */
    sqlite3_stmt* takeStatement(std::string_view sql);
    /** @brief Gives a statement back to the cache, reset and with its bindings cleared. */
    void returnStatement(std::string_view sql, sqlite3_stmt* stmt) noexcept;

private:
    void runKeyPragma(std::string_view pragma, const crypto::SecretBytes& key);
    /** Runs @p head + x'hex key' + @p tail with the statement assembled in guarded memory. */
    void runWithKey(std::string_view head, const crypto::SecretBytes& key, std::string_view tail, const char* what);

    int m_cipherPageSize = 4096;
    int m_cipherCompatibility = 3;

    struct Closer {
        void operator()(sqlite3* db) const;
    };
    /**
     * Prepared statements kept for the next use of the same SQL: preparing was about a fifth of an
     * autosave's CPU. Declared after the connection so it is finalised first, and the connection
     * (closed with sqlite3_close_v2) really closes then. One thread at a time, like the connection.
     */
    struct StatementCache {
        std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle;
        StatementCache() = default;
        StatementCache(StatementCache&& other) noexcept;
        StatementCache& operator=(StatementCache&& other) noexcept;
        ~StatementCache();
        void finaliseAll() noexcept;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::filesystem::path m_path;
    std::string m_cipherVersion;
    StatementCache m_statements;
};

/** @brief The SQLCipher library version, read without opening a workbook. */
std::string sqlcipherLibraryVersion();

} // namespace tw::storage
