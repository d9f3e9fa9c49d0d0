// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Session: opening my private store, my keys and their rotation, recovery codes, adding a partner.
#include "WorkbookFiles.h"
#include "store/LegacyRows.h"
#include "store/PrivateStore.h"
#include "store/SharedStore.h"
#include "store/UnlockCheck.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Session.h"

#include <nlohmann/json.hpp>

namespace tw::workbook {
namespace {

std::filesystem::path pendingPath(const std::filesystem::path& store)
{
    return store.string() + ".new";
}

/**
 * Opens my store. A rotation writes the re-keyed copy beside the store, then saves the key file,
 * then swaps the files: if it stopped after the key file, only the copy opens with my keys, and
 * the swap is finished here.
 */
std::unique_ptr<store::PrivateStore> openMine(
    const std::filesystem::path& path, const crypto::SecretBytes& personal, const storage::OpenOptions& options)
{
    std::error_code ec;
    const auto pending = pendingPath(path);
    if (std::filesystem::exists(pending, ec)) {
        try {
            auto candidate = std::make_unique<store::PrivateStore>(pending, personal, options);
            candidate.reset();
            std::filesystem::rename(pending, path);
            for (const char* suffix : {"-wal", "-shm"}) {
                std::filesystem::remove(path.string() + suffix, ec);
                std::filesystem::rename(pending.string() + suffix, path.string() + suffix, ec);
            }
        } catch (const Error&) {
            // The copy belongs to keys that were never saved: the rotation did not happen.
            std::filesystem::remove(pending, ec);
            std::filesystem::remove(pending.string() + "-wal", ec);
            std::filesystem::remove(pending.string() + "-shm", ec);
        }
    }
    storage::OpenOptions o = options;
    o.create = !std::filesystem::exists(path, ec);
    return std::make_unique<store::PrivateStore>(path, personal, o);
}

/**
 * As openMine, but a store still under an earlier personal key (this device was offline while
 * another device of mine rotated the keys) is opened with it and re-encrypted under the current one.
 */
std::unique_ptr<store::PrivateStore> openMineAnyGeneration(
    const std::filesystem::path& path, const crypto::KeySet& keys, const storage::OpenOptions& options)
{
    try {
        return openMine(path, keys.personalKey, options);
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::Damaged) {
            throw;
        }
        for (auto it = keys.previousPersonalKeys.rbegin(); it != keys.previousPersonalKeys.rend(); ++it) {
            std::unique_ptr<store::PrivateStore> old;
            try {
                storage::OpenOptions o = options;
                o.create = false;
                old = std::make_unique<store::PrivateStore>(path, *it, o);
            } catch (const Error&) {
                continue;
            }
            const auto pending = pendingPath(path);
            old->exportTo(pending, keys.personalKey);
            old.reset();
            return openMine(path, keys.personalKey, options);
        }
        throw;
    }
}

store::PartnerKey keyRecord(const std::string& partnerId, std::uint32_t version, const crypto::SigningKeyPair& keys)
{
    store::PartnerKey k;
    k.partnerId = partnerId;
    k.version = version;
    k.publicKey = keys.publicKey;
    return k;
}

} // namespace

void Session::open(const crypto::SecretBytes* passphrase)
{
    loadPartners();
    {
        storage::Statement device(*m_db, "SELECT value FROM meta WHERE key = 'device_id'");
        m_deviceId = device.step() ? device.text(0) : std::string();
    }
    if (!m_deviceId.empty()) {
        m_hlc.setNode(hlcNode());
    }
    m_private = openMineAnyGeneration(
        store::PrivateStore::pathFor(m_paths, m_partnerId), m_keys, databaseOptions(m_slots, m_options, true));
    auto& mine = *m_private;
    {
        storage::Transaction tx(mine.db());
        if (!mine.meta("partner_id")) {
            mine.setMeta("partner_id", m_partnerId);
            mine.setMeta("workbook_id", workbookId());
        }
        tx.commit();
    }
    mine.keepSizeClass();
    if (mine.meta("partner_id") != m_partnerId || mine.meta("workbook_id") != workbookId()) {
        throw Error(ErrorKind::Damaged,
            "Your private store belongs to another person or workbook; it was moved here outside Trustwork. "
            "Restore the latest backup.");
    }

    // A version-1 key file holds no signing key. My store keeps a copy of it, so a recovery slot
    // that is still version 1 (it can only be rewritten with its code) still gives the same key.
    bool rewriteSlot = false;
    if (m_keys.signingSeed.empty()) {
        if (const auto copy = mine.meta("signing_seed"); copy && copy->size() == 2 * crypto::kSeedBytes) {
            const auto bytes = crypto::fromHex(*copy);
            m_keys.signingSeed = crypto::SecretBytes(bytes->data(), bytes->size());
            m_keys.keyVersion = static_cast<std::uint32_t>(std::stoul(mine.meta("key_version").value_or("1")));
        } else {
            m_keys.signingSeed = crypto::SecretBytes::random(crypto::kSeedBytes);
            m_keys.keyVersion = 1;
        }
        rewriteSlot = true;
    }
    m_signing = std::make_unique<crypto::SigningKeyPair>(crypto::SigningKeyPair::fromSeed(m_keys.signingSeed));
    {
        storage::Transaction tx(mine.db());
        mine.setMeta("signing_seed", crypto::toHex(m_keys.signingSeed.bytes()));
        mine.setMeta("key_version", std::to_string(m_keys.keyVersion));
        tx.commit();
    }
    // Weaker key derivation than this build uses (an old slot, or one made with test settings) is
    // raised now, while the passphrase is at hand.
    const crypto::Slot* slot = m_slots.slot(m_partnerId, crypto::SlotType::Passphrase);
    if (passphrase && slot && (rewriteSlot || slot->kdf.weakerThan(m_options.kdf))) {
        m_slots.setSlot(m_partnerId, crypto::SlotType::Passphrase, m_keys, *passphrase, m_options.kdf);
        m_slots.save(m_paths.keySlots);
        tw::log::get("workbook")->info("passphrase slot upgraded");
    }

    const auto previous = mine.meta("last_visit");
    m_lastVisit = previous ? std::stoll(*previous) : 0;
    store::LegacyRows::moveMine(*this);
    if (m_shared->hasRowsOutsideRanges()) {
        // Once per workbook, by whichever partner unlocks first with this version (an older
        // version's rows land in a range too, just not their author's).
        storage::Transaction tx(*m_db);
        const int moved = m_shared->groupRowsByAuthor();
        tx.commit();
        tw::log::get("workbook")->info("grouped {} shared rows by author", moved);
    }
    store::UnlockCheck::run(*this);
    m_hlc.observe(mine.newestHlc());
    {
        storage::Transaction tx(mine.db());
        mine.setMeta("last_visit", std::to_string(nowMs()));
        tx.commit();
    }
    writeHead();
}

void Session::writeHead()
{
    // My head: how many sessions my store has seen. It lies in the shared file sealed under a key
    // only I hold; a store or a workbook put back to an older copy no longer agrees with it.
    auto& mine = *m_private;
    const long long seq = std::stoll(mine.meta("session_seq").value_or("0")) + 1;
    {
        storage::Transaction tx(mine.db());
        mine.setMeta("session_seq", std::to_string(seq));
        tx.commit();
    }
    const auto headKey = crypto::deriveSubkey(m_keys.personalKey, 2, "twhead01");
    const std::string body = nlohmann::json{{"seq", seq}, {"at", nowMs()}}.dump();
    const auto sealed
        = crypto::seal(headKey, crypto::asBytes(body), "trustwork-head-v1|" + workbookId() + "|" + m_partnerId);
    storage::Transaction tx(*m_db);
    m_shared->putSealedHead(m_partnerId, sealed);
    tx.commit();
}

bool Session::needsRecoveryCode() const
{
    requireOpen();
    return m_slots.slot(m_partnerId, crypto::SlotType::Recovery) == nullptr;
}

crypto::SecretBytes Session::issueRecoveryCode()
{
    requireOpen();
    auto code = crypto::makeRecoveryCode();
    crypto::KeySlotFile updated = crypto::KeySlotFile::load(m_paths.keySlots);
    updated.setSlot(m_partnerId, crypto::SlotType::Recovery, m_keys, code, m_options.kdf);
    updated.save(m_paths.keySlots);
    m_slots = std::move(updated);
    tw::log::get("workbook")->info("recovery code issued");
    return code;
}

crypto::SecretBytes Session::changePassphrase(
    const crypto::SecretBytes& oldPassphrase, const crypto::SecretBytes& newPassphrase)
{
    requireOpen();
    // Proves the old passphrase, so an unattended unlocked window cannot be used to take over.
    (void)m_slots.unlock(m_partnerId, crypto::SlotType::Passphrase, oldPassphrase);
    return rotateKeys(newPassphrase);
}

crypto::SecretBytes Session::rotateKeys(const crypto::SecretBytes& newPassphrase)
{
    requireOpen();
    std::vector<std::string> names;
    for (const auto& p : m_partners) {
        names.push_back(p.name);
    }
    requireStrongPassphrase(newPassphrase, names, m_options);
    crypto::KeySet next = m_keys.rotated(m_keys.keyVersion + 1);
    auto& mine = *m_private;
    // 1. A copy of my store under the new key, with the old signing seed kept in it until the new
    //    key is announced (only the new key opens the copy, so the old seed is no gift to anyone).
    //    My store itself is not touched: if anything below fails, it still opens with my keys.
    const auto path = mine.path();
    const auto pending = pendingPath(path);
    mine.exportTo(pending, next.personalKey);
    {
        store::PrivateStore copy(pending, next.personalKey, databaseOptions(m_slots, m_options, false));
        storage::Transaction tx(copy.db());
        copy.setMeta("announce_from_seed", crypto::toHex(m_keys.signingSeed.bytes()));
        copy.setMeta("announce_from_version", std::to_string(m_keys.keyVersion));
        copy.setMeta("signing_seed", crypto::toHex(next.signingSeed.bytes()));
        copy.setMeta("key_version", std::to_string(next.keyVersion));
        tx.commit();
        copy.db().checkpoint();
    }
    // 2. The new key file: from here on only the new passphrase and the new code open anything.
    auto code = crypto::makeRecoveryCode();
    crypto::KeySlotFile updated = crypto::KeySlotFile::load(m_paths.keySlots);
    updated.setSlot(m_partnerId, crypto::SlotType::Passphrase, next, newPassphrase, m_options.kdf);
    updated.setSlot(m_partnerId, crypto::SlotType::Recovery, next, code, m_options.kdf);
    updated.save(m_paths.keySlots);
    m_slots = std::move(updated);
    // 3. The swap, then the announcement and re-signing, as an unlock would finish them.
    m_private.reset();
    m_keys = std::move(next);
    m_private = openMine(path, m_keys.personalKey, databaseOptions(m_slots, m_options, false));
    m_signing = std::make_unique<crypto::SigningKeyPair>(crypto::SigningKeyPair::fromSeed(m_keys.signingSeed));
    store::UnlockCheck::announceAndResign(*this);
    writeHead();
    tw::log::get("workbook")->info("keys rotated to generation {}", m_keys.keyVersion);
    return code;
}

void Session::addPartner(const NewPartner& partner)
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
    requireStrongPassphrase(partner.passphrase, {me().name, partner.name}, m_options, partner.name);
    // Two partners who share a passphrase could each open the other's private store. Whoever types
    // mine here learns nothing new: only someone who already knows it can trigger this message.
    bool sameAsMine = true;
    try {
        (void)m_slots.unlock(m_partnerId, crypto::SlotType::Passphrase, partner.passphrase);
    } catch (const Error&) {
        sameAsMine = false;
    }
    if (sameAsMine) {
        throw Error(ErrorKind::Usage, "Each partner needs their own passphrase; choose a different one.");
    }
    const crypto::KeySet theirs = m_keys.forNewPartner();
    crypto::KeySlotFile updated = m_slots;
    const std::string id = updated.addOwner(partner.name);
    updated.setSlot(id, crypto::SlotType::Passphrase, theirs, partner.passphrase, m_options.kdf);
    // No recovery code here: it is made and shown in the new partner's own first session, never
    // on this partner's screen.
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
    introduce(*m_db, m_paths, m_slots, id, theirs, m_options);
    // The key file is replaced before the commit: if that fails, the new partner row rolls back too.
    updated.save(m_paths.keySlots);
    tx.commit();
    m_slots = std::move(updated);
    loadPartners();
    store::UnlockCheck::trustPartners(*this);
    tw::log::get("workbook")->info("second partner added");
}

void Session::introduce(storage::Database& shared, const Paths& paths, const crypto::KeySlotFile& slots,
    const std::string& partnerId, const crypto::KeySet& keys, const Options& options)
{
    {
        store::PrivateStore created(
            store::PrivateStore::pathFor(paths, partnerId), keys.personalKey, databaseOptions(slots, options, true));
        storage::Transaction tx(created.db());
        created.setMeta("partner_id", partnerId);
        created.setMeta("workbook_id", slots.workbookId);
        // A new store has nothing from before signatures to move.
        created.setMeta("legacy_moved", "1");
        tx.commit();
        created.keepSizeClass();
    }
    const auto signing = crypto::SigningKeyPair::fromSeed(keys.signingSeed);
    store::PartnerKey key = keyRecord(partnerId, keys.keyVersion, signing);
    store::signRecord(key, slots.workbookId, signing);
    store::SharedStore(shared).putKey(key);
}

std::vector<SigningKeyLink> Session::keyChain() const
{
    requireOpen();
    std::vector<SigningKeyLink> out;
    for (const auto& k : m_shared->keys(m_partnerId)) {
        out.push_back({k.version, k.publicKey, k.signature});
    }
    // The unlock check put my own recorded chain back in the shared file, so this is mine.
    return out;
}

void Session::recordRestore(const std::string& backupName, std::int64_t backupTime)
{
    requireOpen();
    store::Event e;
    e.id = crypto::randomUuid();
    e.authorId = m_partnerId;
    e.kind = store::kRestoreEvent;
    e.body = nlohmann::json{{"backup", backupName}, {"backupTime", backupTime}}.dump();
    e.createdAt = nowMs();
    e.keyVersion = m_keys.keyVersion;
    store::signRecord(e, workbookId(), *m_signing);
    storage::Transaction tx(*m_db);
    m_shared->putEvent(e);
    tx.commit();
    // The restorer knows; the others are told at their next unlock.
    storage::Transaction own(m_private->db());
    m_private->markEventSeen(e.id);
    own.commit();
}

} // namespace tw::workbook
