// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/KeySlotFile.h"
#include "tw/crypto/Signing.h"
#include "tw/storage/Database.h"
#include "tw/workbook/Hlc.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Types.h"
#include "tw/workbook/UnlockNotice.h"
#include "tw/workbook/Workbook.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace tw::workbook {

namespace store {
class PrivateStore;
class SharedStore;
struct SharedRow;
struct StoredEntry;
class UnlockCheck;
class LegacyRows;
struct Marker;
} // namespace store

namespace sync {
class Replica;
}

/** @brief When a change to a shared entry reaches the partner. */
enum class Publish {
    Now, ///< at once (commitments, agreements, anything whose state the partner acts on)
    Later, ///< kept privately until publish(): the partner keeps seeing the last published text
};

/**
 * @brief One partner's unlocked view of a workbook. My rows live in my private store, which only
 * my keys open; my private store is the truth for my own rows, and a shared row is a published,
 * signed copy of one of them in the shared database. The other partner's rows are read from the
 * shared database and used only with a valid signature of theirs. lock() wipes every key; the
 * object is unusable afterwards.
 */
class Session {
public:
    Session(Paths paths, storage::Database db, crypto::KeySlotFile slots, crypto::KeySet keys, std::string partnerId,
        Options options);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    [[nodiscard]] const PartnerInfo& me() const;
    [[nodiscard]] const std::vector<PartnerInfo>& partners() const { return m_partners; }
    [[nodiscard]] const PartnerInfo* otherPartner() const;
    [[nodiscard]] bool isSolo() const { return m_partners.size() < 2; }
    /** @brief kCoupleKind or kPracticeKind, from the key file read at unlock. */
    [[nodiscard]] const std::string& kind() const { return m_slots.kind; }
    [[nodiscard]] bool isPractice() const { return m_slots.kind == kPracticeKind; }
    [[nodiscard]] const std::string& workbookId() const { return m_slots.workbookId; }
    [[nodiscard]] const Paths& paths() const { return m_paths; }
    [[nodiscard]] std::int64_t nowMs() const { return m_options.nowMs(); }

    /**
     * @brief The same id on every device of mine for the one row of @p kind I keep for
     * @p exerciseId (under @p parentId): what one-per-partner rows use, so they merge as one.
     */
    [[nodiscard]] std::string stableId(
        const std::string& exerciseId, const std::string& kind, const std::string& parentId = {}) const;
    /** @brief Adds an entry in one transaction; returns its id once committed. */
    std::string addEntry(const NewEntry& entry);
    /**
     * @brief Replaces the body of one of my entries. For a shared entry, @p publish says whether
     * the partner sees the change now or only after publish().
     */
    void updateEntry(const std::string& id, const std::string& body, Publish publish = Publish::Now);
    /** @brief Publishes the unpublished changes of one of my shared entries. */
    void publish(const std::string& id);
    /** @brief Whether one of my shared entries has changes the partner does not see yet. */
    [[nodiscard]] bool hasUnpublishedChanges(const std::string& id) const;
    /** @brief Shares or stops sharing one of my entries (stopping leaves a signed tombstone). */
    void setVisibility(const std::string& id, Visibility visibility);
    /** @brief Deletes one of my entries, leaving a tombstone with an empty body. */
    void deleteEntry(const std::string& id);
    /** @brief Entries I may read (mine, and the partner's shared ones), oldest first unless asked otherwise. */
    [[nodiscard]] std::vector<Entry> entries(const EntryFilter& filter = {}) const;
    [[nodiscard]] std::optional<Entry> entry(const std::string& id) const;
    /**
     * @brief The other partner's newest shared entry in each of the @p count exercises they changed
     * most recently, newest first, keeping only exercises @p wanted accepts. Reads rows only until
     * it has found them (Home's "Recently shared", which at ten years read every shared row twice).
     */
    [[nodiscard]] std::vector<Entry> recentlyShared(
        std::size_t count, const std::function<bool(const std::string& exerciseId)>& wanted) const;
    /**
     * @brief Whether a partner has an entry of that kind for an exercise. About the other partner
     * only what the app shows on purpose can be asked ("done", "has answered" a reveal, "has taken"
     * the safety check), and it is answered from their signed markers.
     */
    [[nodiscard]] bool hasEntry(
        const std::string& authorId, const std::string& exerciseId, const std::string& kind) const;

    /** @brief Sets one of my markers (kDoneMarker, kAnsweredMarker, kTakenMarker) to @p value (JSON text). */
    void setMarker(const std::string& subject, const std::string& kind, const std::string& value);
    /** @brief The value of a partner's marker, if it exists and carries their valid signature. */
    [[nodiscard]] std::optional<std::string> marker(
        const std::string& authorId, const std::string& subject, const std::string& kind) const;
    /**
     * @brief A commitment to an answer, for the reveal's "answered" marker: a nonce only I can
     * recompute (keyed by my personal key) and BLAKE2b(nonce, answer), both as hex.
     */
    [[nodiscard]] std::pair<std::string, std::string> commitTo(
        const std::string& exerciseId, const std::string& canonicalAnswer) const;
    /** @brief BLAKE2b keyed by the nonce (hex) over the answer, as hex: what a published answer must match. */
    [[nodiscard]] static std::string commitmentOf(const std::string& nonceHex, const std::string& canonicalAnswer);

    /** @brief What I am told at this unlock (rows changed outside, a restore, ...). */
    [[nodiscard]] const std::vector<UnlockNotice>& notices() const { return m_notices; }
    /** @brief When I last unlocked this workbook before now (ms), or 0 the first time. */
    [[nodiscard]] std::int64_t lastVisit() const { return m_lastVisit; }

    /** @brief True until I have a recovery code of my own (a partner added later gets it in their first session). */
    [[nodiscard]] bool needsRecoveryCode() const;
    /** @brief A fresh recovery code for me alone; any older code stops working. Shown once. */
    crypto::SecretBytes issueRecoveryCode();
    /**
     * @brief Sets a new passphrase and rotates my personal and signing keys: my private store is
     * re-encrypted, my shared rows re-signed, and a new recovery code (returned, shown once)
     * replaces the old one, so nothing old (passphrase, code, key file) opens anything written
     * afterwards. Throws WrongSecret for a wrong @p oldPassphrase.
     */
    crypto::SecretBytes changePassphrase(
        const crypto::SecretBytes& oldPassphrase, const crypto::SecretBytes& newPassphrase);
    /** @brief Turns a solo workbook into a couple one; the new partner gets their recovery code in their first session.
     */
    void addPartner(const NewPartner& partner);

    /** @brief A setting that belongs to me (idle lock, notifications, accepted packs), kept in my private store. */
    [[nodiscard]] std::optional<std::string> privateSetting(const std::string& key) const;
    void setPrivateSetting(const std::string& key, const std::string& value);

    /**
     * @brief Changes whenever an agreement's wording or an acceptance in @p exerciseIds is written,
     * by me (on any device) or the other partner through Trustwork, or the partners or their keys
     * change: a summary of those rows kept in my private store is valid while it is equal. Index
     * reads only.
     */
    [[nodiscard]] std::string agreementRowsStamp(const std::vector<std::string>& exerciseIds) const;

    /** @brief Writes a single-file backup of the whole workbook. */
    void backup(const std::filesystem::path& output);
    std::filesystem::path automaticBackup(const std::string& reason);
    /** @brief SQLite integrity checks plus an authenticated read of every entry I can open. */
    [[nodiscard]] std::string verify();

    /**
     * @brief Whether @p signature over @p bytes was made by @p partnerId: by me with my current key,
     * or by the other partner with the key this session trusts for them.
     */
    [[nodiscard]] bool isSignedBy(const std::string& partnerId, std::span<const std::uint8_t> bytes,
        std::span<const std::uint8_t> signature) const;
    /** @brief My signing key (for signing reports); valid while unlocked. */
    [[nodiscard]] const crypto::SigningKeyPair& signingKeys() const;
    [[nodiscard]] std::uint32_t keyVersion() const { return m_keys.keyVersion; }
    /** @brief Every generation of my signing key, oldest first, each signed by the one before. */
    [[nodiscard]] std::vector<SigningKeyLink> keyChain() const;

    void lock();
    [[nodiscard]] bool isLocked() const { return !m_db; }

    /** @brief Internal: used by Workbook after unlock. */
    void open(const crypto::SecretBytes* passphrase);
    /** @brief Internal: the shared file's stamp (store::FileStamp) taken before it was opened. */
    void setFileStampAtOpen(std::optional<std::string> stamp) { m_fileAtOpen = std::move(stamp); }
    /**
     * @brief Whether this unlock read my rows in the shared file to compare them with what I
     * published; false when the file was as my last lock had checked it (tests and benchmarks).
     */
    [[nodiscard]] bool readMyRowsAtUnlock() const { return m_rowsReadAtUnlock; }
    /** @brief Internal: after a recovery, the rotation that makes the used code and old keys worthless. */
    crypto::SecretBytes finishRecovery(const crypto::SecretBytes& newPassphrase) { return rotateKeys(newPassphrase); }
    void takeDailyBackupIfDue();
    void loadPartners();
    /**
     * @brief Internal: a new partner's empty private store and first signing key (self-signed) in
     * @p shared, inside the caller's transaction. Used when creating a workbook and adding a partner.
     */
    static void introduce(storage::Database& shared, const Paths& paths, const crypto::KeySlotFile& slots,
        const std::string& partnerId, const crypto::KeySet& keys, const Options& options);
    /** @brief Internal: records a restore that just happened, for every partner's next unlock. */
    void recordRestore(const std::string& backupName, std::int64_t backupTime);

private:
    /**
     * The clock's node: my partner id's start, and this device's once it syncs. Two of my devices
     * that reopen within the headroom of the newest stamp they both keep (PrivateStore::newestHlc)
     * count on from the same value, and their stamps must still differ: two concurrent edits with
     * equal stamps would each stay the winner on its own device.
     */
    [[nodiscard]] std::string hlcNode() const
    {
        return m_deviceId.empty() ? m_partnerId.substr(0, 8) : m_partnerId.substr(0, 8) + "." + m_deviceId.substr(0, 8);
    }
    friend class store::UnlockCheck;
    friend class store::LegacyRows;
    friend class sync::Replica;

    void requireOpen() const;
    store::StoredEntry ownRow(const std::string& id) const;
    void writeOwn(const store::StoredEntry& row);
    void publishRow(const store::StoredEntry& row);
    [[nodiscard]] store::SharedRow sharedCopy(const store::StoredEntry& row) const;
    [[nodiscard]] std::vector<Entry> partnerEntries(const EntryFilter& filter) const;
    /**
     * @brief Whether the partner's rows are signed: false for one who has not unlocked since signing
     * keys came, whose shared rows are still the unsigned ones they wrote before.
     */
    [[nodiscard]] bool partnerSigns(const std::string& partnerId) const;
    /** @brief A trusted shared row of the other partner as an entry, its body opened. */
    [[nodiscard]] Entry partnerEntry(const store::SharedRow& row) const;
    [[nodiscard]] bool partnerRowTrusted(const store::SharedRow& row) const;
    [[nodiscard]] std::optional<std::vector<std::uint8_t>> partnerKey(const std::string& partnerId) const;
    void writeMarker(store::Marker marker);
    crypto::SecretBytes rotateKeys(const crypto::SecretBytes& newPassphrase);
    void writeHead();

    Paths m_paths;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<store::SharedStore> m_shared;
    std::unique_ptr<store::PrivateStore> m_private;
    crypto::KeySlotFile m_slots;
    crypto::KeySet m_keys;
    std::unique_ptr<crypto::SigningKeyPair> m_signing;
    std::string m_partnerId;
    Options m_options;
    std::vector<PartnerInfo> m_partners;
    Hlc m_hlc;
    std::vector<UnlockNotice> m_notices;
    std::int64_t m_lastVisit = 0;
    /** This device's id once it has joined a synced folder; my edits count in its version vectors. */
    std::string m_deviceId;
    /** Partner keys I trust this session, by partner id: their current (latest pinned) key. */
    mutable std::map<std::string, std::vector<std::uint8_t>> m_trustedKeys;
    /** The shared file's stamp before this session opened it, when the file system can give one. */
    std::optional<std::string> m_fileAtOpen;
    bool m_rowsReadAtUnlock = true;
    /** Set once the unlock check has put my rows right: only then may a lock vouch for the file. */
    bool m_checkedAtUnlock = false;
    /** Digests of partner rows whose signature was checked, loaded from my store on first use. */
    mutable std::unique_ptr<std::map<std::string, std::vector<std::uint8_t>>> m_verified;
};

} // namespace tw::workbook
