// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: one partner's private store, a SQLCipher file of its own whose key is
// derived from that partner's personal key. The other partner's keys cannot open it, so nothing
// in it (words, exercises, kinds, times, counts, deletions) is visible to them.

#include "SignedRecords.h"
#include "tw/crypto/SecretBytes.h"
#include "tw/storage/Database.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Types.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook::store {

/** @brief A row of the private store: an entry with its clock and state. */
struct StoredEntry {
    Entry entry;
    std::string hlc;
    bool deleted = false;
    /** The author changed a shared entry and has not yet published the change. */
    bool unpublished = false;
    /** Version vector as JSON: device id -> number of edits made there. */
    std::string vv = "{}";
};

/** @brief The losing side of two edits of one entry made at once on two of my devices. */
struct OtherVersion {
    std::string entryId;
    std::string device;
    std::string hlc;
    std::string body;
    std::int64_t updatedAt = 0;
};

class PrivateStore {
public:
    /** @brief The file of @p partnerId's store in @p paths (private/<id>.db). */
    static std::filesystem::path pathFor(const Paths& paths, const std::string& partnerId);
    /** @brief The SQLCipher key of a store: a subkey of the personal key, never the key itself. */
    static crypto::SecretBytes storeKey(const crypto::SecretBytes& personalKey);

    /**
     * @brief Opens (or, with options.create, creates) the store and brings its schema up to date.
     * Throws tw::Error: Damaged when the key does not open it, NewerVersion, Io.
     */
    PrivateStore(
        const std::filesystem::path& path, const crypto::SecretBytes& personalKey, const storage::OpenOptions& options);

    [[nodiscard]] storage::Database& db() { return m_db; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_db.path(); }

    [[nodiscard]] std::optional<std::string> meta(const std::string& key);
    void setMeta(const std::string& key, const std::string& value);
    void eraseMeta(const std::string& key);

    /**
     * @brief Writes @p row. A row of an agreement (its wording or an acceptance) also moves the
     * counter agreementRowsWritten() on, whatever path wrote it.
     */
    void put(const StoredEntry& row);
    /** @brief How many times an agreement row of mine was written: a summary of them is valid while it is equal. */
    [[nodiscard]] std::uint64_t agreementRowsWritten();
    /** @brief One row by id, tombstones included. */
    [[nodiscard]] std::optional<StoredEntry> get(const std::string& id);
    /**
     * @brief Tells the store that @p row was just committed exactly as it is. Until anything else
     * changes the file, through this connection or another, get() of its id answers from memory:
     * an autosave rewrites the same row every few seconds and need not read it back first.
     */
    void rememberCommitted(const StoredEntry& row);
    /** @brief Live rows matching @p filter (its authorId and sharedOnly are the caller's business). */
    [[nodiscard]] std::vector<Entry> entries(const EntryFilter& filter, const std::string& ownerId);
    [[nodiscard]] bool has(const std::string& exerciseId, const std::string& kind);
    /** @brief Rows that are shared, or were and became tombstones: what the shared database should show. */
    [[nodiscard]] std::vector<StoredEntry> publishable();
    /**
     * @brief A clock stamp no row of this store is later than: the newest row's stamp, or up to a
     * minute beyond it (see raiseHlcCeiling()). A clock that observes it never stamps a change
     * before one already kept here, even after the system clock stepped back.
     */
    [[nodiscard]] std::string newestHlc();

    /** @brief Keeps exactly what was last written to the shared database for this row. */
    void recordPublished(const SharedRow& row);
    /** @brief Everything last published, by row id. */
    [[nodiscard]] std::map<std::string, SharedRow> published();
    /**
     * @brief The digest kept with each published row, by id: rowDigest() of it, or in a store from
     * before digests of whole rows, the digest of its signature (which never equals a rowDigest()).
     */
    [[nodiscard]] std::map<std::string, std::vector<std::uint8_t>, std::less<>> publishedDigests();
    /** @brief Brings a row's kept digest up to date without publishing it again. */
    void setPublishedDigest(const std::string& id, const std::vector<std::uint8_t>& digest);
    [[nodiscard]] std::optional<SharedRow> publishedRow(const std::string& id);

    void recordMarker(const Marker& marker);
    /** @brief Every marker last written, keyed by "kind|subject". */
    [[nodiscard]] std::map<std::string, Marker> markers();
    [[nodiscard]] std::optional<Marker> marker(const std::string& subject, const std::string& kind);

    [[nodiscard]] std::map<std::uint32_t, std::vector<std::uint8_t>> pins(const std::string& partnerId);
    void pin(const std::string& partnerId, std::uint32_t version, const std::vector<std::uint8_t>& publicKey);

    [[nodiscard]] std::optional<std::vector<std::uint8_t>> verifiedDigest(const std::string& id);
    void recordVerified(const std::string& id, const std::vector<std::uint8_t>& digest);

    [[nodiscard]] std::optional<std::string> setting(const std::string& key);
    void setSetting(const std::string& key, const std::string& value);

    [[nodiscard]] bool seenEvent(const std::string& id);
    void markEventSeen(const std::string& id);

    /**
     * @brief Keeps the file at one of a few sizes (1 MiB, then doubling) with free room inside it,
     * so its size, which anyone with the folder can see, says nothing about how much was written
     * until a whole size class is used. Call after writes; cheap unless the room has run out.
     */
    void keepSizeClass();

    /** @brief Remembers that @p item ("entry:ID", "shared:ID", ...) changed and is not yet published. */
    void addToOutbox(const std::string& item);
    /** @brief Outbox items with their sequence, oldest first. */
    [[nodiscard]] std::vector<std::pair<std::int64_t, std::string>> outbox();
    void clearOutboxUpTo(std::int64_t seq);
    [[nodiscard]] bool imported(const std::string& fileName);
    void markImported(const std::string& fileName);
    /** @brief While set, writes come from another device of mine and are not added to the outbox. */
    void setImporting(bool importing) { m_importing = importing; }
    void addOtherVersion(const OtherVersion& version);
    [[nodiscard]] std::vector<OtherVersion> otherVersions(const std::string& entryId);
    [[nodiscard]] std::vector<std::string> entriesWithOtherVersions();
    void dropOtherVersions(const std::string& entryId);
    /** @brief Every live or deleted row (for a full snapshot). */
    [[nodiscard]] std::vector<StoredEntry> allRows();

    /**
     * @brief Writes a copy of the whole store to @p target encrypted under @p newPersonalKey's store
     * key (sqlcipher_export), for a key rotation that swaps the files only once the new keys are saved.
     */
    void exportTo(const std::filesystem::path& target, const crypto::SecretBytes& newPersonalKey);

private:
    void refineAwaiting();
    /** Keeps newestHlc() at or after @p hlc, with headroom, in the transaction writing the row. */
    void raiseHlcCeiling(const std::string& hlc);
    /** The owner's partner id, as every row read back carries it (kept until meta partner_id is set). */
    const std::string& ownerId();
    /** SQLite's count of changes on this connection and its counter of other connections' commits. */
    [[nodiscard]] std::pair<long long, long long> fileState();

    /** The row last committed by rememberCommitted(), and the file's state right after it. */
    struct Committed {
        StoredEntry row;
        std::pair<long long, long long> state;
    };

    storage::Database m_db;
    std::optional<Committed> m_committed;
    /** The file's newest-stamp ceiling is at least this, as committed: rows up to it need no raise. */
    std::string m_ceilingCommitted;
    /** What the ceiling will be at least once the transaction of put() of @c forHlc commits. */
    struct Pending {
        std::string forHlc;
        std::string atLeast;
    };
    std::optional<Pending> m_ceilingPending;
    std::optional<std::string> m_ownerId;
    bool m_importing = false;
    long long m_pageSize = 0; ///< read once: fixed for as long as the store is open
    bool m_reachedFirstClass = false; ///< the file is at least the first size class (it never shrinks)
};

} // namespace tw::workbook::store
