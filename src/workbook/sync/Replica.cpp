// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Replica.h"

#include "../store/PrivateStore.h"
#include "../store/SharedStore.h"
#include "../store/UnlockCheck.h"
#include "RecordJson.h"
#include "VersionVector.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Session.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace tw::workbook::sync {

using json = nlohmann::json;

namespace {

[[noreturn]] void damaged(const std::string& what)
{
    throw Error(ErrorKind::Damaged,
        "This change file is damaged or incomplete (" + what
            + "). Nothing from it was used; it may have been changed outside Trustwork.");
}

} // namespace

std::vector<std::uint8_t> bytesOf(const json& n, const char* key)
{
    auto bytes = crypto::fromBase64(n.at(key).get<std::string>());
    if (!bytes) {
        throw json::other_error::create(0, "not base64", nullptr);
    }
    return *bytes;
}

namespace {

json entryJson(const store::StoredEntry& r)
{
    const Entry& e = r.entry;
    return {{"id", e.id}, {"exercise", e.exerciseId}, {"kind", e.kind},
        {"visibility", std::string(visibilityName(e.visibility))}, {"parent", e.parentId}, {"body", e.body},
        {"created", e.createdAt}, {"updated", e.updatedAt}, {"hlc", r.hlc}, {"deleted", r.deleted},
        {"unpublished", r.unpublished}, {"vv", r.vv}};
}

store::StoredEntry entryFrom(const json& n, const std::string& ownerId)
{
    store::StoredEntry r;
    Entry& e = r.entry;
    e.id = n.at("id").get<std::string>();
    e.authorId = ownerId;
    e.exerciseId = n.at("exercise").get<std::string>();
    e.kind = n.at("kind").get<std::string>();
    e.visibility = n.at("visibility").get<std::string>() == "shared" ? Visibility::Shared : Visibility::Private;
    e.parentId = n.at("parent").get<std::string>();
    e.body = n.at("body").get<std::string>();
    e.createdAt = n.at("created").get<std::int64_t>();
    e.updatedAt = n.at("updated").get<std::int64_t>();
    r.hlc = n.at("hlc").get<std::string>();
    r.deleted = n.at("deleted").get<bool>();
    r.unpublished = n.at("unpublished").get<bool>();
    r.vv = n.at("vv").get<std::string>();
    return r;
}

json keyJson(const store::PartnerKey& k)
{
    return {{"partner", k.partnerId}, {"version", k.version}, {"public", crypto::toBase64(k.publicKey)},
        {"signature", crypto::toBase64(k.signature)}};
}

store::PartnerKey keyFrom(const json& n)
{
    store::PartnerKey k;
    k.partnerId = n.at("partner").get<std::string>();
    k.version = n.at("version").get<std::uint32_t>();
    k.publicKey = bytesOf(n, "public");
    k.signature = bytesOf(n, "signature");
    return k;
}

json eventJson(const store::Event& e)
{
    return {{"id", e.id}, {"author", e.authorId}, {"kind", e.kind}, {"body", e.body}, {"created", e.createdAt},
        {"keyVersion", e.keyVersion}, {"signature", crypto::toBase64(e.signature)}};
}

store::Event eventFrom(const json& n)
{
    store::Event e;
    e.id = n.at("id").get<std::string>();
    e.authorId = n.at("author").get<std::string>();
    e.kind = n.at("kind").get<std::string>();
    e.body = n.at("body").get<std::string>();
    e.createdAt = n.at("created").get<std::int64_t>();
    e.keyVersion = n.at("keyVersion").get<std::uint32_t>();
    e.signature = bytesOf(n, "signature");
    return e;
}

std::string metaValue(storage::Database& db, const std::string& key)
{
    storage::Statement stmt(db, "SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : std::string();
}

void setMetaValue(storage::Database& db, const std::string& key, const std::string& value)
{
    storage::Statement stmt(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    stmt.bind(1, key).bind(2, value);
    stmt.run();
}

/** While alive, my store's writes are another device's and stay out of the outbox. */
class Importing {
public:
    explicit Importing(store::PrivateStore& store)
        : m_store(store)
    {
        m_store.setImporting(true);
    }
    ~Importing() { m_store.setImporting(false); }
    Importing(const Importing&) = delete;
    Importing& operator=(const Importing&) = delete;

private:
    store::PrivateStore& m_store;
};

} // namespace

void insertPartners(storage::Database& db, const json& list)
{
    for (const auto& p : list) {
        storage::Statement stmt(db,
            "INSERT OR IGNORE INTO partner (id, name, role, solo, created_at, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        stmt.bind(1, p.at("id").get<std::string>()).bind(2, p.at("name").get<std::string>());
        stmt.bind(3, p.at("role").get<std::string>()).bind(4, p.at("solo").get<long long>());
        stmt.bind(5, p.at("created").get<std::int64_t>()).bind(6, p.at("hlc").get<std::string>());
        stmt.run();
    }
}

std::map<std::string, std::vector<store::PartnerKey>> offeredKeys(const json& list)
{
    std::map<std::string, std::vector<store::PartnerKey>> offered;
    for (const auto& node : list) {
        auto key = keyFrom(node);
        offered[key.partnerId].push_back(std::move(key));
    }
    for (auto& [partnerId, keys] : offered) {
        std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    }
    return offered;
}

Replica::Replica(Session& session)
    : m_s(session)
{
    m_s.requireOpen();
}

std::string Replica::deviceId()
{
    if (m_s.m_deviceId.empty()) {
        return takeNewDeviceId();
    }
    return m_s.m_deviceId;
}

std::string Replica::takeNewDeviceId()
{
    const auto bytes = crypto::randomBytes(8);
    const std::string id = crypto::toHex(bytes);
    storage::Transaction tx(*m_s.m_db);
    setMetaValue(*m_s.m_db, "device_id", id);
    tx.commit();
    m_s.m_deviceId = id;
    m_s.m_hlc.setNode(m_s.hlcNode());
    return id;
}

void Replica::nameThisDevice(const std::string& name)
{
    DeviceRecord d;
    d.id = deviceId();
    d.authorId = m_s.m_partnerId;
    d.name = name;
    d.hlc = m_s.m_hlc.tick(m_s.nowMs());
    d.keyVersion = m_s.m_keys.keyVersion;
    d.signature = crypto::signDetached(*m_s.m_signing, signingBytes(m_s.workbookId(), d));
    storage::Transaction tx(*m_s.m_db);
    putDevice(d);
    tx.commit();
    storage::Transaction mine(m_s.m_private->db());
    m_s.m_private->addToOutbox("devices");
    mine.commit();
}

bool Replica::wrote(const std::string& name)
{
    storage::Statement stmt(*m_s.m_db, "SELECT mine FROM sync_file WHERE name = ?1");
    stmt.bind(1, name);
    return stmt.step() && stmt.integer(0) == 1;
}

bool Replica::hasDeviceRecord()
{
    return device(deviceId()).has_value();
}

std::vector<std::string> Replica::entriesWithOtherVersions()
{
    return m_s.m_private->entriesWithOtherVersions();
}

std::vector<store::OtherVersion> Replica::otherVersions(const std::string& entryId)
{
    return m_s.m_private->otherVersions(entryId);
}

void Replica::dropOtherVersions(const std::string& entryId)
{
    storage::Transaction tx(m_s.m_private->db());
    m_s.m_private->dropOtherVersions(entryId);
    tx.commit();
}

bool Replica::hasPublished()
{
    storage::Statement stmt(*m_s.m_db, "SELECT 1 FROM sync_file WHERE mine = 1 LIMIT 1");
    return stmt.step();
}

bool Replica::hasChanges()
{
    // A key rotation must reach my other devices even when nothing else changed: the new slot
    // travels only in a change file signed by the new key.
    return !m_s.m_private->meta("sync_published") || !m_s.m_private->outbox().empty()
        || m_s.m_private->meta("sync_key_version").value_or("") != std::to_string(m_s.m_keys.keyVersion);
}

std::vector<std::uint8_t> Replica::buildChange(const ChangeHeader& header, std::int64_t& upTo)
{
    auto& mine = *m_s.m_private;
    const bool everything = !mine.meta("sync_published");
    const auto outbox = mine.outbox();
    upTo = outbox.empty() ? 0 : outbox.back().first;

    std::vector<store::StoredEntry> rows;
    std::vector<store::SharedRow> published;
    std::vector<store::Marker> markers;
    if (everything) {
        rows = mine.allRows();
        for (auto& [id, row] : mine.published()) {
            published.push_back(std::move(row));
        }
        for (auto& [key, marker] : mine.markers()) {
            markers.push_back(std::move(marker));
        }
    } else {
        for (const auto& [seq, item] : outbox) {
            if (item.rfind("entry:", 0) == 0) {
                const std::string id = item.substr(6);
                if (auto row = mine.get(id)) {
                    rows.push_back(std::move(*row));
                }
                if (auto copy = mine.publishedRow(id)) {
                    published.push_back(std::move(*copy));
                }
            } else if (item.rfind("marker:", 0) == 0) {
                const auto bar = item.find('|');
                if (bar != std::string::npos) {
                    if (auto m = mine.marker(item.substr(bar + 1), item.substr(7, bar - 7))) {
                        markers.push_back(std::move(*m));
                    }
                }
            }
        }
    }

    json shared = {{"partners", json::array()}, {"keys", json::array()}, {"rows", json::array()},
        {"markers", json::array()}, {"events", json::array()}, {"devices", json::array()}};
    {
        storage::Statement stmt(
            *m_s.m_db, "SELECT id, name, role, solo, created_at, hlc FROM partner ORDER BY created_at");
        while (stmt.step()) {
            shared["partners"].push_back({{"id", stmt.text(0)}, {"name", stmt.text(1)}, {"role", stmt.text(2)},
                {"solo", stmt.integer(3)}, {"created", stmt.integer(4)}, {"hlc", stmt.text(5)}});
        }
    }
    // Every partner's chain, so a device that joins later knows whose signature is whose.
    for (const auto& p : m_s.m_partners) {
        for (const auto& k : store::validChain(m_s.workbookId(), m_s.m_shared->keys(p.id))) {
            shared["keys"].push_back(keyJson(k));
        }
    }
    for (const auto& row : published) {
        shared["rows"].push_back(store::serialise(row));
    }
    for (const auto& m : markers) {
        shared["markers"].push_back(store::serialise(m));
    }
    for (const auto& e : m_s.m_shared->events()) {
        if (e.authorId == m_s.m_partnerId) {
            shared["events"].push_back(eventJson(e));
        }
    }
    for (const auto& d : devices()) {
        if (d.authorId == m_s.m_partnerId) {
            shared["devices"].push_back(deviceJson(d));
        }
    }

    json priv = {{"rows", json::array()}};
    for (const auto& row : rows) {
        priv["rows"].push_back(entryJson(row));
    }

    // The slots as they lie in the key file (each sealed under its owner's passphrase and code): a
    // passphrase change reaches my other devices this way, signed by my newest key.
    crypto::KeySlotFile slots;
    slots.workbookId = m_s.m_slots.workbookId;
    slots.kind = m_s.m_slots.kind;
    slots.database = m_s.m_slots.database;
    // Everyone's slots, so a partner can join from a folder only the other has synced into yet;
    // only the author's own slot, signed by them, ever replaces a slot on another device.
    slots.owners = m_s.m_slots.owners;
    ChangeHeader h = header;
    h.authorId = m_s.m_partnerId;
    h.workbookId = m_s.workbookId();
    h.keyVersion = m_s.m_keys.keyVersion;
    const std::string sharedText = shared.dump();
    const std::string privateText = priv.dump();
    return ChangeFile::build(h, slots.serialise(), crypto::asBytes(sharedText), crypto::asBytes(privateText),
        m_s.m_keys.coupleKey, m_s.m_keys.personalKey, *m_s.m_signing);
}

void Replica::markPublished(const std::string& name, const std::string& hash, std::int64_t seq, std::int64_t upTo)
{
    {
        storage::Transaction tx(*m_s.m_db);
        storage::Statement stmt(*m_s.m_db,
            "INSERT OR REPLACE INTO sync_file (name, device, seq, hash, created_at, mine) VALUES (?1, ?2, ?3, ?4, ?5, "
            "1)");
        stmt.bind(1, name).bind(2, deviceId()).bind(3, static_cast<long long>(seq)).bind(4, hash);
        stmt.bind(5, m_s.nowMs());
        stmt.run();
        tx.commit();
    }
    storage::Transaction tx(m_s.m_private->db());
    m_s.m_private->clearOutboxUpTo(upTo);
    m_s.m_private->setMeta("sync_published", "1");
    m_s.m_private->setMeta("sync_key_version", std::to_string(m_s.m_keys.keyVersion));
    m_s.m_private->markImported(name);
    tx.commit();
}

bool Replica::alreadyImported(const std::string& name)
{
    storage::Statement stmt(*m_s.m_db, "SELECT 1 FROM sync_file WHERE name = ?1");
    stmt.bind(1, name);
    if (!stmt.step()) {
        return false;
    }
    // The shared part is in; the private part only matters for my own files.
    storage::Statement author(*m_s.m_db, "SELECT value FROM meta WHERE key = ?1");
    author.bind(1, "sync_author:" + name);
    const bool mine = author.step() && author.text(0) == m_s.m_partnerId;
    return !mine || m_s.m_private->imported(name);
}

std::pair<std::int64_t, std::string> Replica::lastRecorded(const std::string& deviceId)
{
    storage::Statement stmt(*m_s.m_db, "SELECT seq, hash FROM sync_file WHERE device = ?1 ORDER BY seq DESC LIMIT 1");
    stmt.bind(1, deviceId);
    if (!stmt.step()) {
        return {0, std::string()};
    }
    return {stmt.integer(0), stmt.text(1)};
}

std::int64_t Replica::lastChangeAt(const std::string& deviceId)
{
    storage::Statement stmt(*m_s.m_db, "SELECT MAX(created_at) FROM sync_file WHERE device = ?1");
    stmt.bind(1, deviceId);
    return stmt.step() && !stmt.isNull(0) ? stmt.integer(0) : 0;
}

ApplyResult Replica::apply(
    const std::string& name, std::span<const std::uint8_t> bytes, const std::string& folderDevice)
{
    const ChangeFile file = ChangeFile::parse(bytes);
    const ChangeHeader& h = file.header;
    if (!nameMatches(name, bytes) || sequenceOfName(name) != h.seq) {
        damaged("its name does not match its content, so it is not complete yet");
    }
    if (h.deviceId != folderDevice) {
        damaged("it lies in another device's folder");
    }
    if (h.workbookId != m_s.workbookId()) {
        throw Error(ErrorKind::Damaged,
            "This change file belongs to another workbook. Nothing from it was used; keep each workbook in "
            "its own sync folder.");
    }
    if (const auto d = device(h.deviceId); d && d->removed && h.seq > d->removedAfter) {
        return {Applied::Ignored, h.createdAt};
    }
    const auto sharedPlain = file.openShared(m_s.m_keys.coupleKey);
    if (!sharedPlain) {
        damaged("its shared part does not open with this workbook's key");
    }
    storage::Statement seen(*m_s.m_db, "SELECT 1 FROM sync_file WHERE name = ?1");
    seen.bind(1, name);
    if (!seen.step()) {
        // The signature is checked inside, against the chain the file itself may extend; a file
        // that fails leaves nothing behind.
        applyShared(file, bytes, *sharedPlain, name);
    }
    if (h.authorId != m_s.m_partnerId || m_s.m_private->imported(name)) {
        return {Applied::Applied, h.createdAt};
    }
    // Newest key first: a device that had not yet heard of a rotation sealed with an earlier one.
    auto privatePlain = file.openPrivate(m_s.m_keys.personalKey);
    const auto& earlier = m_s.m_keys.previousPersonalKeys;
    for (auto it = earlier.rbegin(); !privatePlain && it != earlier.rend(); ++it) {
        privatePlain = file.openPrivate(*it);
    }
    if (!privatePlain) {
        if (h.keyVersion > m_s.m_keys.keyVersion) {
            return {Applied::PrivateLater, h.createdAt};
        }
        damaged("its private part does not open with your key");
    }
    applyPrivate(*privatePlain, h.deviceId);
    storage::Transaction tx(m_s.m_private->db());
    m_s.m_private->markImported(name);
    tx.commit();
    return {Applied::Applied, h.createdAt};
}

void Replica::applyShared(const ChangeFile& file, std::span<const std::uint8_t> bytes,
    const std::vector<std::uint8_t>& plain, const std::string& name)
{
    const ChangeHeader& h = file.header;
    const std::string& wb = m_s.workbookId();
    const json n = json::parse(plain.begin(), plain.end(), nullptr, false);
    if (!n.is_object()) {
        damaged("its shared part is not readable");
    }
    try {
        // Each partner's key chain, extended only by generations each signed by the one before.
        auto offered = offeredKeys(n.at("keys"));
        std::vector<store::PartnerKey> newKeys;
        std::vector<store::PartnerKey> chain;
        for (auto& [partnerId, keys] : offered) {
            auto have = store::validChain(wb, m_s.m_shared->keys(partnerId));
            for (const auto& k : keys) {
                if (k.version != have.size() + 1) {
                    continue;
                }
                const bool ok = have.empty() ? store::verifyRecord(k, wb, k.publicKey)
                                             : store::verifyRecord(k, wb, have.back().publicKey);
                if (!ok) {
                    break;
                }
                have.push_back(k);
                newKeys.push_back(k);
            }
            if (partnerId == h.authorId) {
                chain = have;
            }
        }
        if (offered.count(h.authorId) == 0) {
            chain = store::validChain(wb, m_s.m_shared->keys(h.authorId));
        }
        if (h.authorId == m_s.m_partnerId) {
            // My own chain must hold the key I unlocked with; a chain planted before it is not mine.
            const auto* mineNow = keyOf(chain, m_s.m_keys.keyVersion);
            if (!mineNow || *mineNow != m_s.m_signing->publicKey) {
                damaged("it is signed in your name by a key that is not yours");
            }
        }
        const auto* signer = keyOf(chain, h.keyVersion);
        if (!signer) {
            damaged("it is signed by a key this workbook does not know");
        }
        if (!file.signedBy(bytes, *signer)) {
            damaged("its signature does not match its author");
        }

        storage::Transaction tx(*m_s.m_db);
        for (const auto& k : newKeys) {
            m_s.m_shared->putKey(k);
        }
        insertPartners(*m_s.m_db, n.at("partners"));
        for (const auto& text : n.at("rows")) {
            const auto row = store::parseRow(text.get<std::string>());
            const auto* key = keyOf(chain, row.keyVersion);
            if (row.authorId != h.authorId || !key || !store::verifyRecord(row, wb, *key)) {
                continue; // only the author's own signed rows travel in their file
            }
            if (row.keyVersion < chain.size()) {
                // Signed by a key the author has since replaced (a device of theirs that had not yet
                // heard of the change): no app trusts it any more; that device signs it again once
                // it is unlocked with the new passphrase.
                continue;
            }
            const auto existing = m_s.m_shared->row(row.id);
            // Last writer by clock; one author writes each row, so this only orders that author's
            // own devices, whose concurrent edits their own app has already merged.
            if (!existing
                || (existing->authorId == row.authorId
                    && (row.hlc > existing->hlc
                        || (row.hlc == existing->hlc && row.keyVersion > existing->keyVersion)))) {
                m_s.m_shared->putRow(row);
            }
        }
        for (const auto& text : n.at("markers")) {
            const auto m = store::parseMarker(text.get<std::string>());
            const auto* key = keyOf(chain, m.keyVersion);
            if (m.authorId != h.authorId || !key || !store::verifyRecord(m, wb, *key) || m.keyVersion < chain.size()) {
                continue;
            }
            const auto existing = m_s.m_shared->marker(m.authorId, m.subject, m.kind);
            if (!existing || m.version > existing->version
                || (m.version == existing->version && m.keyVersion > existing->keyVersion)) {
                m_s.m_shared->putMarker(m);
            }
        }
        std::set<std::string> events;
        for (const auto& e : m_s.m_shared->events()) {
            events.insert(e.id);
        }
        for (const auto& node : n.at("events")) {
            const auto e = eventFrom(node);
            const auto* key = keyOf(chain, e.keyVersion);
            if (e.authorId == h.authorId && key && events.count(e.id) == 0 && store::verifyRecord(e, wb, *key)) {
                m_s.m_shared->putEvent(e);
            }
        }
        takeDevices(n.at("devices"), h.authorId, chain);
        // A newer slot record of the author replaces their slots here, so their new passphrase
        // opens this copy too; an older one (planted back into the folder) is ignored.
        bool slotsChanged = false;
        if (!file.slots.empty()) {
            const auto slots = crypto::KeySlotFile::parse(file.slots);
            const std::string versionKey = "slots_version:" + h.authorId;
            const std::string recorded = metaValue(*m_s.m_db, versionKey);
            const std::uint32_t have = !recorded.empty() ? static_cast<std::uint32_t>(std::stoul(recorded))
                                                         : (h.authorId == m_s.m_partnerId ? m_s.m_keys.keyVersion : 0U);
            const auto* theirs = slots.findById(h.authorId);
            if (slots.workbookId == wb && theirs && h.keyVersion > have && m_s.m_slots.findById(h.authorId)) {
                for (auto& owner : m_s.m_slots.owners) {
                    if (owner.id == h.authorId) {
                        owner.keySlots = theirs->keySlots;
                    }
                }
                setMetaValue(*m_s.m_db, versionKey, std::to_string(h.keyVersion));
                slotsChanged = true;
                m_myslotReplaced = m_myslotReplaced || h.authorId == m_s.m_partnerId;
            }
        }
        storage::Statement stmt(*m_s.m_db,
            "INSERT OR REPLACE INTO sync_file (name, device, seq, hash, created_at, mine) VALUES (?1, ?2, ?3, ?4, ?5, "
            "0)");
        stmt.bind(1, name).bind(2, h.deviceId).bind(3, static_cast<long long>(h.seq));
        stmt.bind(4, changeFileHash(bytes)).bind(5, h.createdAt);
        stmt.run();
        setMetaValue(*m_s.m_db, "sync_author:" + name, h.authorId);
        tx.commit();
        if (slotsChanged) {
            m_s.m_slots.save(m_s.m_paths.keySlots);
        }
    } catch (const json::exception&) {
        damaged("its shared part misses a field");
    }
}

void Replica::applyPrivate(const std::vector<std::uint8_t>& plain, const std::string& fromDevice)
{
    auto& mine = *m_s.m_private;
    const json n = json::parse(plain.begin(), plain.end(), nullptr, false);
    if (!n.is_object()) {
        damaged("its private part is not readable");
    }
    std::vector<store::StoredEntry> republish;
    try {
        storage::Transaction tx(mine.db());
        Importing importing(mine);
        for (const auto& node : n.at("rows")) {
            store::StoredEntry in = entryFrom(node, m_s.m_partnerId);
            m_s.m_hlc.observe(in.hlc);
            const auto local = mine.get(in.entry.id);
            if (!local) {
                mine.put(in);
                continue;
            }
            const auto order = compare(parseVector(local->vv), parseVector(in.vv));
            const bool sameContent = local->entry.body == in.entry.body && local->deleted == in.deleted
                && local->entry.visibility == in.entry.visibility;
            if (order == Order::Before) {
                mine.put(in);
                continue;
            }
            if (order == Order::After || sameContent) {
                continue;
            }
            // Edited on two of my devices at once (or on a cloned computer under one id): both
            // versions are kept. A deletion wins, then private over shared, then the later clock;
            // the other version stays in my store for me to choose.
            const bool inWins = (in.deleted != local->deleted)
                ? in.deleted
                : (in.entry.visibility != local->entry.visibility ? in.entry.visibility == Visibility::Private
                                                                  : in.hlc > local->hlc);
            store::StoredEntry winner = inWins ? in : *local;
            const store::StoredEntry& loser = inWins ? *local : in;
            winner.vv = toText(merged(parseVector(local->vv), parseVector(in.vv)));
            // A new clock for the merged row: its shared copy must replace both earlier ones everywhere.
            winner.hlc = m_s.m_hlc.tick(std::max(m_s.nowMs(), winner.entry.updatedAt));
            if (!loser.deleted && loser.entry.body != winner.entry.body) {
                mine.addOtherVersion({in.entry.id, inWins ? m_s.m_deviceId : fromDevice, loser.hlc, loser.entry.body,
                    loser.entry.updatedAt});
            }
            mine.put(winner);
            mine.addToOutbox("entry:" + winner.entry.id);
            republish.push_back(winner);
        }
        for (const auto& text : n.value("published", json::array())) {
            const auto row = store::parseRow(text.get<std::string>());
            const auto existing = mine.publishedRow(row.id);
            if (!existing || row.hlc > existing->hlc) {
                mine.recordPublished(row);
            }
        }
        for (const auto& text : n.value("markers", json::array())) {
            const auto m = store::parseMarker(text.get<std::string>());
            const auto existing = mine.marker(m.subject, m.kind);
            if (!existing || m.version > existing->version) {
                mine.recordMarker(m);
            }
        }
        tx.commit();
    } catch (const json::exception&) {
        damaged("its private part misses a field");
    }
    // The merged row is new: the partner sees it (or stops seeing it) as my app decided.
    for (const auto& row : republish) {
        if (row.entry.visibility == Visibility::Shared || mine.publishedRow(row.entry.id)) {
            m_s.publishRow(row);
        }
    }
}

} // namespace tw::workbook::sync
