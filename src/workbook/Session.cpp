// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Session.h"

#include "store/PrivateStore.h"
#include "store/RowBodies.h"
#include "store/SharedStore.h"
#include "store/UnlockCheck.h"
#include "sync/VersionVector.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/Backups.h"

#include <sodium.h>

#include <algorithm>
#include <set>
#include <utility>

namespace tw::workbook {
namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

// The kinds whose existence the other partner may learn, and the marker that tells them.
const char* markerKindFor(const std::string& exerciseId, const std::string& kind)
{
    if (kind == "progress") {
        return store::kDoneMarker;
    }
    if (kind == "reveal-answer") {
        return store::kAnsweredMarker;
    }
    if (kind == "answer" && exerciseId == "start.safety-check") {
        return store::kTakenMarker;
    }
    return nullptr;
}

bool sortsBefore(const Entry& a, const Entry& b)
{
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

// Checked here, under every window and tool, because the page promises it (Types.h).
void refuseSharingNeverShared(const std::string& kind, Visibility visibility)
{
    if (kind == kNeverSharedKind && visibility == Visibility::Shared) {
        throw Error(ErrorKind::Usage,
            "These answers are kept for you alone, as their page says: they cannot be shared with your "
            "partner. Nothing was changed.");
    }
}

[[noreturn]] void damagedRow()
{
    throw Error(ErrorKind::Damaged,
        "An entry in this workbook could not be opened: the file is damaged or was changed outside "
        "Trustwork. Restore the latest backup.");
}

} // namespace

Session::Session(Paths paths, storage::Database db, crypto::KeySlotFile slots, crypto::KeySet keys,
    std::string partnerId, Options options)
    : m_paths(std::move(paths))
    , m_db(std::make_unique<storage::Database>(std::move(db)))
    , m_shared(std::make_unique<store::SharedStore>(*m_db))
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
    if (m_db && m_private && m_checkedAtUnlock) {
        m_checkedAtUnlock = false;
        try {
            store::UnlockCheck::recordCheckedFile(*this);
        } catch (const Error& e) {
            // Only a shortcut: the next unlock reads my rows as it always did.
            tw::log::get("workbook")
                ->warn("the shared file was not stamped at lock (error kind {})", static_cast<int>(e.kind()));
        }
    }
    if (m_private) {
        // The journal goes into the file before it closes, so nothing of this session's writing
        // waits beside it in a -wal file whose size tells when and how much was written.
        try {
            m_private->db().checkpoint();
        } catch (const Error&) {
        }
    }
    m_private.reset();
    m_shared.reset();
    m_db.reset();
    m_signing.reset();
    m_verified.reset();
    m_trustedKeys.clear();
    m_keys.wipe();
}

void Session::requireOpen() const
{
    if (!m_db || !m_private) {
        throw Error(ErrorKind::Usage, "The workbook is locked. Unlock it first.");
    }
}

void Session::loadPartners()
{
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
}

void Session::takeDailyBackupIfDue()
{
    if (m_options.dailyBackup && nowMs() - Backups::newestTime(m_paths, nowMs(), *this) >= kDayMs) {
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

const crypto::SigningKeyPair& Session::signingKeys() const
{
    requireOpen();
    return *m_signing;
}

// --- my rows --------------------------------------------------------------------------------

store::StoredEntry Session::ownRow(const std::string& id) const
{
    requireOpen();
    auto row = m_private->get(id);
    if (!row || row->deleted) {
        throw Error(ErrorKind::NotFound, "No entry of yours with that id.");
    }
    row->entry.authorId = m_partnerId;
    return *row;
}

store::SharedRow Session::sharedCopy(const store::StoredEntry& row) const
{
    const Entry& e = row.entry;
    store::SharedRow s;
    s.id = e.id;
    s.authorId = m_partnerId;
    s.exerciseId = e.exerciseId;
    s.kind = e.kind;
    s.parentId = e.parentId;
    s.hlc = row.hlc;
    s.createdAt = e.createdAt;
    s.updatedAt = e.updatedAt;
    // A row that is no longer shared stays published as a tombstone: "stopped sharing" must reach
    // the partner, and an old copy put back later must be recognisable as older.
    s.deleted = row.deleted || e.visibility != Visibility::Shared;
    if (!s.deleted) {
        Entry sealedAs = e;
        sealedAs.authorId = m_partnerId;
        sealedAs.visibility = Visibility::Shared;
        s.sealedBody = store::sealBody(m_keys.coupleKey, sealedAs);
    }
    s.keyVersion = m_keys.keyVersion;
    store::signRecord(s, workbookId(), *m_signing);
    return s;
}

void Session::publishRow(const store::StoredEntry& row)
{
    const store::SharedRow copy = sharedCopy(row);
    // The shared copy goes first: if the app stops between the two writes, my store still says
    // what it last published, and the check at the next unlock finds a newer copy signed by me.
    {
        storage::Transaction tx(*m_db);
        m_shared->putRow(copy);
        tx.commit();
    }
    storage::Transaction tx(m_private->db());
    m_private->recordPublished(copy);
    if (row.unpublished) {
        store::StoredEntry clean = row;
        clean.unpublished = false;
        m_private->put(clean);
    }
    tx.commit();
}

void Session::writeOwn(const store::StoredEntry& row)
{
    store::StoredEntry written = row;
    if (!m_deviceId.empty()) {
        written.vv = sync::bumped(row.vv, m_deviceId);
    }
    {
        storage::Transaction tx(m_private->db());
        m_private->put(written);
        tx.commit();
    }
    m_private->keepSizeClass();
    // After the size check, which may itself write: the next autosave of this row starts from here.
    m_private->rememberCommitted(written);
}

std::string Session::addEntry(const NewEntry& input)
{
    requireOpen();
    if (input.exerciseId.empty() || input.kind.empty()) {
        throw Error(ErrorKind::Usage, "An entry needs an exercise and a kind.");
    }
    refuseSharingNeverShared(input.kind, input.visibility);
    store::StoredEntry row;
    Entry& e = row.entry;
    e.id = input.id.empty() ? crypto::randomUuid() : input.id;
    if (!input.id.empty()) {
        if (const auto earlier = m_private->get(input.id)) {
            row.vv = earlier->vv; // a row of this id deleted earlier: this edit follows it
        }
    }
    e.authorId = m_partnerId;
    e.exerciseId = input.exerciseId;
    e.kind = input.kind;
    e.visibility = input.visibility;
    e.parentId = input.parentId;
    e.body = input.body;
    e.createdAt = nowMs();
    e.updatedAt = e.createdAt;
    row.hlc = m_hlc.tick(e.updatedAt);
    writeOwn(row);
    if (e.visibility == Visibility::Shared) {
        publishRow(row);
    }
    if (const char* marker = markerKindFor(e.exerciseId, e.kind);
        marker && std::string(marker) != store::kAnsweredMarker) {
        // "Done" and "has taken" are the whole fact; a reveal's marker carries a commitment that
        // only RevealService can make, so it sets that marker itself.
        if (std::string(marker) == store::kDoneMarker || !m_private->marker(e.exerciseId, marker)) {
            setMarker(e.exerciseId, marker, "true");
        }
    }
    return e.id;
}

std::string Session::stableId(const std::string& exerciseId, const std::string& kind, const std::string& parentId) const
{
    const std::string input
        = "trustwork-stable-id-v1|" + workbookId() + "|" + m_partnerId + "|" + exerciseId + "|" + kind + "|" + parentId;
    const auto digest = crypto::digest256(std::span(reinterpret_cast<const std::uint8_t*>(input.data()), input.size()));
    const std::string hex = crypto::toHex(std::span(digest).first(16));
    // Shaped like the random ids, so nothing that reads ids needs to know the difference.
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-"
        + hex.substr(20, 12);
}

void Session::updateEntry(const std::string& id, const std::string& body, Publish publish)
{
    store::StoredEntry row = ownRow(id);
    row.entry.body = body;
    row.entry.updatedAt = std::max(nowMs(), row.entry.updatedAt);
    row.hlc = m_hlc.tick(row.entry.updatedAt);
    const bool shared = row.entry.visibility == Visibility::Shared;
    row.unpublished = shared && publish == Publish::Later;
    writeOwn(row);
    if (shared && publish == Publish::Now) {
        publishRow(row);
    }
}

void Session::publish(const std::string& id)
{
    store::StoredEntry row = ownRow(id);
    if (row.entry.visibility != Visibility::Shared) {
        throw Error(ErrorKind::Usage, "That entry is not shared, so there is nothing to publish.");
    }
    publishRow(row);
}

bool Session::hasUnpublishedChanges(const std::string& id) const
{
    return ownRow(id).unpublished;
}

void Session::setVisibility(const std::string& id, Visibility visibility)
{
    store::StoredEntry row = ownRow(id);
    if (row.entry.visibility == visibility) {
        return;
    }
    refuseSharingNeverShared(row.entry.kind, visibility);
    row.entry.visibility = visibility;
    row.entry.updatedAt = std::max(nowMs(), row.entry.updatedAt);
    row.hlc = m_hlc.tick(row.entry.updatedAt);
    row.unpublished = false;
    writeOwn(row);
    publishRow(row);
}

void Session::deleteEntry(const std::string& id)
{
    store::StoredEntry row = ownRow(id);
    row.entry.body.clear();
    row.entry.updatedAt = std::max(nowMs(), row.entry.updatedAt);
    row.hlc = m_hlc.tick(row.entry.updatedAt);
    row.deleted = true;
    row.unpublished = false;
    writeOwn(row);
    if (row.entry.visibility == Visibility::Shared || m_private->publishedRow(id)) {
        publishRow(row);
    }
    if (row.entry.kind == "progress" && !m_private->has(row.entry.exerciseId, "progress")) {
        setMarker(row.entry.exerciseId, store::kDoneMarker, "false");
    }
}

// --- reading ----------------------------------------------------------------------------------

std::vector<Entry> Session::entries(const EntryFilter& filter) const
{
    requireOpen();
    std::vector<Entry> out;
    const bool wantMine = filter.authorId.empty() || filter.authorId == m_partnerId;
    const PartnerInfo* other = otherPartner();
    const bool wantTheirs = other && (filter.authorId.empty() || filter.authorId == other->id);
    if (wantMine) {
        out = m_private->entries(filter, m_partnerId);
    }
    if (wantTheirs) {
        auto theirs = partnerEntries(filter);
        if (out.empty()) {
            out = std::move(theirs);
        } else if (!theirs.empty()) {
            out.insert(out.end(), std::make_move_iterator(theirs.begin()), std::make_move_iterator(theirs.end()));
            if (filter.newestFirst) {
                std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return sortsBefore(b, a); });
            } else {
                std::sort(out.begin(), out.end(), sortsBefore);
            }
            if (filter.limit > 0 && out.size() > static_cast<std::size_t>(filter.limit)) {
                out.resize(static_cast<std::size_t>(filter.limit));
            }
        }
    }
    return out;
}

std::vector<Entry> Session::partnerEntries(const EntryFilter& filter) const
{
    const PartnerInfo* other = otherPartner();
    store::SharedQuery q{
        other->id, filter.exerciseId, filter.kind, filter.parentId, filter.id, filter.newestFirst, filter.limit};
    // A partner who has not unlocked since private stores came has no signing key yet; their shared
    // rows are still the unsigned ones they wrote before, and only those are read for them.
    const bool signedRows = partnerSigns(other->id);
    const auto rows = signedRows ? m_shared->rows(q) : m_shared->legacySharedRows(q);
    std::vector<Entry> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        if (signedRows && !partnerRowTrusted(row)) {
            continue;
        }
        out.push_back(partnerEntry(row));
    }
    return out;
}

bool Session::partnerSigns(const std::string& partnerId) const
{
    return m_trustedKeys.count(partnerId) != 0 || !m_shared->keys(partnerId).empty();
}

Entry Session::partnerEntry(const store::SharedRow& row) const
{
    Entry e;
    e.id = row.id;
    e.authorId = row.authorId;
    e.exerciseId = row.exerciseId;
    e.kind = row.kind;
    e.visibility = Visibility::Shared;
    e.parentId = row.parentId;
    e.createdAt = row.createdAt;
    e.updatedAt = row.updatedAt;
    auto body = store::openBody(m_keys.coupleKey, e, row.sealedBody);
    if (!body) {
        damagedRow();
    }
    e.body = std::move(*body);
    return e;
}

std::vector<Entry> Session::recentlyShared(
    std::size_t count, const std::function<bool(const std::string& exerciseId)>& wanted) const
{
    const PartnerInfo* other = otherPartner();
    std::vector<Entry> out;
    if (!other || count == 0) {
        return out;
    }
    std::set<std::string> seen;
    const auto keep = [&](const Entry& e) {
        if (seen.insert(e.exerciseId).second && wanted(e.exerciseId)) {
            out.push_back(e);
        }
        return out.size() < count;
    };
    if (!partnerSigns(other->id)) {
        // Not unlocked since signing keys came: their few unsigned rows, read as entries() would.
        for (const auto& e : partnerEntries({.authorId = other->id, .newestFirst = true})) {
            if (!keep(e)) {
                break;
            }
        }
        return out;
    }
    // Only the first row of each exercise not seen yet is read in full and checked; a row that
    // fails its signature check is passed over and the exercise's next row is tried.
    m_shared->visitSharedNewestFirst(other->id, [&](const std::string& id, const std::string& exerciseId) {
        if (seen.count(exerciseId) != 0) {
            return true;
        }
        const auto row = m_shared->row(id);
        if (!row || !partnerRowTrusted(*row)) {
            return true;
        }
        return keep(partnerEntry(*row));
    });
    // Shown newest first by the day each says it was last changed (rows that came from another
    // device, or from the demo's made-up history, keep clock values in another order).
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.updatedAt > b.updatedAt; });
    return out;
}

bool Session::partnerRowTrusted(const store::SharedRow& row) const
{
    const auto key = m_trustedKeys.find(row.authorId);
    if (key == m_trustedKeys.end() || row.keyVersion == 0) {
        return false;
    }
    if (!m_verified) {
        m_verified = std::make_unique<std::map<std::string, std::vector<std::uint8_t>>>();
        storage::Statement stmt(m_private->db(), "SELECT id, digest FROM verified");
        while (stmt.step()) {
            (*m_verified)[stmt.text(0)] = stmt.blob(1);
        }
    }
    // The digest of the whole row, not of its signature alone: a body swapped under a signature
    // that was checked before must be checked again (and fail), not pass as already seen.
    const auto digest = store::rowDigest(row);
    if (const auto seen = m_verified->find(row.id); seen != m_verified->end() && seen->second == digest) {
        return true;
    }
    // Only the partner's current key counts: every rotation re-signs all their rows with the new
    // one, so a row signed by an old key is either stale or forged with a key that was given up.
    if (!store::verifyRecord(row, workbookId(), key->second)) {
        return false;
    }
    (*m_verified)[row.id] = digest;
    m_private->recordVerified(row.id, digest);
    return true;
}

std::optional<std::vector<std::uint8_t>> Session::partnerKey(const std::string& partnerId) const
{
    const auto it = m_trustedKeys.find(partnerId);
    if (it == m_trustedKeys.end()) {
        return std::nullopt;
    }
    return it->second;
}

bool Session::isSignedBy(
    const std::string& partnerId, std::span<const std::uint8_t> bytes, std::span<const std::uint8_t> signature) const
{
    requireOpen();
    if (partnerId == m_partnerId) {
        return crypto::verifyDetached(m_signing->publicKey, bytes, signature);
    }
    const auto key = partnerKey(partnerId);
    return key && crypto::verifyDetached(*key, bytes, signature);
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
    if (authorId == m_partnerId) {
        return m_private->has(exerciseId, kind);
    }
    // About the other partner, only the facts the design allows are asked: "has answered this
    // reveal", "marked this done", "has taken the safety check" and whether a reveal answer of theirs
    // is published (a shared row). Anything else would be monitoring.
    if (kind == "reveal-published") {
        return !entries({.exerciseId = exerciseId, .kind = kind, .authorId = authorId, .limit = 1}).empty();
    }
    const char* markerKind = markerKindFor(exerciseId, kind);
    if (!markerKind) {
        throw Error(ErrorKind::Usage, "Trustwork does not report what your partner has written.");
    }
    if (m_trustedKeys.count(authorId) == 0 && m_shared->keys(authorId).empty()) {
        return m_shared->legacyHas(authorId, exerciseId, kind);
    }
    const auto value = marker(authorId, exerciseId, markerKind);
    return value && *value != "false";
}

// --- markers ----------------------------------------------------------------------------------

void Session::setMarker(const std::string& subject, const std::string& kind, const std::string& value)
{
    requireOpen();
    store::Marker m;
    m.authorId = m_partnerId;
    m.subject = subject;
    m.kind = kind;
    const auto previous = m_private->marker(subject, kind);
    if (previous && previous->value == value) {
        return; // unchanged: a new version would only count how often I saved
    }
    m.version = previous ? previous->version + 1 : 1;
    m.value = value;
    writeMarker(std::move(m));
}

void Session::writeMarker(store::Marker m)
{
    m.keyVersion = m_keys.keyVersion;
    store::signRecord(m, workbookId(), *m_signing);
    {
        storage::Transaction tx(*m_db);
        m_shared->putMarker(m);
        tx.commit();
    }
    storage::Transaction tx(m_private->db());
    m_private->recordMarker(m);
    tx.commit();
}

std::optional<std::string> Session::marker(
    const std::string& authorId, const std::string& subject, const std::string& kind) const
{
    requireOpen();
    if (authorId == m_partnerId) {
        const auto mine = m_private->marker(subject, kind);
        return mine ? std::optional<std::string>(mine->value) : std::nullopt;
    }
    const auto key = m_trustedKeys.find(authorId);
    const auto found = m_shared->marker(authorId, subject, kind);
    if (key == m_trustedKeys.end() || !found || !store::verifyRecord(*found, workbookId(), key->second)) {
        return std::nullopt;
    }
    return found->value;
}

std::pair<std::string, std::string> Session::commitTo(
    const std::string& exerciseId, const std::string& canonicalAnswer) const
{
    requireOpen();
    // The nonce is recomputed from my personal key, so nothing extra is stored, and the partner,
    // who sees only the commitment until the answer is published, cannot test guesses against it.
    const auto revealKey = crypto::deriveSubkey(m_keys.personalKey, 3, "twreveal");
    std::uint8_t nonce[32];
    const std::string input = exerciseId + "\n" + canonicalAnswer;
    crypto_generichash(nonce, sizeof nonce, reinterpret_cast<const unsigned char*>(input.data()), input.size(),
        revealKey.data(), revealKey.size());
    return {crypto::toHex(nonce), commitmentOf(crypto::toHex(nonce), canonicalAnswer)};
}

std::string Session::commitmentOf(const std::string& nonceHex, const std::string& canonicalAnswer)
{
    const auto nonce = crypto::fromHex(nonceHex);
    if (!nonce || nonce->size() < crypto_generichash_KEYBYTES_MIN || nonce->size() > crypto_generichash_KEYBYTES_MAX) {
        return {};
    }
    std::uint8_t commitment[32];
    crypto_generichash(commitment, sizeof commitment, reinterpret_cast<const unsigned char*>(canonicalAnswer.data()),
        canonicalAnswer.size(), nonce->data(), nonce->size());
    return crypto::toHex(commitment);
}

// --- settings, backups, verify ----------------------------------------------------------------

std::string Session::agreementRowsStamp(const std::vector<std::string>& exerciseIds) const
{
    requireOpen();
    std::string stamp = "mine " + std::to_string(m_private->agreementRowsWritten());
    for (const auto& p : m_partners) {
        stamp += "; " + p.id + " keys " + std::to_string(m_shared->keys(p.id).size());
    }
    for (const auto& id : exerciseIds) {
        stamp += "; " + id + " " + m_shared->rowsStamp(id, AgreementService::kItemKind, AgreementService::kAcceptKind);
    }
    return stamp;
}

std::optional<std::string> Session::privateSetting(const std::string& key) const
{
    requireOpen();
    return m_private->setting(key);
}

void Session::setPrivateSetting(const std::string& key, const std::string& value)
{
    requireOpen();
    storage::Transaction tx(m_private->db());
    m_private->setSetting(key, value);
    tx.commit();
}

void Session::backup(const std::filesystem::path& output)
{
    requireOpen();
    Backups::write(*m_db, m_private->db(), m_paths, output, *this, "manual");
}

std::filesystem::path Session::automaticBackup(const std::string& reason)
{
    requireOpen();
    return Backups::writeAutomatic(*m_db, m_private->db(), m_paths, reason, *this);
}

std::string Session::verify()
{
    requireOpen();
    std::string problems = m_db->integrityProblems();
    problems += m_private->db().integrityProblems();
    if (!problems.empty()) {
        return problems;
    }
    try {
        (void)entries();
        if (const PartnerInfo* other = otherPartner()) {
            // Rows attributed to the partner that fail their signature are left out of entries();
            // verify names them instead of passing quietly.
            const bool signedRows = m_trustedKeys.count(other->id) != 0;
            if (signedRows) {
                for (const auto& row : m_shared->rows({.authorId = other->id})) {
                    if (!partnerRowTrusted(row)) {
                        return "An entry attributed to " + other->name
                            + " does not carry their valid signature: it was written outside Trustwork.";
                    }
                }
            }
        }
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace tw::workbook
