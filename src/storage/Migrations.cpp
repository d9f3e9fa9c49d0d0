// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/storage/Migrations.h"

#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/storage/Database.h"
#include "tw/storage/Transaction.h"

namespace tw::storage {

// Rows are written by exactly one author and carry a hybrid logical clock, so two copies of a
// workbook can later be merged by last writer per row. Deletions are tombstones for the same reason.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "people and workbook metadata",
            {
                "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
                "CREATE TABLE partner ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " name TEXT NOT NULL,"
                " role TEXT NOT NULL CHECK (role IN ('hurt','involved','mutual','therapist')),"
                " solo INTEGER NOT NULL DEFAULT 0,"
                " created_at INTEGER NOT NULL,"
                " hlc TEXT NOT NULL)",
            }},
        {2, "sealed entries",
            {
                "CREATE TABLE entry ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " author TEXT NOT NULL REFERENCES partner(id),"
                " exercise_id TEXT NOT NULL,"
                " kind TEXT NOT NULL,"
                " visibility TEXT NOT NULL CHECK (visibility IN ('private','shared')),"
                " parent_id TEXT,"
                " body BLOB NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " hlc TEXT NOT NULL,"
                " deleted INTEGER NOT NULL DEFAULT 0)",
                "CREATE INDEX entry_by_exercise ON entry (exercise_id, author)",
                "CREATE INDEX entry_by_parent ON entry (parent_id)",
            }},
        // At ten years of use, unlocking read every page of the file twice over: once for the
        // newest clock value of the person unlocking, once for Home's "is this exercise done?"
        // checks, which walked all of an exercise's rows (3,650 check-ins a partner) looking for a
        // mark of one kind. Both become index probes. The new exercise index starts with the old
        // one's columns, so the old one goes.
        {3, "indexes for unlocking",
            {
                "CREATE INDEX entry_by_author ON entry (author, hlc)",
                "CREATE INDEX entry_by_exercise_kind ON entry (exercise_id, author, kind)",
                "DROP INDEX entry_by_exercise",
            }},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

int schemaVersion(Database& db)
{
    return static_cast<int>(db.queryInt("PRAGMA user_version"));
}

void refuseNewerSchema(Database& db)
{
    const int version = schemaVersion(db);
    if (version > latestSchemaVersion()) {
        throw Error(ErrorKind::NewerVersion,
            "This workbook was made by a newer version of Trustwork (schema " + std::to_string(version)
                + ", this program knows up to " + std::to_string(latestSchemaVersion())
                + "). Install the newer version to open it; the file was not changed.");
    }
}

void migrate(Database& db, const std::function<void(int from, int to)>& beforeMigrating, int target)
{
    if (target < 0) {
        target = latestSchemaVersion();
    }
    refuseNewerSchema(db);
    const int current = schemaVersion(db);
    if (current >= target) {
        return;
    }
    if (current > 0 && beforeMigrating) {
        beforeMigrating(current, target);
    }
    auto log = tw::log::get("storage");
    for (const auto& step : migrations()) {
        if (step.version <= current || step.version > target) {
            continue;
        }
        Transaction tx(db);
        for (const auto& sql : step.statements) {
            db.exec(sql);
        }
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
        log->info("schema migrated to version {}", step.version);
    }
}

} // namespace tw::storage
