// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/workbook/Hlc.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Types.h"
#include "tw/workbook/Workbook.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook {

/**
 * @brief One partner's unlocked view of a workbook. It can read that partner's private entries and
 * every shared entry, and nothing else: the other partner's private rows are sealed under a key it
 * never holds. lock() wipes every key; the object is unusable afterwards.
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
    [[nodiscard]] const Paths& paths() const { return m_paths; }
    [[nodiscard]] std::int64_t nowMs() const { return m_options.nowMs(); }

    /** @brief Adds an entry in one transaction; returns its id once committed. */
    std::string addEntry(const NewEntry& entry);
    /** @brief Replaces the body of one of my entries. */
    void updateEntry(const std::string& id, const std::string& body);
    /** @brief Shares or stops sharing one of my entries (re-sealed under the other key). */
    void setVisibility(const std::string& id, Visibility visibility);
    /** @brief Deletes one of my entries, leaving a tombstone with an empty body. */
    void deleteEntry(const std::string& id);
    /** @brief Entries I may read (mine, and shared ones), oldest first unless the filter says otherwise. */
    [[nodiscard]] std::vector<Entry> entries(const EntryFilter& filter = {}) const;
    [[nodiscard]] std::optional<Entry> entry(const std::string& id) const;
    /** @brief Whether a partner has any entry for an exercise (metadata only, no body). */
    [[nodiscard]] bool hasEntry(
        const std::string& authorId, const std::string& exerciseId, const std::string& kind) const;

    /** @brief Rewrites only my passphrase slot; nothing is re-encrypted. Throws WrongSecret. */
    void changePassphrase(const crypto::SecretBytes& oldPassphrase, const crypto::SecretBytes& newPassphrase);
    /** @brief Turns a solo workbook into a couple one; the first partner's private entries stay private. */
    crypto::SecretBytes addPartner(const NewPartner& partner);
    /** @brief Writes a single-file backup of the whole workbook. */
    void backup(const std::filesystem::path& output);
    std::filesystem::path automaticBackup(const std::string& reason);
    /** @brief SQLite integrity check plus an authenticated read of every entry I can open. */
    [[nodiscard]] std::string verify();

    void lock();
    [[nodiscard]] bool isLocked() const { return !m_db; }

    /** @brief Internal: used by Workbook after unlock. */
    void loadPartners();
    void takeDailyBackupIfDue();

private:
    [[nodiscard]] const crypto::SecretBytes& keyFor(Visibility visibility) const;
    void requireOpen() const;
    Entry ownEntry(const std::string& id) const;
    void writeSealed(const Entry& entry, bool insert);

    Paths m_paths;
    std::unique_ptr<storage::Database> m_db;
    crypto::KeySlotFile m_slots;
    crypto::KeySet m_keys;
    std::string m_partnerId;
    Options m_options;
    std::vector<PartnerInfo> m_partners;
    Hlc m_hlc;
};

} // namespace tw::workbook
