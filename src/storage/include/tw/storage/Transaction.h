// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::storage {

class Database;

/**
 * @brief BEGIN IMMEDIATE on construction (so a writer fails at the start, not half-way), rolled
 * back on destruction unless commit() succeeded. Each user action is exactly one of these.
 */
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace tw::storage
