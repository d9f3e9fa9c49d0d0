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
        // Each partner's private rows move to their own store (privateStoreMigrations) when that
        // partner next unlocks; until then they stay here as they were. What stays in this file
        // is what both partners may read: shared rows, now signed by their author, the signing
        // keys that check them, the facts the app deliberately shows about the other partner
        // (markers), each partner's sealed head, and signed events such as a restore.
        {4, "signed rows, partner keys, markers, heads and events",
            {
                "ALTER TABLE entry ADD COLUMN signature BLOB",
                "ALTER TABLE entry ADD COLUMN key_version INTEGER NOT NULL DEFAULT 0",
                "CREATE TABLE partner_key ("
                " partner_id TEXT NOT NULL REFERENCES partner(id),"
                " version INTEGER NOT NULL,"
                " public_key BLOB NOT NULL,"
                " signature BLOB NOT NULL,"
                " PRIMARY KEY (partner_id, version))",
                "CREATE TABLE marker ("
                " author TEXT NOT NULL REFERENCES partner(id),"
                " subject TEXT NOT NULL,"
                " kind TEXT NOT NULL,"
                " version INTEGER NOT NULL,"
                " value TEXT NOT NULL,"
                " key_version INTEGER NOT NULL,"
                " signature BLOB NOT NULL,"
                " PRIMARY KEY (author, subject, kind))",
                "CREATE TABLE sealed_head ("
                " partner_id TEXT PRIMARY KEY NOT NULL REFERENCES partner(id),"
                " sealed BLOB NOT NULL)",
                "CREATE TABLE event ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " author TEXT NOT NULL REFERENCES partner(id),"
                " kind TEXT NOT NULL,"
                " body TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " key_version INTEGER NOT NULL,"
                " signature BLOB NOT NULL)",
            }},
        // Two devices (issue 20): the devices of the workbook, each named by its owner and signed,
        // and this device's own bookkeeping of the change files it imported or wrote.
        {5, "devices and change files",
            {
                "CREATE TABLE device ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " author TEXT NOT NULL,"
                " name TEXT NOT NULL,"
                " removed INTEGER NOT NULL DEFAULT 0,"
                " removed_after INTEGER NOT NULL DEFAULT 0,"
                " signer TEXT NOT NULL,"
                " hlc TEXT NOT NULL,"
                " key_version INTEGER NOT NULL,"
                " signature BLOB NOT NULL)",
                "CREATE TABLE sync_file ("
                " name TEXT PRIMARY KEY NOT NULL,"
                " device TEXT NOT NULL,"
                " seq INTEGER NOT NULL,"
                " hash TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " mine INTEGER NOT NULL)",
                "CREATE INDEX sync_file_by_device ON sync_file (device, seq)",
            }},
    };
    return list;
}

// A private store holds one partner's rows in plain columns: the whole file is encrypted under a
// key derived from that partner's personal key, which the other partner never holds, so exercise,
// kind, times, counts and deletions are as private as the words. Shared rows are also kept here
// (this copy is the truth for their author's own app; the shared database holds the published,
// signed copy), with what was last published so that a change made outside Trustwork shows.
const std::vector<Migration>& privateStoreMigrations()
{
    static const std::vector<Migration> list = {
        {1, "a partner's private store",
            {
                "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
                "CREATE TABLE entry ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " exercise_id TEXT NOT NULL,"
                " kind TEXT NOT NULL,"
                " visibility TEXT NOT NULL CHECK (visibility IN ('private','shared')),"
                " parent_id TEXT,"
                " body TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " hlc TEXT NOT NULL,"
                " deleted INTEGER NOT NULL DEFAULT 0,"
                " unpublished INTEGER NOT NULL DEFAULT 0)",
                "CREATE INDEX entry_by_exercise_kind ON entry (exercise_id, kind)",
                "CREATE INDEX entry_by_parent ON entry (parent_id)",
                "CREATE INDEX entry_by_kind_created ON entry (kind, created_at)",
                "CREATE INDEX entry_by_created ON entry (created_at)",
                "CREATE TABLE published ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " hlc TEXT NOT NULL,"
                " digest BLOB NOT NULL,"
                " record TEXT NOT NULL)",
                "CREATE TABLE marker_state ("
                " subject TEXT NOT NULL,"
                " kind TEXT NOT NULL,"
                " version INTEGER NOT NULL,"
                " value TEXT NOT NULL,"
                " digest BLOB NOT NULL,"
                " record TEXT NOT NULL,"
                " PRIMARY KEY (subject, kind))",
                "CREATE TABLE pin ("
                " partner_id TEXT NOT NULL,"
                " version INTEGER NOT NULL,"
                " public_key BLOB NOT NULL,"
                " PRIMARY KEY (partner_id, version))",
                "CREATE TABLE verified (id TEXT PRIMARY KEY NOT NULL, digest BLOB NOT NULL)",
                "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
                "CREATE TABLE seen_event (id TEXT PRIMARY KEY NOT NULL)",
                // Room reserved in the file and freed again, so the file's size moves in large steps
                // instead of with each entry (PrivateStore::keepSizeClass).
                "CREATE TABLE padding (bytes BLOB NOT NULL)",
            }},
        // Two devices: each row's version vector (edits per device), so concurrent edits on two of
        // my devices are told apart from ones that follow each other; the changes not yet
        // published; the other versions of concurrent edits; and the change files whose private part
        // this store has taken in.
        {2, "version vectors, outbox and imported changes",
            {
                "ALTER TABLE entry ADD COLUMN vv TEXT NOT NULL DEFAULT '{}'",
                "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, item TEXT NOT NULL)",
                // One row per changed item: a hundred autosaves of one entry publish it once.
                "CREATE UNIQUE INDEX outbox_item ON outbox (item)",
                // The losing side of two edits made at once on two of my devices, kept until I choose.
                "CREATE TABLE other_version ("
                " entry_id TEXT NOT NULL,"
                " device TEXT NOT NULL,"
                " hlc TEXT NOT NULL,"
                " body TEXT NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " PRIMARY KEY (entry_id, hlc))",
                "CREATE TABLE sync_imported (name TEXT PRIMARY KEY NOT NULL)",
            }},
        // Unlock at ten years (issue 21): the newest clock value was a scan of every entry, and the
        // unlock check read every published record to get at its digest. Both become index reads.
        // An exercise's rows of one kind, oldest or newest first, were found through (kind,
        // created_at), which SQLite preferred for the order: every answer of every exercise was read
        // to find the one safety check. With created_at in the exercise index it needs no other.
        {3, "indexes for unlocking",
            {
                "CREATE INDEX entry_by_hlc ON entry (hlc)",
                "CREATE INDEX published_digest ON published (id, digest)",
                "DROP INDEX entry_by_exercise_kind",
                "CREATE INDEX entry_by_exercise_kind_created ON entry (exercise_id, kind, created_at)",
            }},
        // Home's reminders at ten years (issue 21) read and parsed every commitment of mine to find
        // the few still open. A row now says whether it still awaits an outcome, and a partial index
        // holds only those rows. The flag is a hint that may only err towards "awaits": every
        // commitment starts marked here, and PrivateStore clears the mark of those with an outcome
        // once (the "awaiting_refine" meta key) and keeps it right on every write after that.
        {4, "commitments awaiting an outcome",
            {
                "ALTER TABLE entry ADD COLUMN awaiting INTEGER NOT NULL DEFAULT 0",
                "UPDATE entry SET awaiting = 1 WHERE kind = 'commitment'",
                "CREATE INDEX entry_awaiting ON entry (exercise_id, kind, created_at) WHERE awaiting = 1",
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('awaiting_refine', '1')",
            }},
        // An autosave's commit (issue 21) wrote two pages: the row's, and the page of entry_by_hlc
        // holding its old and new clock stamp. The index only served an unlock's "newest stamp", which
        // a meta row now keeps, raised with headroom (PrivateStore::raiseHlcCeiling), so most commits
        // write the row's page alone. The first row is the value for a store with no rows yet.
        {5, "newest clock stamp kept in meta",
            {
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_ceiling', '')",
                "INSERT OR REPLACE INTO meta (key, value) "
                "SELECT 'hlc_ceiling', hlc FROM entry ORDER BY hlc DESC LIMIT 1",
                "DROP INDEX entry_by_hlc",
            }},
    };
    return list;
}

int latestSchemaVersion(const std::vector<Migration>& list)
{
    return list.back().version;
}

int schemaVersion(Database& db)
{
    return static_cast<int>(db.queryInt("PRAGMA user_version"));
}

void refuseNewerSchema(Database& db, const std::vector<Migration>& list)
{
    const int version = schemaVersion(db);
    if (version > latestSchemaVersion(list)) {
        throw Error(ErrorKind::NewerVersion,
            "This workbook was made by a newer version of Trustwork (schema " + std::to_string(version)
                + ", this program knows up to " + std::to_string(latestSchemaVersion(list))
                + "). Install the newer version to open it; the file was not changed.");
    }
}

void migrate(Database& db, const std::function<void(int from, int to)>& beforeMigrating, int target)
{
    migrateWith(db, migrations(), beforeMigrating, target);
}

void migrateWith(Database& db, const std::vector<Migration>& list,
    const std::function<void(int from, int to)>& beforeMigrating, int target)
{
    if (target < 0) {
        target = latestSchemaVersion(list);
    }
    refuseNewerSchema(db, list);
    const int current = schemaVersion(db);
    if (current >= target) {
        return;
    }
    if (current > 0 && beforeMigrating) {
        beforeMigrating(current, target);
    }
    auto log = tw::log::get("storage");
    for (const auto& step : list) {
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
