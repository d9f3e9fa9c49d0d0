// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: the SQL of the shared database (what both partners' keys open).

#include "SignedRecords.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tw::storage {
class Database;
}

namespace tw::workbook::store {

/** @brief Which of a partner's published rows to read; empty fields match everything. */
struct SharedQuery {
    std::string authorId;
    std::string exerciseId;
    std::string kind;
    std::string parentId;
    std::string id;
    bool newestFirst = false;
    int limit = 0;
};

/**
 * @brief Reads and writes the shared database's records. It neither signs nor checks: callers
 * decide whose signature a record needs. Rows from before signatures (legacy) are only read
 * through the legacy* calls.
 */
class SharedStore {
public:
    explicit SharedStore(storage::Database& db);

    void putRow(const SharedRow& row);
    /**
     * @brief Whether any row still has a rowid from before each partner's rows got a range of
     * their own (an index probe). Call groupRowsByAuthor() in a write transaction if so.
     */
    [[nodiscard]] bool hasRowsOutsideRanges() const;
    /**
     * @brief Moves such rows into their author's range, contents unchanged; a row whose author has
     * no range stays where it is. Returns how many moved.
     */
    int groupRowsByAuthor();
    [[nodiscard]] std::optional<SharedRow> row(const std::string& id) const;
    /** @brief Live signed rows matching @p query (tombstones excluded), with their bodies. */
    [[nodiscard]] std::vector<SharedRow> rows(const SharedQuery& query) const;
    /**
     * @brief Changes whenever a row of @p exerciseId whose kind is @p kindA or @p kindB is written
     * or removed through this store (putRow() gives a row a new rowid), from the author index
     * alone. An edit made outside Trustwork in place keeps it; what it guards must stay a summary
     * of rows that are checked when read.
     */
    [[nodiscard]] std::string rowsStamp(const std::string& exerciseId, const char* kindA, const char* kindB) const;
    /**
     * @brief rowDigest() of every signed row attributed to @p authorId, tombstones included, handed
     * to @p visit with the row's id: the unlock check compares whole rows without copying ten years
     * of them. @p visit must not write to the database. Returns how many of the author's rows are
     * unsigned (rows from before signatures), counted on the way.
     */
    long long visitRowDigests(const std::string& authorId,
        const std::function<void(std::string_view id, std::span<const std::uint8_t> digest)>& visit) const;
    /**
     * @brief Ids and exercises of @p authorId's live shared rows, most recently changed first (by
     * hybrid clock, along the author index), handed to @p visit until it returns false: the newest
     * few exercises are found without reading the rest of ten years.
     */
    void visitSharedNewestFirst(const std::string& authorId,
        const std::function<bool(const std::string& id, const std::string& exerciseId)>& visit) const;
    void deleteRow(const std::string& id);

    void putMarker(const Marker& marker);
    [[nodiscard]] std::optional<Marker> marker(
        const std::string& authorId, const std::string& subject, const std::string& kind) const;
    [[nodiscard]] std::vector<Marker> markers(const std::string& authorId) const;
    void deleteMarker(const std::string& authorId, const std::string& subject, const std::string& kind);

    void putKey(const PartnerKey& key);
    /** @brief A partner's key generations, oldest first. */
    [[nodiscard]] std::vector<PartnerKey> keys(const std::string& partnerId) const;
    void deleteKeysAbove(const std::string& partnerId, std::uint32_t version);

    [[nodiscard]] std::optional<std::vector<std::uint8_t>> sealedHead(const std::string& partnerId) const;
    void putSealedHead(const std::string& partnerId, const std::vector<std::uint8_t>& sealed);

    void putEvent(const Event& event);
    [[nodiscard]] std::vector<Event> events() const;

    /** @brief Rows from before signatures written by @p authorId (signature IS NULL), with bodies. */
    [[nodiscard]] std::vector<SharedRow> legacyRows(const std::string& authorId, const std::string& visibility) const;
    /** @brief Whether @p authorId has an unsigned row of that exercise and kind (a partner not yet moved). */
    [[nodiscard]] bool legacyHas(
        const std::string& authorId, const std::string& exerciseId, const std::string& kind) const;
    [[nodiscard]] std::vector<SharedRow> legacySharedRows(const SharedQuery& query) const;

private:
    storage::Database& m_db;
};

} // namespace tw::workbook::store
