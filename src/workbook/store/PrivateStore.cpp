// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateStore.h"

#include "../ExerciseRows.h"
#include "tw/base/Error.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Migrations.h"
#include "tw/storage/SqlError.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Hlc.h"

#include <charconv>

namespace tw::workbook::store {
namespace {

constexpr const char* kStoreContext = "twstore1";
constexpr const char* kAgreementRowsMeta = "agreement_rows";
// No row's clock stamp is later than this meta value (migration 5 of the private store). Raising
// it with headroom rewrites the meta page about once a minute of writing instead of an index page
// on every autosave; the price is that a partner who reopens within that minute stamps their next
// change up to a minute ahead of the wall clock, which a hybrid clock allows.
constexpr const char* kHlcCeilingMeta = "hlc_ceiling";
constexpr std::int64_t kHlcHeadroomMs = 60'000;

storage::Database openStore(
    const std::filesystem::path& path, const crypto::SecretBytes& personalKey, const storage::OpenOptions& options)
{
    std::error_code ec;
    if (options.create) {
        std::filesystem::create_directories(path.parent_path(), ec);
        std::filesystem::permissions(
            path.parent_path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
    }
    try {
        return storage::Database(path, PrivateStore::storeKey(personalKey), options);
    } catch (const storage::SqlError& e) {
        if (e.kind() == ErrorKind::Damaged) {
            // The key came out of an authenticated slot, so a store it does not open was replaced,
            // damaged, or belongs to keys that the key file no longer holds (an older key file).
            throw Error(ErrorKind::Damaged,
                "Your private store does not open with the keys in this workbook's key file. The key file "
                "or the store may have been replaced by an older copy or damaged. Restore the latest backup.");
        }
        throw;
    }
}

void bindOptional(storage::Statement& stmt, int index, const std::string& value)
{
    if (value.empty()) {
        stmt.bindNull(index);
    } else {
        stmt.bind(index, value);
    }
}

/** Binds ?1 to ?13 of the entry statements in put(), in the order of the table's columns. */
void bindEntry(storage::Statement& stmt, const StoredEntry& row, long long awaiting)
{
    const Entry& e = row.entry;
    stmt.bind(1, e.id).bind(2, e.exerciseId).bind(3, e.kind).bind(4, visibilityName(e.visibility));
    bindOptional(stmt, 5, e.parentId);
    stmt.bind(6, e.body).bind(7, e.createdAt).bind(8, e.updatedAt).bind(9, row.hlc);
    stmt.bind(10, static_cast<long long>(row.deleted ? 1 : 0)).bind(11, static_cast<long long>(row.unpublished));
    stmt.bind(12, row.vv).bind(13, awaiting);
}

} // namespace

std::filesystem::path PrivateStore::pathFor(const Paths& paths, const std::string& partnerId)
{
    return paths.dataDir / "private" / (partnerId + ".db");
}

crypto::SecretBytes PrivateStore::storeKey(const crypto::SecretBytes& personalKey)
{
    return crypto::deriveSubkey(personalKey, 1, kStoreContext);
}

PrivateStore::PrivateStore(
    const std::filesystem::path& path, const crypto::SecretBytes& personalKey, const storage::OpenOptions& options)
    : m_db(openStore(path, personalKey, options))
{
    storage::refuseNewerSchema(m_db, storage::privateStoreMigrations());
    m_db.configureForWriting();
    storage::migrateWith(m_db, storage::privateStoreMigrations());
    if (meta("awaiting_refine")) {
        refineAwaiting();
    }
}

std::optional<std::string> PrivateStore::meta(const std::string& key)
{
    storage::Statement stmt(m_db, "SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0);
}

void PrivateStore::setMeta(const std::string& key, const std::string& value)
{
    if (key == "partner_id") {
        m_ownerId.reset();
    }
    storage::Statement stmt(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    stmt.bind(1, key).bind(2, value);
    stmt.run();
}

void PrivateStore::eraseMeta(const std::string& key)
{
    storage::Statement stmt(m_db, "DELETE FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    stmt.run();
}

void PrivateStore::put(const StoredEntry& row)
{
    const Entry& e = row.entry;
    // Worked out here, on every path that writes a row (my edits, my other device's, migrations),
    // so Home's index of what awaits an outcome cannot fall behind.
    const long long awaiting = !row.deleted && detail::awaitsOutcome(e) ? 1 : 0;
    // An edit of a row I have (every autosave) changes it in place: INSERT OR REPLACE deletes and
    // inserts, which rewrites every index of the table, about half the pages each commit wrote and
    // encrypted. Only the columns an edit can change are set, so SQLite leaves the indexes of the
    // others alone. A row whose fixed columns differ, or a new one, is written whole below.
    const auto write = [&](const char* sql) {
        storage::Statement stmt(m_db, sql);
        bindEntry(stmt, row, awaiting);
        stmt.run();
    };
    // OR FAIL, not the default ABORT: the statement changes at most one row, so there is nothing a
    // failure would need to undo within it (and the transaction around it undoes everything). With
    // ABORT, SQLite keeps a statement journal of every page the UPDATE touches, and SQLCipher 3.4.1
    // encrypts each page it copies there (about six pages per autosave, as many as the commit).
    write("UPDATE OR FAIL entry SET visibility = ?4, body = ?6, updated_at = ?8, hlc = ?9, deleted = ?10, "
          "unpublished = ?11, vv = ?12, awaiting = ?13 "
          "WHERE id = ?1 AND exercise_id = ?2 AND kind = ?3 AND parent_id IS ?5 AND created_at = ?7");
    if (m_db.changes() == 0) {
        write("INSERT OR REPLACE INTO entry (id, exercise_id, kind, visibility, parent_id, body, created_at, "
              "updated_at, hlc, deleted, unpublished, vv, awaiting) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    }
    m_ceilingPending.reset();
    if (row.hlc > m_ceilingCommitted) {
        raiseHlcCeiling(row.hlc);
    }
    if (detail::isAgreementRow(e.kind)) {
        // Home keeps a summary of the agreements in force (DashboardService); this tells it that
        // mine changed, on every path that writes them, including my other device's.
        setMeta(kAgreementRowsMeta, std::to_string(agreementRowsWritten() + 1));
    }
    if (!m_importing) {
        addToOutbox("entry:" + e.id);
    }
}

std::uint64_t PrivateStore::agreementRowsWritten()
{
    const auto value = meta(kAgreementRowsMeta).value_or("0");
    std::uint64_t count = 0;
    std::from_chars(value.data(), value.data() + value.size(), count);
    return count;
}

namespace {

constexpr const char* kEntryColumns
    = "id, exercise_id, kind, visibility, parent_id, body, created_at, updated_at, hlc, deleted, unpublished, vv";

StoredEntry readStored(const storage::Statement& stmt, const std::string& ownerId)
{
    StoredEntry row;
    Entry& e = row.entry;
    e.id = stmt.text(0);
    e.authorId = ownerId;
    e.exerciseId = stmt.text(1);
    e.kind = stmt.text(2);
    e.visibility = stmt.text(3) == "shared" ? Visibility::Shared : Visibility::Private;
    e.parentId = stmt.optionalText(4).value_or("");
    e.body = stmt.text(5);
    e.createdAt = stmt.integer(6);
    e.updatedAt = stmt.integer(7);
    row.hlc = stmt.text(8);
    row.deleted = stmt.integer(9) != 0;
    row.unpublished = stmt.integer(10) != 0;
    row.vv = stmt.text(11);
    return row;
}

} // namespace

void PrivateStore::refineAwaiting()
{
    // Once, after the migration that marked every commitment: clears the mark of those that have
    // an outcome, in one transaction with erasing the meta key, so an interrupted pass runs again.
    std::vector<std::string> settled;
    {
        storage::Statement stmt(
            m_db, std::string("SELECT ") + kEntryColumns + " FROM entry INDEXED BY entry_awaiting WHERE awaiting = 1");
        while (stmt.step()) {
            const StoredEntry row = readStored(stmt, "");
            if (row.deleted || !detail::awaitsOutcome(row.entry)) {
                settled.push_back(row.entry.id);
            }
        }
    }
    storage::Transaction tx(m_db);
    storage::Statement clear(m_db, "UPDATE entry SET awaiting = 0 WHERE id = ?1");
    for (const auto& id : settled) {
        clear.reset();
        clear.bind(1, id);
        clear.run();
    }
    eraseMeta("awaiting_refine");
    tx.commit();
}

std::optional<StoredEntry> PrivateStore::get(const std::string& id)
{
    if (m_committed && m_committed->row.entry.id == id) {
        if (fileState() == m_committed->state) {
            return m_committed->row;
        }
        m_committed.reset();
    }
    storage::Statement stmt(m_db, std::string("SELECT ") + kEntryColumns + " FROM entry WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return readStored(stmt, ownerId());
}

void PrivateStore::rememberCommitted(const StoredEntry& row)
{
    // Only once the transaction is committed: a row remembered from a transaction that was then
    // rolled back would be handed out as if it were in the file. Any later write on this connection
    // moves SQLite's change count, a commit by another connection (a second window of the same
    // partner) moves data_version; either makes get() read the file again.
    m_committed = Committed{row, fileState()};
    m_committed->row.entry.authorId = ownerId();
    // The same for the newest-stamp ceiling put() raised for this row: kept only once committed, so
    // a rolled-back raise is made again by the next write instead of being taken as done.
    if (m_ceilingPending && m_ceilingPending->forHlc == row.hlc && m_ceilingPending->atLeast > m_ceilingCommitted) {
        m_ceilingCommitted = m_ceilingPending->atLeast;
    }
    m_ceilingPending.reset();
}

std::pair<long long, long long> PrivateStore::fileState()
{
    return {m_db.totalChanges(), m_db.queryInt("PRAGMA data_version")};
}

const std::string& PrivateStore::ownerId()
{
    if (!m_ownerId || m_ownerId->empty()) {
        m_ownerId = meta("partner_id").value_or("");
    }
    return *m_ownerId;
}

std::vector<Entry> PrivateStore::entries(const EntryFilter& f, const std::string& ownerId)
{
    // The partial index holds only rows awaiting an outcome; named, because the planner would
    // otherwise prefer the full exercise index with the same columns and read every commitment.
    std::string sql = std::string("SELECT ") + kEntryColumns
        + (f.awaitingOnly ? " FROM entry INDEXED BY entry_awaiting WHERE deleted = 0 AND awaiting = 1"
                          : " FROM entry WHERE deleted = 0");
    if (!f.exerciseId.empty()) {
        sql += " AND exercise_id = ?1";
    }
    if (!f.kind.empty()) {
        sql += " AND kind = ?2";
    }
    if (!f.parentId.empty()) {
        sql += " AND parent_id = ?3";
    }
    if (!f.id.empty()) {
        sql += " AND id = ?4";
    }
    if (f.sharedOnly) {
        sql += " AND visibility = 'shared'";
    }
    sql += f.newestFirst ? " ORDER BY created_at DESC, id DESC" : " ORDER BY created_at, id";
    if (f.limit > 0) {
        sql += " LIMIT " + std::to_string(f.limit);
    }
    storage::Statement stmt(m_db, sql);
    if (!f.exerciseId.empty()) {
        stmt.bind(1, f.exerciseId);
    }
    if (!f.kind.empty()) {
        stmt.bind(2, f.kind);
    }
    if (!f.parentId.empty()) {
        stmt.bind(3, f.parentId);
    }
    if (!f.id.empty()) {
        stmt.bind(4, f.id);
    }
    std::vector<Entry> out;
    while (stmt.step()) {
        out.push_back(readStored(stmt, ownerId).entry);
    }
    return out;
}

bool PrivateStore::has(const std::string& exerciseId, const std::string& kind)
{
    storage::Statement stmt(m_db, "SELECT 1 FROM entry WHERE exercise_id = ?1 AND kind = ?2 AND deleted = 0 LIMIT 1");
    stmt.bind(1, exerciseId).bind(2, kind);
    return stmt.step();
}

std::vector<StoredEntry> PrivateStore::publishable()
{
    // A tombstone of a row that was once published must stay published as a tombstone, so the
    // published table decides for deleted rows.
    storage::Statement stmt(m_db,
        std::string("SELECT ") + kEntryColumns
            + " FROM entry WHERE visibility = 'shared' OR id IN (SELECT id FROM published)");
    const std::string owner = meta("partner_id").value_or("");
    std::vector<StoredEntry> out;
    while (stmt.step()) {
        out.push_back(readStored(stmt, owner));
    }
    return out;
}

void PrivateStore::raiseHlcCeiling(const std::string& hlc)
{
    // Only ever raised, and compared in the statement: another window of mine may have raised it
    // further since this one last looked.
    const std::string ceiling = Hlc::ceilingAfter(hlc, kHlcHeadroomMs);
    storage::Statement stmt(m_db, "UPDATE meta SET value = ?2 WHERE key = ?1 AND value < ?3");
    stmt.bind(1, kHlcCeilingMeta).bind(2, ceiling).bind(3, hlc);
    stmt.run();
    // What the file holds once this transaction commits: the new ceiling, or (unchanged) one at or
    // after the stamp. rememberCommitted() makes it the value later rows are compared with.
    m_ceilingPending = Pending{hlc, m_db.changes() > 0 ? ceiling : hlc};
}

std::string PrivateStore::newestHlc()
{
    if (auto ceiling = meta(kHlcCeilingMeta)) {
        return *ceiling;
    }
    // A store whose meta row was removed by hand: the same answer, by reading every row.
    storage::Statement stmt(m_db, "SELECT max(hlc) FROM entry");
    return stmt.step() && !stmt.isNull(0) ? stmt.text(0) : std::string();
}

void PrivateStore::recordPublished(const SharedRow& row)
{
    storage::Statement stmt(m_db, "INSERT OR REPLACE INTO published (id, hlc, digest, record) VALUES (?1, ?2, ?3, ?4)");
    stmt.bind(1, row.id).bind(2, row.hlc).bind(3, rowDigest(row)).bind(4, serialise(row));
    stmt.run();
    if (!m_importing) {
        addToOutbox("entry:" + row.id);
    }
}

std::map<std::string, SharedRow> PrivateStore::published()
{
    storage::Statement stmt(m_db, "SELECT id, record FROM published");
    std::map<std::string, SharedRow> out;
    while (stmt.step()) {
        out[stmt.text(0)] = parseRow(stmt.text(1));
    }
    return out;
}

std::map<std::string, std::vector<std::uint8_t>, std::less<>> PrivateStore::publishedDigests()
{
    storage::Statement stmt(m_db, "SELECT id, digest FROM published");
    std::map<std::string, std::vector<std::uint8_t>, std::less<>> out;
    while (stmt.step()) {
        out.emplace(stmt.text(0), stmt.blob(1));
    }
    return out;
}

void PrivateStore::setPublishedDigest(const std::string& id, const std::vector<std::uint8_t>& digest)
{
    storage::Statement stmt(m_db, "UPDATE published SET digest = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, digest);
    stmt.run();
}

std::optional<SharedRow> PrivateStore::publishedRow(const std::string& id)
{
    storage::Statement stmt(m_db, "SELECT record FROM published WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return parseRow(stmt.text(0));
}

void PrivateStore::recordMarker(const Marker& m)
{
    storage::Statement stmt(m_db,
        "INSERT OR REPLACE INTO marker_state (subject, kind, version, value, digest, record) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    stmt.bind(1, m.subject).bind(2, m.kind).bind(3, static_cast<long long>(m.version)).bind(4, m.value);
    stmt.bind(5, recordDigest(m.signature)).bind(6, serialise(m));
    stmt.run();
    if (!m_importing) {
        addToOutbox("marker:" + m.kind + "|" + m.subject);
    }
}

std::map<std::string, Marker> PrivateStore::markers()
{
    storage::Statement stmt(m_db, "SELECT record FROM marker_state");
    std::map<std::string, Marker> out;
    while (stmt.step()) {
        Marker m = parseMarker(stmt.text(0));
        out[m.kind + "|" + m.subject] = std::move(m);
    }
    return out;
}

std::optional<Marker> PrivateStore::marker(const std::string& subject, const std::string& kind)
{
    storage::Statement stmt(m_db, "SELECT record FROM marker_state WHERE subject = ?1 AND kind = ?2");
    stmt.bind(1, subject).bind(2, kind);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return parseMarker(stmt.text(0));
}

std::map<std::uint32_t, std::vector<std::uint8_t>> PrivateStore::pins(const std::string& partnerId)
{
    storage::Statement stmt(m_db, "SELECT version, public_key FROM pin WHERE partner_id = ?1");
    stmt.bind(1, partnerId);
    std::map<std::uint32_t, std::vector<std::uint8_t>> out;
    while (stmt.step()) {
        out[static_cast<std::uint32_t>(stmt.integer(0))] = stmt.blob(1);
    }
    return out;
}

void PrivateStore::pin(const std::string& partnerId, std::uint32_t version, const std::vector<std::uint8_t>& publicKey)
{
    storage::Statement stmt(m_db, "INSERT OR REPLACE INTO pin (partner_id, version, public_key) VALUES (?1, ?2, ?3)");
    stmt.bind(1, partnerId).bind(2, static_cast<long long>(version)).bind(3, publicKey);
    stmt.run();
}

std::optional<std::vector<std::uint8_t>> PrivateStore::verifiedDigest(const std::string& id)
{
    storage::Statement stmt(m_db, "SELECT digest FROM verified WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.blob(0);
}

void PrivateStore::recordVerified(const std::string& id, const std::vector<std::uint8_t>& digest)
{
    storage::Statement stmt(m_db, "INSERT OR REPLACE INTO verified (id, digest) VALUES (?1, ?2)");
    stmt.bind(1, id).bind(2, digest);
    stmt.run();
}

std::optional<std::string> PrivateStore::setting(const std::string& key)
{
    storage::Statement stmt(m_db, "SELECT value FROM setting WHERE key = ?1");
    stmt.bind(1, key);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0);
}

void PrivateStore::setSetting(const std::string& key, const std::string& value)
{
    storage::Statement stmt(m_db, "INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)");
    stmt.bind(1, key).bind(2, value);
    stmt.run();
}

bool PrivateStore::seenEvent(const std::string& id)
{
    storage::Statement stmt(m_db, "SELECT 1 FROM seen_event WHERE id = ?1");
    stmt.bind(1, id);
    return stmt.step();
}

void PrivateStore::markEventSeen(const std::string& id)
{
    storage::Statement stmt(m_db, "INSERT OR IGNORE INTO seen_event (id) VALUES (?1)");
    stmt.bind(1, id);
    stmt.run();
}

void PrivateStore::keepSizeClass()
{
    constexpr long long kFirstClass = 1LL << 20;
    constexpr long long kLowWater = 64LL * 1024;
    // Runs after every autosave, so it asks SQLite as little as it can: the page size never changes
    // on an open store, and a file that has reached the first class never shrinks (nothing here
    // vacuums), so while there is room to spare the free page count is the only question.
    if (m_pageSize == 0) {
        m_pageSize = m_db.queryInt("PRAGMA page_size");
    }
    const long long pageSize = m_pageSize;
    const long long free = m_db.queryInt("PRAGMA freelist_count");
    if (pageSize <= 0 || (m_reachedFirstClass && free * pageSize >= kLowWater)) {
        return;
    }
    const long long pages = m_db.queryInt("PRAGMA page_count");
    m_reachedFirstClass = pages * pageSize >= kFirstClass;
    if (free * pageSize >= kLowWater && m_reachedFirstClass) {
        return;
    }
    const long long used = (pages - free) * pageSize;
    long long target = kFirstClass;
    while (target < used + kLowWater) {
        target *= 2;
    }
    if (target <= pages * pageSize) {
        return;
    }
    // The blob takes the free pages first and only then makes the file longer, so it is as long as
    // the room from the used pages up to the class: the file then ends at the class (a little past
    // it, as each page also holds SQLCipher's reserve), whatever room was free before. Counting from
    // the file's length instead left it short by the free room, which a history of edits decides.
    const long long grow = target - used;
    // A blob that fills the room, then freed: SQLite never shrinks a file on its own (no
    // auto_vacuum), so its pages stay in the file as free room for the entries to come. With
    // secure_delete on, the freed pages hold zeros, encrypted like every page.
    storage::Transaction tx(m_db);
    storage::Statement fill(m_db, "INSERT INTO padding (bytes) VALUES (zeroblob(?1))");
    fill.bind(1, grow);
    fill.run();
    m_db.exec("DELETE FROM padding");
    tx.commit();
    m_db.checkpoint();
}

void PrivateStore::addToOutbox(const std::string& item)
{
    // An item already waiting keeps its place: the change file reads each item's current state when
    // it is built, so one row says all there is to say. Replacing it (a new sequence number, a
    // deleted and inserted row, its index entry and SQLite's AUTOINCREMENT counter, which even
    // INSERT OR IGNORE writes) was three of an autosave's five pages; an index probe is none.
    // Publishing is synchronous (build, write, clear), so no edit can fall between the build and
    // the clearing of the items it read.
    storage::Statement waiting(m_db, "SELECT 1 FROM outbox WHERE item = ?1");
    waiting.bind(1, item);
    if (waiting.step()) {
        return;
    }
    storage::Statement stmt(m_db, "INSERT INTO outbox (item) VALUES (?1)");
    stmt.bind(1, item);
    stmt.run();
}

std::vector<std::pair<std::int64_t, std::string>> PrivateStore::outbox()
{
    storage::Statement stmt(m_db, "SELECT seq, item FROM outbox ORDER BY seq");
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (stmt.step()) {
        out.emplace_back(stmt.integer(0), stmt.text(1));
    }
    return out;
}

void PrivateStore::clearOutboxUpTo(std::int64_t seq)
{
    storage::Statement stmt(m_db, "DELETE FROM outbox WHERE seq <= ?1");
    stmt.bind(1, static_cast<long long>(seq));
    stmt.run();
}

bool PrivateStore::imported(const std::string& fileName)
{
    storage::Statement stmt(m_db, "SELECT 1 FROM sync_imported WHERE name = ?1");
    stmt.bind(1, fileName);
    return stmt.step();
}

void PrivateStore::markImported(const std::string& fileName)
{
    storage::Statement stmt(m_db, "INSERT OR IGNORE INTO sync_imported (name) VALUES (?1)");
    stmt.bind(1, fileName);
    stmt.run();
}

std::vector<StoredEntry> PrivateStore::allRows()
{
    storage::Statement stmt(m_db, std::string("SELECT ") + kEntryColumns + " FROM entry ORDER BY hlc");
    const std::string owner = meta("partner_id").value_or("");
    std::vector<StoredEntry> out;
    while (stmt.step()) {
        out.push_back(readStored(stmt, owner));
    }
    return out;
}

void PrivateStore::exportTo(const std::filesystem::path& target, const crypto::SecretBytes& newPersonalKey)
{
    std::error_code ec;
    std::filesystem::remove(target, ec);
    m_db.exportTo(target, storeKey(newPersonalKey));
}

} // namespace tw::workbook::store

namespace tw::workbook::store {

void PrivateStore::addOtherVersion(const OtherVersion& v)
{
    storage::Statement stmt(m_db,
        "INSERT OR IGNORE INTO other_version (entry_id, device, hlc, body, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    stmt.bind(1, v.entryId).bind(2, v.device).bind(3, v.hlc).bind(4, v.body).bind(5, v.updatedAt);
    stmt.run();
}

std::vector<OtherVersion> PrivateStore::otherVersions(const std::string& entryId)
{
    storage::Statement stmt(
        m_db, "SELECT entry_id, device, hlc, body, updated_at FROM other_version WHERE entry_id = ?1 ORDER BY hlc");
    stmt.bind(1, entryId);
    std::vector<OtherVersion> out;
    while (stmt.step()) {
        out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.integer(4)});
    }
    return out;
}

std::vector<std::string> PrivateStore::entriesWithOtherVersions()
{
    storage::Statement stmt(m_db, "SELECT DISTINCT entry_id FROM other_version ORDER BY entry_id");
    std::vector<std::string> out;
    while (stmt.step()) {
        out.push_back(stmt.text(0));
    }
    return out;
}

void PrivateStore::dropOtherVersions(const std::string& entryId)
{
    storage::Statement stmt(m_db, "DELETE FROM other_version WHERE entry_id = ?1");
    stmt.bind(1, entryId);
    stmt.run();
}

} // namespace tw::workbook::store
