// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace tw::storage {

class Database;

/** @brief One numbered schema step. Statements use only SQLite 3.15 syntax (SQLCipher 3.4). */
struct Migration {
    int version;
    std::string description;
    std::vector<std::string> statements;
};

/** @brief The shared workbook database's steps. */
const std::vector<Migration>& migrations();
/** @brief The steps of a partner's private store (its own file, its own numbering). */
const std::vector<Migration>& privateStoreMigrations();
int latestSchemaVersion(const std::vector<Migration>& list = migrations());
int schemaVersion(Database& db);

/** @brief Throws tw::Error(NewerVersion) without writing anything if the file is from a newer program. */
void refuseNewerSchema(Database& db, const std::vector<Migration>& list = migrations());

/**
 * @brief Brings the schema to @p target (default: latest), each step in its own transaction.
 * @p beforeMigrating runs once before the first step on an existing workbook (to take a backup).
 */
void migrate(Database& db, const std::function<void(int from, int to)>& beforeMigrating = {}, int target = -1);
/** @brief As migrate(), for another list of steps (a private store). */
void migrateWith(Database& db, const std::vector<Migration>& list,
    const std::function<void(int from, int to)>& beforeMigrating = {}, int target = -1);

} // namespace tw::storage
