// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtherPartner.h"

#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Statement.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>

namespace tw::test {
namespace {

// The associated data Trustwork binds into a shared body: an attacker reads it from the source.
std::string context(const std::string& id, const std::string& author, const std::string& exercise,
    const std::string& kind, const std::string& visibility, const std::string& parent)
{
    return "trustwork-entry-v1|" + id + "|" + author + "|" + exercise + "|" + kind + "|" + visibility + "|" + parent;
}

TableDump dumpDatabase(storage::Database& db)
{
    TableDump dump;
    std::vector<std::string> tables;
    {
        storage::Statement list(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (list.step()) {
            tables.push_back(list.text(0));
        }
    }
    for (const auto& table : tables) {
        sqlite3_stmt* raw = nullptr;
        const std::string sql = "SELECT * FROM \"" + table + "\"";
        sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &raw, nullptr);
        auto& rows = dump[table];
        while (raw && sqlite3_step(raw) == SQLITE_ROW) {
            RowText row;
            for (int c = 0; c < sqlite3_column_count(raw); ++c) {
                const std::string name = sqlite3_column_name(raw, c);
                switch (sqlite3_column_type(raw, c)) {
                case SQLITE_NULL:
                    row[name] = "NULL";
                    break;
                case SQLITE_BLOB: {
                    const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(raw, c));
                    row[name]
                        = "x'" + crypto::toHex({bytes, static_cast<std::size_t>(sqlite3_column_bytes(raw, c))}) + "'";
                    break;
                }
                default:
                    row[name] = reinterpret_cast<const char*>(sqlite3_column_text(raw, c));
                }
            }
            rows.push_back(std::move(row));
        }
        sqlite3_finalize(raw);
    }
    return dump;
}

} // namespace

OtherPartner::OtherPartner(std::filesystem::path dir, std::string name, const std::string& passphrase)
    : m_dir(std::move(dir))
    , m_slots(crypto::KeySlotFile::load(m_dir / "workbook.keys"))
{
    m_id = m_slots.findByName(name)->id;
    m_workbookId = m_slots.workbookId;
    m_keys = m_slots.unlock(m_id, crypto::SlotType::Passphrase, crypto::SecretBytes::fromString(passphrase));
}

std::string OtherPartner::idOf(const std::string& name) const
{
    return m_slots.findByName(name)->id;
}

storage::Database OtherPartner::shared() const
{
    storage::Database db(m_dir / "workbook.db", m_keys.databaseKey, {});
    db.configureForWriting();
    return db;
}

std::map<std::string, TableDump> OtherPartner::everythingReadable() const
{
    std::map<std::string, TableDump> out;
    {
        auto db = shared();
        out["workbook.db"] = dumpDatabase(db);
    }
    const auto own = m_dir / "private" / (m_id + ".db");
    if (std::filesystem::exists(own)) {
        storage::Database mine(own, crypto::deriveSubkey(m_keys.personalKey, 1, "twstore1"), {});
        out["private/own"] = dumpDatabase(mine);
    }
    return out;
}

std::vector<std::string> OtherPartner::openableBodies() const
{
    std::vector<std::string> out;
    auto db = shared();
    storage::Statement stmt(db, "SELECT id, author, exercise_id, kind, visibility, parent_id, body FROM entry");
    while (stmt.step()) {
        const auto ad = context(
            stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4), stmt.optionalText(5).value_or(""));
        for (const auto* key : {&m_keys.coupleKey, &m_keys.personalKey}) {
            if (const auto plain = crypto::open(*key, stmt.blob(6), ad)) {
                out.emplace_back(plain->begin(), plain->end());
            }
        }
    }
    return out;
}

bool OtherPartner::canFind(const std::string& needle) const
{
    for (const auto& [file, tables] : everythingReadable()) {
        for (const auto& [table, rows] : tables) {
            for (const auto& row : rows) {
                for (const auto& [column, value] : row) {
                    if (value.find(needle) != std::string::npos) {
                        return true;
                    }
                }
            }
        }
    }
    const auto bodies = openableBodies();
    if (std::any_of(
            bodies.begin(), bodies.end(), [&](const std::string& b) { return b.find(needle) != std::string::npos; })) {
        return true;
    }
    return treeContains(m_dir, needle);
}

void OtherPartner::exec(const std::string& sql) const
{
    auto db = shared();
    db.exec(sql);
}

crypto::SigningKeyPair OtherPartner::forgerKeys() const
{
    return crypto::SigningKeyPair::fromSeed(crypto::SecretBytes::random(crypto::kSeedBytes));
}

void plant(const OtherPartner& attacker, const PlantedRow& row)
{
    auto db = attacker.shared();
    const auto ad = context(row.id, row.author, row.exercise, row.kind, "shared", row.parent);
    const auto sealed = crypto::seal(attacker.keys().coupleKey, crypto::asBytes(row.body), ad);
    std::vector<std::uint8_t> signature;
    if (row.signWithForgerKey) {
        // A real Ed25519 signature over the row's fields, by a key that is not the author's.
        const auto keys = attacker.forgerKeys();
        signature = crypto::signDetached(keys, crypto::asBytes(row.id + row.author + row.body));
    }
    storage::Statement stmt(db,
        "INSERT OR REPLACE INTO entry (id, author, exercise_id, kind, visibility, parent_id, body, created_at, "
        "updated_at, hlc, deleted, signature, key_version) VALUES (?1, ?2, ?3, ?4, 'shared', ?5, ?6, ?7, ?8, ?9, 0, "
        "?10, ?11)");
    stmt.bind(1, row.id).bind(2, row.author).bind(3, row.exercise).bind(4, row.kind);
    if (row.parent.empty()) {
        stmt.bindNull(5);
    } else {
        stmt.bind(5, row.parent);
    }
    stmt.bind(6, sealed).bind(7, row.createdAt).bind(8, row.updatedAt).bind(9, row.hlc);
    if (signature.empty()) {
        stmt.bindNull(10);
        stmt.bind(11, 0LL);
    } else {
        stmt.bind(10, signature);
        stmt.bind(11, 1LL);
    }
    stmt.run();
}

} // namespace tw::test
