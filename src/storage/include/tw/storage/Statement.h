// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace tw::storage {

class Database;

/**
 * @brief A prepared statement. It comes from and goes back to its connection's cache (reset and
 * unbound), so the same SQL is prepared once per connection. Parameters are 1-based as in SQLite.
 */
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, long long value);
    Statement& bind(int index, std::span<const std::uint8_t> blob);
    Statement& bindNull(int index);

    /** @brief Steps once; true while a row is available. Throws SqlError on failure. */
    bool step();
    /** @brief Steps to completion for statements without results. */
    void run();
    void reset();

    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] long long integer(int column) const;
    [[nodiscard]] std::vector<std::uint8_t> blob(int column) const;
    /** @brief The column's text without a copy; valid until the next step, reset or destruction. */
    [[nodiscard]] std::string_view textView(int column) const;
    /** @brief The column's bytes without a copy; valid until the next step, reset or destruction. */
    [[nodiscard]] std::span<const std::uint8_t> blobView(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    void giveBack() noexcept;

    Database* m_db;
    std::string m_sql;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tw::storage
