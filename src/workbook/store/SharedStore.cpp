// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedStore.h"

#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"

#include <utility>

namespace tw::workbook::store {
namespace {

// Each partner's rows take their rowids from a range of their own (the partner's rowid times
// 2^40), so one partner's rows lie together in the table's pages: the unlock check, which reads
// every row of the person unlocking, decrypts only their pages rather than every page of ten
// years. A partner whose rowid is outside the plain range, or a full range, gets SQLite's own
// choice (NULL), which is always free: an explicit rowid that collided would make INSERT OR
// REPLACE delete the row holding it.
constexpr const char* kNextRowidInRange
    = "(SELECT CASE WHEN next < base + 1099511627776 THEN next END FROM ("
      " SELECT base, coalesce((SELECT max(rowid) FROM entry WHERE rowid >= base AND rowid < base + 1099511627776),"
      " base) + 1 AS next FROM (SELECT rowid << 40 AS base FROM partner WHERE id = ?2 AND rowid BETWEEN 1 AND "
      "4194303)))";
constexpr long long kFirstRange = 1LL << 40;

constexpr const char* kRowColumns = "id, author, exercise_id, kind, parent_id, hlc, created_at, updated_at, deleted, "
                                    "key_version, signature, body";

SharedRow readRow(const storage::Statement& stmt, bool withBody)
{
    SharedRow r;
    r.id = stmt.text(0);
    r.authorId = stmt.text(1);
    r.exerciseId = stmt.text(2);
    r.kind = stmt.text(3);
    r.parentId = stmt.optionalText(4).value_or("");
    r.hlc = stmt.text(5);
    r.createdAt = stmt.integer(6);
    r.updatedAt = stmt.integer(7);
    r.deleted = stmt.integer(8) != 0;
    r.keyVersion = static_cast<std::uint32_t>(stmt.integer(9));
    if (!stmt.isNull(10)) {
        r.signature = stmt.blob(10);
    }
    if (withBody) {
        r.sealedBody = stmt.blob(11);
    }
    return r;
}

Marker readMarker(const storage::Statement& stmt)
{
    Marker m;
    m.authorId = stmt.text(0);
    m.subject = stmt.text(1);
    m.kind = stmt.text(2);
    m.version = stmt.integer(3);
    m.value = stmt.text(4);
    m.keyVersion = static_cast<std::uint32_t>(stmt.integer(5));
    m.signature = stmt.blob(6);
    return m;
}

std::string whereFor(const SharedQuery& q, const std::string& base)
{
    std::string sql = base;
    if (!q.authorId.empty()) {
        sql += " AND author = ?1";
    }
    if (!q.exerciseId.empty()) {
        sql += " AND exercise_id = ?2";
    }
    if (!q.kind.empty()) {
        sql += " AND kind = ?3";
    }
    if (!q.parentId.empty()) {
        sql += " AND parent_id = ?4";
    }
    if (!q.id.empty()) {
        sql += " AND id = ?5";
    }
    sql += q.newestFirst ? " ORDER BY created_at DESC, id DESC" : " ORDER BY created_at, id";
    if (q.limit > 0) {
        sql += " LIMIT " + std::to_string(q.limit);
    }
    return sql;
}

void bindQuery(storage::Statement& stmt, const SharedQuery& q)
{
    if (!q.authorId.empty()) {
        stmt.bind(1, q.authorId);
    }
    if (!q.exerciseId.empty()) {
        stmt.bind(2, q.exerciseId);
    }
    if (!q.kind.empty()) {
        stmt.bind(3, q.kind);
    }
    if (!q.parentId.empty()) {
        stmt.bind(4, q.parentId);
    }
    if (!q.id.empty()) {
        stmt.bind(5, q.id);
    }
}

} // namespace

SharedStore::SharedStore(storage::Database& db)
    : m_db(db)
{
}

void SharedStore::putRow(const SharedRow& r)
{
    // A new rowid each time, also for a row written again: rowsStamp() relies on it.
    storage::Statement stmt(m_db,
        std::string("INSERT OR REPLACE INTO entry (rowid, id, author, exercise_id, kind, visibility, parent_id, body, "
                    "created_at, updated_at, hlc, deleted, signature, key_version) VALUES (")
            + kNextRowidInRange + ", ?1, ?2, ?3, ?4, 'shared', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    stmt.bind(1, r.id).bind(2, r.authorId).bind(3, r.exerciseId).bind(4, r.kind);
    if (r.parentId.empty()) {
        stmt.bindNull(5);
    } else {
        stmt.bind(5, r.parentId);
    }
    stmt.bind(6, r.sealedBody).bind(7, r.createdAt).bind(8, r.updatedAt).bind(9, r.hlc);
    stmt.bind(10, static_cast<long long>(r.deleted ? 1 : 0)).bind(11, r.signature);
    stmt.bind(12, static_cast<long long>(r.keyVersion));
    stmt.run();
}

int SharedStore::groupRowsByAuthor()
{
    // Rows from before the ranges (every rowid below the first range) move to their author's
    // range one at a time, oldest first, each to the next free rowid there. Nothing else changes,
    // so no digest, signature or stamp of a row's content is touched.
    std::vector<std::pair<long long, std::string>> rows;
    {
        storage::Statement stmt(m_db, "SELECT rowid, author FROM entry WHERE rowid < ?1 ORDER BY rowid");
        stmt.bind(1, kFirstRange);
        while (stmt.step()) {
            rows.emplace_back(stmt.integer(0), stmt.text(1));
        }
    }
    int moved = 0;
    for (const auto& [rowid, author] : rows) {
        // A row whose author has no range (their partner row moved out of bounds, or gone) stays
        // where it is: setting a rowid to NULL is an error, and it would stop the unlock.
        storage::Statement next(m_db, std::string("SELECT ") + kNextRowidInRange);
        next.bind(2, author);
        if (!next.step() || next.isNull(0)) {
            continue;
        }
        storage::Statement move(m_db, "UPDATE entry SET rowid = ?2 WHERE rowid = ?1");
        move.bind(1, rowid).bind(2, next.integer(0));
        move.run();
        ++moved;
    }
    return moved;
}

bool SharedStore::hasRowsOutsideRanges() const
{
    storage::Statement stmt(m_db, "SELECT 1 FROM entry WHERE rowid < ?1 LIMIT 1");
    stmt.bind(1, kFirstRange);
    return stmt.step();
}

std::optional<SharedRow> SharedStore::row(const std::string& id) const
{
    storage::Statement stmt(
        m_db, std::string("SELECT ") + kRowColumns + " FROM entry WHERE id = ?1 AND signature IS NOT NULL");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return readRow(stmt, true);
}

std::vector<SharedRow> SharedStore::rows(const SharedQuery& query) const
{
    storage::Statement stmt(m_db,
        whereFor(query,
            std::string("SELECT ") + kRowColumns
                + " FROM entry WHERE deleted = 0 AND visibility = 'shared' AND signature IS NOT NULL"));
    bindQuery(stmt, query);
    std::vector<SharedRow> out;
    while (stmt.step()) {
        out.push_back(readRow(stmt, true));
    }
    return out;
}

std::string SharedStore::rowsStamp(const std::string& exerciseId, const char* kindA, const char* kindB) const
{
    // Covered by entry_by_exercise_kind (exercise, author, kind, and the rowid every index holds).
    storage::Statement stmt(
        m_db, "SELECT count(*), max(rowid), total(rowid) FROM entry WHERE exercise_id = ?1 AND kind IN (?2, ?3)");
    stmt.bind(1, exerciseId).bind(2, std::string_view(kindA)).bind(3, std::string_view(kindB));
    if (!stmt.step()) {
        return {};
    }
    return std::to_string(stmt.integer(0)) + ":" + std::to_string(stmt.integer(1)) + ":" + stmt.text(2);
}

long long SharedStore::visitRowDigests(const std::string& authorId,
    const std::function<void(std::string_view id, std::span<const std::uint8_t> digest)>& visit) const
{
    // Unsigned rows are counted in the same pass rather than by a second query, which would look
    // up every one of the author's rows again to read its signature.
    storage::Statement stmt(m_db, std::string("SELECT ") + kRowColumns + " FROM entry WHERE author = ?1");
    stmt.bind(1, authorId);
    long long unsignedRows = 0;
    while (stmt.step()) {
        if (stmt.isNull(10)) {
            ++unsignedRows;
            continue;
        }
        // The same columns as readRow(), as views: a NULL parent reads as empty there too.
        const SharedRowView row{stmt.textView(0), stmt.textView(1), stmt.textView(2), stmt.textView(3),
            stmt.textView(4), stmt.textView(5), stmt.integer(6), stmt.integer(7), stmt.integer(8) != 0,
            stmt.blobView(11), static_cast<std::uint32_t>(stmt.integer(9)), stmt.blobView(10)};
        visit(row.id, rowDigest(row));
    }
    return unsignedRows;
}

void SharedStore::visitSharedNewestFirst(const std::string& authorId,
    const std::function<bool(const std::string& id, const std::string& exerciseId)>& visit) const
{
    storage::Statement stmt(m_db,
        "SELECT id, exercise_id FROM entry WHERE author = ?1 AND deleted = 0 AND visibility = 'shared' "
        "AND signature IS NOT NULL ORDER BY hlc DESC");
    stmt.bind(1, authorId);
    while (stmt.step()) {
        if (!visit(stmt.text(0), stmt.text(1))) {
            return;
        }
    }
}

void SharedStore::deleteRow(const std::string& id)
{
    storage::Statement stmt(m_db, "DELETE FROM entry WHERE id = ?1");
    stmt.bind(1, id);
    stmt.run();
}

void SharedStore::putMarker(const Marker& m)
{
    storage::Statement stmt(m_db,
        "INSERT OR REPLACE INTO marker (author, subject, kind, version, value, key_version, signature) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    stmt.bind(1, m.authorId).bind(2, m.subject).bind(3, m.kind).bind(4, static_cast<long long>(m.version));
    stmt.bind(5, m.value).bind(6, static_cast<long long>(m.keyVersion)).bind(7, m.signature);
    stmt.run();
}

std::optional<Marker> SharedStore::marker(
    const std::string& authorId, const std::string& subject, const std::string& kind) const
{
    storage::Statement stmt(m_db,
        "SELECT author, subject, kind, version, value, key_version, signature FROM marker "
        "WHERE author = ?1 AND subject = ?2 AND kind = ?3");
    stmt.bind(1, authorId).bind(2, subject).bind(3, kind);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return readMarker(stmt);
}

std::vector<Marker> SharedStore::markers(const std::string& authorId) const
{
    storage::Statement stmt(
        m_db, "SELECT author, subject, kind, version, value, key_version, signature FROM marker WHERE author = ?1");
    stmt.bind(1, authorId);
    std::vector<Marker> out;
    while (stmt.step()) {
        out.push_back(readMarker(stmt));
    }
    return out;
}

void SharedStore::deleteMarker(const std::string& authorId, const std::string& subject, const std::string& kind)
{
    storage::Statement stmt(m_db, "DELETE FROM marker WHERE author = ?1 AND subject = ?2 AND kind = ?3");
    stmt.bind(1, authorId).bind(2, subject).bind(3, kind);
    stmt.run();
}

void SharedStore::putKey(const PartnerKey& key)
{
    storage::Statement stmt(m_db,
        "INSERT OR REPLACE INTO partner_key (partner_id, version, public_key, signature) VALUES (?1, ?2, ?3, ?4)");
    stmt.bind(1, key.partnerId).bind(2, static_cast<long long>(key.version)).bind(3, key.publicKey);
    stmt.bind(4, key.signature);
    stmt.run();
}

std::vector<PartnerKey> SharedStore::keys(const std::string& partnerId) const
{
    storage::Statement stmt(m_db,
        "SELECT partner_id, version, public_key, signature FROM partner_key WHERE partner_id = ?1 ORDER BY version");
    stmt.bind(1, partnerId);
    std::vector<PartnerKey> out;
    while (stmt.step()) {
        PartnerKey k;
        k.partnerId = stmt.text(0);
        k.version = static_cast<std::uint32_t>(stmt.integer(1));
        k.publicKey = stmt.blob(2);
        k.signature = stmt.blob(3);
        out.push_back(std::move(k));
    }
    return out;
}

void SharedStore::deleteKeysAbove(const std::string& partnerId, std::uint32_t version)
{
    storage::Statement stmt(m_db, "DELETE FROM partner_key WHERE partner_id = ?1 AND version > ?2");
    stmt.bind(1, partnerId).bind(2, static_cast<long long>(version));
    stmt.run();
}

std::optional<std::vector<std::uint8_t>> SharedStore::sealedHead(const std::string& partnerId) const
{
    storage::Statement stmt(m_db, "SELECT sealed FROM sealed_head WHERE partner_id = ?1");
    stmt.bind(1, partnerId);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.blob(0);
}

void SharedStore::putSealedHead(const std::string& partnerId, const std::vector<std::uint8_t>& sealed)
{
    storage::Statement stmt(m_db, "INSERT OR REPLACE INTO sealed_head (partner_id, sealed) VALUES (?1, ?2)");
    stmt.bind(1, partnerId).bind(2, sealed);
    stmt.run();
}

void SharedStore::putEvent(const Event& e)
{
    storage::Statement stmt(m_db,
        "INSERT OR REPLACE INTO event (id, author, kind, body, created_at, key_version, signature) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    stmt.bind(1, e.id).bind(2, e.authorId).bind(3, e.kind).bind(4, e.body).bind(5, e.createdAt);
    stmt.bind(6, static_cast<long long>(e.keyVersion)).bind(7, e.signature);
    stmt.run();
}

std::vector<Event> SharedStore::events() const
{
    storage::Statement stmt(
        m_db, "SELECT id, author, kind, body, created_at, key_version, signature FROM event ORDER BY created_at, id");
    std::vector<Event> out;
    while (stmt.step()) {
        Event e;
        e.id = stmt.text(0);
        e.authorId = stmt.text(1);
        e.kind = stmt.text(2);
        e.body = stmt.text(3);
        e.createdAt = stmt.integer(4);
        e.keyVersion = static_cast<std::uint32_t>(stmt.integer(5));
        e.signature = stmt.blob(6);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<SharedRow> SharedStore::legacyRows(const std::string& authorId, const std::string& visibility) const
{
    storage::Statement stmt(m_db,
        std::string("SELECT ") + kRowColumns
            + " FROM entry WHERE author = ?1 AND visibility = ?2 AND signature IS NULL ORDER BY created_at, id");
    stmt.bind(1, authorId).bind(2, visibility);
    std::vector<SharedRow> out;
    while (stmt.step()) {
        out.push_back(readRow(stmt, true));
    }
    return out;
}

bool SharedStore::legacyHas(const std::string& authorId, const std::string& exerciseId, const std::string& kind) const
{
    storage::Statement stmt(m_db,
        "SELECT 1 FROM entry WHERE author = ?1 AND exercise_id = ?2 AND kind = ?3 AND deleted = 0 "
        "AND signature IS NULL LIMIT 1");
    stmt.bind(1, authorId).bind(2, exerciseId).bind(3, kind);
    return stmt.step();
}

std::vector<SharedRow> SharedStore::legacySharedRows(const SharedQuery& query) const
{
    storage::Statement stmt(m_db,
        whereFor(query,
            std::string("SELECT ") + kRowColumns
                + " FROM entry WHERE deleted = 0 AND visibility = 'shared' AND signature IS NULL"));
    bindQuery(stmt, query);
    std::vector<SharedRow> out;
    while (stmt.step()) {
        out.push_back(readRow(stmt, true));
    }
    return out;
}

} // namespace tw::workbook::store
