// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Statement.h"

#include "tw/storage/Database.h"

#include <sqlite3.h>

#include <cstdint>
#include <utility>

namespace tw::storage {
namespace {

// SQLITE_TRANSIENT is an old-style cast in the header; this is the same value, spelled for C++.
const sqlite3_destructor_type kTransient = reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

} // namespace

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db)
    , m_sql(sql)
    , m_stmt(db.takeStatement(sql))
{
    if (!m_stmt) {
        db.throwLastError("prepare a database query");
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_sql(std::move(other.m_sql))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_db = other.m_db;
        m_sql = std::move(other.m_sql);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    giveBack();
}

void Statement::giveBack() noexcept
{
    if (m_stmt) {
        m_db->returnStatement(m_sql, m_stmt);
        m_stmt = nullptr;
    }
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), kTransient) != SQLITE_OK) {
        m_db->throwLastError("bind a query parameter");
    }
    return *this;
}

Statement& Statement::bind(int index, long long value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) {
        m_db->throwLastError("bind a query parameter");
    }
    return *this;
}

Statement& Statement::bind(int index, std::span<const std::uint8_t> blob)
{
    const int rc = blob.empty()
        ? sqlite3_bind_zeroblob(m_stmt, index, 0)
        : sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), kTransient);
    if (rc != SQLITE_OK) {
        m_db->throwLastError("bind a query parameter");
    }
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) {
        m_db->throwLastError("bind a query parameter");
    }
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    m_db->throwLastError("read or write the workbook");
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

long long Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::vector<std::uint8_t> Statement::blob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::vector<std::uint8_t>(data, data + size) : std::vector<std::uint8_t>();
}

std::string_view Statement::textView(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

std::span<const std::uint8_t> Statement::blobView(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::span<const std::uint8_t>(data, static_cast<std::size_t>(size)) : std::span<const std::uint8_t>();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace tw::storage
