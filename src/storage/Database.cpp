// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Database.h"

#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
#include "tw/storage/SqlError.h"
#include "tw/storage/Statement.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace tw::storage {
namespace {

ErrorKind kindFor(int extended, int systemErrno)
{
    switch (extended & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorKind::Damaged;
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return systemErrno != 0 ? errorKindForErrno(systemErrno) : ErrorKind::Io;
    default:
        return ErrorKind::Internal;
    }
}

std::string hintFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Damaged:
        return " The workbook file is damaged. Restore the latest backup.";
    case ErrorKind::DiskFull:
        return " The disk is full: free some space and try again. Nothing was lost.";
    case ErrorKind::ReadOnly:
        return " The workbook is read-only: check the folder's permissions.";
    default:
        return "";
    }
}

} // namespace

void Database::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

Database::Database(const std::filesystem::path& path, const crypto::SecretBytes& key, const OpenOptions& options)
    : m_path(path)
{
    std::error_code ec;
    if (!options.create && !std::filesystem::exists(path, ec)) {
        throw SqlError(ErrorKind::Io, "No workbook database at " + path.string() + ".", SQLITE_CANTOPEN);
    }
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const char* vfs = options.vfsForTests.empty() ? nullptr : options.vfsForTests.c_str();
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        throwLastError("open the workbook");
    }
    sqlite3_extended_result_codes(m_db.get(), 1);

    if (!options.plaintextForTests) {
        // The raw-key form skips SQLCipher's own PBKDF2: the key is already random and 256 bits.
        runKeyPragma("key", key);
    }

    Statement version(*this, "PRAGMA cipher_version");
    if (!version.step()) {
        throw SqlError(ErrorKind::Internal,
            "The SQLite library in use is not SQLCipher, so it would write workbooks unencrypted. "
            "Trustwork refuses to run; reinstall it with the libsqlcipher package.",
            SQLITE_MISUSE);
    }
    m_cipherVersion = version.text(0);

    if (!options.plaintextForTests) {
        // SQLCipher 4 changed its defaults; compatibility 3 keeps one on-disk format for both.
        if (m_cipherVersion.rfind("3.", 0) != 0 && options.cipherCompatibility == 3) {
            exec("PRAGMA cipher_compatibility = 3");
        }
        exec("PRAGMA cipher_page_size = " + std::to_string(options.cipherPageSize));
        m_cipherPageSize = options.cipherPageSize;
        m_cipherCompatibility = options.cipherCompatibility;
    }
    // The first real read proves the key fits the file. The key came out of an authenticated slot,
    // so a failure here means the file is damaged, never that the passphrase was wrong.
    queryInt("SELECT count(*) FROM sqlite_master");
}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database::StatementCache::StatementCache(StatementCache&& other) noexcept
    : idle(std::move(other.idle))
{
    other.idle.clear();
}

Database::StatementCache& Database::StatementCache::operator=(StatementCache&& other) noexcept
{
    if (this != &other) {
        finaliseAll();
        idle = std::move(other.idle);
        other.idle.clear();
    }
    return *this;
}

Database::StatementCache::~StatementCache()
{
    finaliseAll();
}

void Database::StatementCache::finaliseAll() noexcept
{
    for (auto& [sql, statements] : idle) {
        for (auto* stmt : statements) {
            sqlite3_finalize(stmt);
        }
    }
    idle.clear();
}

sqlite3_stmt* Database::takeStatement(std::string_view sql)
{
    if (const auto it = m_statements.idle.find(std::string(sql));
        it != m_statements.idle.end() && !it->second.empty()) {
        sqlite3_stmt* stmt = it->second.back();
        it->second.pop_back();
        return stmt;
    }
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return nullptr;
    }
    return raw;
}

void Database::returnStatement(std::string_view sql, sqlite3_stmt* stmt) noexcept
{
    // Reset and unbound at once: a cached statement holds no row and no copy of a bound value.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    try {
        m_statements.idle[std::string(sql)].push_back(stmt);
    } catch (...) {
        sqlite3_finalize(stmt); // out of memory: forget it rather than leak it
    }
}

void Database::runWithKey(
    std::string_view head, const crypto::SecretBytes& key, std::string_view tail, const char* what)
{
    // The statement is assembled in guarded memory: a hex key in a std::string would outlive its use
    // in freed heap memory (and in a core dump, were one allowed).
    const crypto::SecretBytes hexKey = key.hex();
    crypto::SecretBytes statement(head.size() + hexKey.size() + tail.size() + 1);
    std::uint8_t* out = statement.data();
    out = std::copy(head.begin(), head.end(), out);
    out = std::copy(hexKey.data(), hexKey.data() + hexKey.size(), out);
    out = std::copy(tail.begin(), tail.end(), out);
    *out = 0;
    if (sqlite3_exec(m_db.get(), reinterpret_cast<const char*>(statement.data()), nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        throwLastError(what);
    }
}

void Database::runKeyPragma(std::string_view pragma, const crypto::SecretBytes& key)
{
    runWithKey("PRAGMA " + std::string(pragma) + " = \"x'", key, "'\";",
        pragma == "key" ? "set the workbook key" : "change the key of a private store");
}

void Database::exportTo(const std::filesystem::path& target, const crypto::SecretBytes& key)
{
    std::string quoted;
    for (const char c : target.string()) {
        quoted += c;
        if (c == '\'') {
            quoted += '\'';
        }
    }
    const long long userVersion = queryInt("PRAGMA user_version");
    // ATTACH creates a missing file only on a connection opened with SQLITE_OPEN_CREATE, which an
    // existing store's is not; an empty file is a valid new database, made private from the start.
    {
        const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            throw SqlError(errorKindForErrno(errno), "Could not create " + target.string() + ".", SQLITE_CANTOPEN);
        }
        ::close(fd);
    }
    runWithKey("ATTACH DATABASE '" + quoted + "' AS rekeyed KEY \"x'", key, "'\";", "write a re-keyed copy");
    try {
        // An attached file takes the library's defaults, which differ between SQLCipher 3 and 4;
        // the copy must be readable with exactly this connection's settings.
        if (m_cipherVersion.rfind("3.", 0) != 0 && m_cipherCompatibility == 3) {
            exec("PRAGMA rekeyed.cipher_compatibility = 3");
        }
        exec("PRAGMA rekeyed.cipher_page_size = " + std::to_string(m_cipherPageSize));
        exec("SELECT sqlcipher_export('rekeyed')");
        exec("PRAGMA rekeyed.user_version = " + std::to_string(userVersion));
        exec("DETACH DATABASE rekeyed");
    } catch (...) {
        sqlite3_exec(m_db.get(), "DETACH DATABASE rekeyed", nullptr, nullptr, nullptr);
        throw;
    }
}

void Database::exec(const std::string& sql)
{
    if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        throwLastError("run a database command");
    }
}

long long Database::queryInt(const std::string& sql)
{
    Statement stmt(*this, sql);
    if (!stmt.step()) {
        return 0;
    }
    return stmt.integer(0);
}

long long Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

long long Database::totalChanges() const
{
    return sqlite3_total_changes(m_db.get());
}

void Database::configureForWriting()
{
    sqlite3_busy_timeout(m_db.get(), 5000);
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA secure_delete = ON");
    // 32 MiB of decrypted pages instead of SQLite's 2 MB: with ten years of use the file is about
    // 18 MB, and a cache smaller than it decrypted nearly every page again on each progress view.
    // Decrypted pages are in this process's memory while unlocked either way; this keeps more.
    exec("PRAGMA cache_size = -32768");
}

void Database::checkpoint()
{
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

bool Database::checkpointIfIdle()
{
    // No busy handler for this one: a caller that can do without the checkpoint must not wait
    // the five seconds configureForWriting() allows for one another process holds up.
    sqlite3_busy_timeout(m_db.get(), 0);
    int busy = 1;
    try {
        Statement stmt(*this, "PRAGMA wal_checkpoint(TRUNCATE)");
        busy = stmt.step() ? static_cast<int>(stmt.integer(0)) : 1;
    } catch (const SqlError&) {
        busy = 1;
    }
    sqlite3_busy_timeout(m_db.get(), 5000);
    return busy == 0;
}

std::string Database::integrityProblems()
{
    try {
        Statement stmt(*this, "PRAGMA integrity_check");
        std::string problems;
        while (stmt.step()) {
            const std::string line = stmt.text(0);
            if (line != "ok") {
                problems += line + "\n";
            }
        }
        return problems;
    } catch (const SqlError& e) {
        return e.what();
    }
}

void Database::throwLastError(const std::string& what) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db.get()) : SQLITE_CANTOPEN;
    const int systemErrno = m_db ? sqlite3_system_errno(m_db.get()) : 0;
    const ErrorKind kind = kindFor(extended, systemErrno);
    const std::string detail = m_db ? sqlite3_errmsg(m_db.get()) : "out of memory";
    tw::log::get("storage")->warn("sqlite error {} while trying to {}", extended, what);
    throw SqlError(kind, "Could not " + what + " (" + detail + ")." + hintFor(kind), extended);
}

std::string sqlcipherLibraryVersion()
{
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return {};
    }
    std::string version;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(raw, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return version;
}

} // namespace tw::storage
