// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Session.h"

#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Random.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Backups.h"

#include <sodium.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace tw::workbook {
namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

// Everything that identifies a row is bound into its seal, so a body cannot be moved to another
// row, person, exercise or visibility without failing to open.
std::string entryContext(const Entry& e)
{
    return "trustwork-entry-v1|" + e.id + "|" + e.authorId + "|" + e.exerciseId + "|" + e.kind + "|"
        + std::string(visibilityName(e.visibility)) + "|" + e.parentId;
}

// Every body is padded to a multiple of this before sealing: the other partner holds the database
// key and can see ciphertext sizes, and the length of someone's private writing is itself private.
constexpr std::size_t kPadBlock = 256;

std::vector<std::uint8_t> padded(const std::string& body)
{
    std::vector<std::uint8_t> out(body.size() + kPadBlock);
    std::copy(body.begin(), body.end(), out.begin());
    std::size_t length = 0;
    sodium_pad(&length, out.data(), body.size(), kPadBlock, out.size());
    out.resize(length);
    return out;
}

std::optional<std::string> unpadded(const std::vector<std::uint8_t>& bytes)
{
    std::size_t length = 0;
    if (bytes.empty() || sodium_unpad(&length, bytes.data(), bytes.size(), kPadBlock) != 0) {
        return std::nullopt;
    }
    return std::string(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(length));
}

Visibility visibilityFrom(const std::string& text)
{
    return text == "shared" ? Visibility::Shared : Visibility::Private;
}

} // namespace

Session::Session(Paths paths, storage::Database db, crypto::KeySlotFile slots, crypto::KeySet keys,
    std::string partnerId, Options options)
    : m_paths(std::move(paths))
    , m_db(std::make_unique<storage::Database>(std::move(db)))
    , m_slots(std::move(slots))
    , m_keys(std::move(keys))
    , m_partnerId(std::move(partnerId))
    , m_options(std::move(options))
    , m_hlc(m_partnerId.substr(0, 8))
{
}

Session::~Session()
{
    lock();
}

void Session::lock()
{
    if (m_db) {
        tw::log::get("workbook")->debug("workbook locked");
    }
    m_db.reset();
    m_keys.databaseKey.wipe();
    m_keys.personalKey.wipe();
    m_keys.coupleKey.wipe();
}

void Session::requireOpen() const
{
    if (!m_db) {
        throw Error(ErrorKind::Usage, "The workbook is locked. Unlock it first.");
    }
}

void Session::loadPartners()
{
    requireOpen();
    m_partners.clear();
    // A practice's only person is its therapist; a couple's workbook lists only the partners.
    storage::Statement stmt(
        *m_db, "SELECT id, name, role FROM partner WHERE role <> 'therapist' OR id = ?1 ORDER BY created_at");
    stmt.bind(1, m_partnerId);
    while (stmt.step()) {
        PartnerInfo p;
        p.id = stmt.text(0);
        p.name = stmt.text(1);
        p.role = roleFromName(stmt.text(2)).value_or(Role::Mutual);
        m_partners.push_back(std::move(p));
    }
    if (std::none_of(m_partners.begin(), m_partners.end(), [&](const PartnerInfo& p) { return p.id == m_partnerId; })) {
        throw Error(ErrorKind::Damaged,
            "This workbook has a key for a person it does not list; it may be damaged. "
            "Restore the latest backup.");
    }
    storage::Statement last(*m_db, "SELECT max(hlc) FROM entry WHERE author = ?1");
    last.bind(1, m_partnerId);
    if (last.step() && !last.isNull(0)) {
        m_hlc.observe(last.text(0));
    }
}

void Session::takeDailyBackupIfDue()
{
    if (m_options.dailyBackup && nowMs() - Backups::newestTime(m_paths) >= kDayMs) {
        automaticBackup("daily");
    }
}

const PartnerInfo& Session::me() const
{
    return *std::find_if(
        m_partners.begin(), m_partners.end(), [&](const PartnerInfo& p) { return p.id == m_partnerId; });
}

const PartnerInfo* Session::otherPartner() const
{
    auto it
        = std::find_if(m_partners.begin(), m_partners.end(), [&](const PartnerInfo& p) { return p.id != m_partnerId; });
    return it == m_partners.end() ? nullptr : &*it;
}

const crypto::SecretBytes& Session::keyFor(Visibility visibility) const
{
    return visibility == Visibility::Private ? m_keys.personalKey : m_keys.coupleKey;
}

void Session::writeSealed(const Entry& e, bool insert)
{
    const auto sealed = crypto::seal(keyFor(e.visibility), padded(e.body), entryContext(e));
    const std::string hlc = m_hlc.tick(e.updatedAt);
    storage::Transaction tx(*m_db);
    if (insert) {
        storage::Statement stmt(*m_db,
            "INSERT INTO entry (id, author, exercise_id, kind, visibility, parent_id, body, "
            "created_at, updated_at, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        stmt.bind(1, e.id).bind(2, e.authorId).bind(3, e.exerciseId).bind(4, e.kind);
        stmt.bind(5, visibilityName(e.visibility));
        if (e.parentId.empty()) {
            stmt.bindNull(6);
        } else {
            stmt.bind(6, e.parentId);
        }
        stmt.bind(7, sealed).bind(8, e.createdAt).bind(9, e.updatedAt).bind(10, hlc);
        stmt.run();
    } else {
        storage::Statement stmt(*m_db,
            "UPDATE entry SET visibility = ?1, body = ?2, updated_at = ?3, hlc = ?4 "
            "WHERE id = ?5 AND author = ?6");
        stmt.bind(1, visibilityName(e.visibility)).bind(2, sealed).bind(3, e.updatedAt).bind(4, hlc);
        stmt.bind(5, e.id).bind(6, e.authorId);
        stmt.run();
    }
    tx.commit();
}

std::string Session::addEntry(const NewEntry& input)
{
    requireOpen();
    if (input.exerciseId.empty() || input.kind.empty()) {
        throw Error(ErrorKind::Usage, "An entry needs an exercise and a kind.");
    }
    Entry e;
    e.id = crypto::randomUuid();
    e.authorId = m_partnerId;
    e.exerciseId = input.exerciseId;
    e.kind = input.kind;
    e.visibility = input.visibility;
    e.parentId = input.parentId;
    e.body = input.body;
    e.createdAt = nowMs();
    e.updatedAt = e.createdAt;
    writeSealed(e, true);
    tw::log::get("workbook")->debug("entry {} added ({}, {})", e.id, e.kind, visibilityName(e.visibility));
    return e.id;
}

Entry Session::ownEntry(const std::string& id) const
{
    auto found = entry(id);
    if (!found || found->authorId != m_partnerId) {
        throw Error(ErrorKind::NotFound, "No entry of yours with that id.");
    }
    return *found;
}

void Session::updateEntry(const std::string& id, const std::string& body)
{
    requireOpen();
    Entry e = ownEntry(id);
    e.body = body;
    e.updatedAt = std::max(nowMs(), e.updatedAt);
    writeSealed(e, false);
}

void Session::setVisibility(const std::string& id, Visibility visibility)
{
    requireOpen();
    Entry e = ownEntry(id);
    if (e.visibility == visibility) {
        return;
    }
    e.visibility = visibility;
    e.updatedAt = std::max(nowMs(), e.updatedAt);
    writeSealed(e, false);
    tw::log::get("workbook")->debug("entry {} is now {}", id, visibilityName(visibility));
}

void Session::deleteEntry(const std::string& id)
{
    requireOpen();
    Entry e = ownEntry(id);
    e.body.clear();
    e.updatedAt = std::max(nowMs(), e.updatedAt);
    writeSealed(e, false);
    storage::Statement stmt(*m_db, "UPDATE entry SET deleted = 1 WHERE id = ?1 AND author = ?2");
    stmt.bind(1, id).bind(2, m_partnerId);
    stmt.run();
}

std::vector<Entry> Session::entries(const EntryFilter& filter) const
{
    requireOpen();
    std::string sql = "SELECT id, author, exercise_id, kind, visibility, parent_id, body, created_at, updated_at "
                      "FROM entry WHERE deleted = 0 AND (visibility = 'shared' OR author = ?1)";
    if (!filter.exerciseId.empty()) {
        sql += " AND exercise_id = ?2";
    }
    if (!filter.kind.empty()) {
        sql += " AND kind = ?3";
    }
    if (!filter.parentId.empty()) {
        sql += " AND parent_id = ?4";
    }
    if (!filter.authorId.empty()) {
        sql += " AND author = ?5";
    }
    if (filter.sharedOnly) {
        sql += " AND visibility = 'shared'";
    }
    if (!filter.id.empty()) {
        sql += " AND id = ?6";
    }
    sql += filter.newestFirst ? " ORDER BY created_at DESC, id DESC" : " ORDER BY created_at, id";
    if (filter.limit > 0) {
        sql += " LIMIT " + std::to_string(filter.limit);
    }
    storage::Statement stmt(*m_db, sql);
    stmt.bind(1, m_partnerId);
    if (!filter.exerciseId.empty()) {
        stmt.bind(2, filter.exerciseId);
    }
    if (!filter.kind.empty()) {
        stmt.bind(3, filter.kind);
    }
    if (!filter.parentId.empty()) {
        stmt.bind(4, filter.parentId);
    }
    if (!filter.authorId.empty()) {
        stmt.bind(5, filter.authorId);
    }
    if (!filter.id.empty()) {
        stmt.bind(6, filter.id);
    }
    std::vector<Entry> out;
    while (stmt.step()) {
        Entry e;
        e.id = stmt.text(0);
        e.authorId = stmt.text(1);
        e.exerciseId = stmt.text(2);
        e.kind = stmt.text(3);
        e.visibility = visibilityFrom(stmt.text(4));
        e.parentId = stmt.optionalText(5).value_or("");
        e.createdAt = stmt.integer(7);
        e.updatedAt = stmt.integer(8);
        const auto opened = crypto::open(keyFor(e.visibility), stmt.blob(6), entryContext(e));
        const auto body = opened ? unpadded(*opened) : std::nullopt;
        if (!body) {
            throw Error(ErrorKind::Damaged,
                "An entry in this workbook could not be opened: the file is damaged or "
                "was changed outside Trustwork. Restore the latest backup.");
        }
        e.body = *body;
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<Entry> Session::entry(const std::string& id) const
{
    // One row by its key: reading the whole exercise to find it decrypted thousands of rows on
    // every autosave of a check-in or a log entry after a few years.
    auto found = entries({.id = id});
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

bool Session::hasEntry(const std::string& authorId, const std::string& exerciseId, const std::string& kind) const
{
    requireOpen();
    // About the other partner, only the facts the design allows are asked: "has answered this
    // reveal", "marked this done" and "has taken the safety check". Anything else would be monitoring.
    const bool allowed = kind == "reveal-answer" || kind == "reveal-published" || kind == "progress"
        || (kind == "answer" && exerciseId == "start.safety-check");
    if (authorId != m_partnerId && !allowed) {
        throw Error(ErrorKind::Usage, "Trustwork does not report what your partner has written.");
    }
    storage::Statement stmt(*m_db,
        "SELECT 1 FROM entry WHERE author = ?1 AND exercise_id = ?2 AND kind = ?3 "
        "AND deleted = 0 LIMIT 1");
    stmt.bind(1, authorId).bind(2, exerciseId).bind(3, kind);
    return stmt.step();
}

void Session::changePassphrase(const crypto::SecretBytes& oldPassphrase, const crypto::SecretBytes& newPassphrase)
{
    requireOpen();
    // Proves the old passphrase, so an unattended unlocked window cannot be used to take over.
    (void)m_slots.unlock(m_partnerId, crypto::SlotType::Passphrase, oldPassphrase);
    m_slots.setSlot(m_partnerId, crypto::SlotType::Passphrase, m_keys, newPassphrase, m_options.kdf);
    m_slots.save(m_paths.keySlots);
    tw::log::get("workbook")->debug("passphrase changed for partner {}", m_partnerId);
}

crypto::SecretBytes Session::addPartner(const NewPartner& partner)
{
    requireOpen();
    if (isPractice()) {
        throw Error(
            ErrorKind::Usage, "A practice workbook belongs to one therapist; partners join a couple's workbook.");
    }
    if (!isSolo()) {
        throw Error(ErrorKind::Usage, "This workbook already has two partners.");
    }
    if (partner.name.empty() || m_slots.findByName(partner.name)) {
        throw Error(ErrorKind::Usage, "Choose a name that is not empty and differs from your partner's.");
    }
    crypto::KeySet theirs{
        m_keys.databaseKey.clone(), crypto::SecretBytes::random(crypto::kKeyBytes), m_keys.coupleKey.clone()};
    crypto::KeySlotFile updated = m_slots;
    const std::string id = updated.addOwner(partner.name);
    updated.setSlot(id, crypto::SlotType::Passphrase, theirs, partner.passphrase, m_options.kdf);
    auto code = crypto::makeRecoveryCode();
    updated.setSlot(id, crypto::SlotType::Recovery, theirs, code, m_options.kdf);

    storage::Transaction tx(*m_db);
    storage::Statement stmt(
        *m_db, "INSERT INTO partner (id, name, role, solo, created_at, hlc) VALUES (?1, ?2, ?3, 0, ?4, ?5)");
    stmt.bind(1, id)
        .bind(2, partner.name)
        .bind(3, roleName(partner.role))
        .bind(4, nowMs())
        .bind(5, m_hlc.tick(nowMs()));
    stmt.run();
    m_db->exec("UPDATE partner SET solo = 0");
    // The key file is replaced before the commit: if that fails, the new partner row rolls back too.
    updated.save(m_paths.keySlots);
    tx.commit();
    m_slots = std::move(updated);
    loadPartners();
    tw::log::get("workbook")->info("second partner added");
    return code;
}

void Session::backup(const std::filesystem::path& output)
{
    requireOpen();
    Backups::write(*m_db, m_paths, output);
}

std::filesystem::path Session::automaticBackup(const std::string& reason)
{
    requireOpen();
    return Backups::writeAutomatic(*m_db, m_paths, reason, nowMs());
}

std::string Session::verify()
{
    requireOpen();
    std::string problems = m_db->integrityProblems();
    if (!problems.empty()) {
        return problems;
    }
    try {
        (void)entries();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace tw::workbook
