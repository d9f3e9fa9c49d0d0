// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: what lies in the shared database and is signed by its author. Every
// record names the workbook it belongs to in its signed bytes, so nothing moves between workbooks.

#include "tw/crypto/Signing.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tw::workbook::store {

/** @brief A published (shared) entry row as it lies in the shared database. */
struct SharedRow {
    bool operator==(const SharedRow&) const = default;
    std::string id;
    std::string authorId;
    std::string exerciseId;
    std::string kind;
    std::string parentId;
    std::string hlc;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    bool deleted = false;
    std::vector<std::uint8_t> sealedBody; ///< under the couple key; empty for a tombstone
    std::uint32_t keyVersion = 0; ///< 0: a row from before signatures (unsigned)
    std::vector<std::uint8_t> signature;
};

/**
 * @brief One fact about a partner that the other partner's app shows on purpose: "done" of an
 * exercise, "answered" of a reveal (with a commitment to the answer), "taken" of the safety check.
 * It carries no time: its version only counts its own changes.
 */
struct Marker {
    bool operator==(const Marker&) const = default;
    std::string authorId;
    std::string subject; ///< exercise id
    std::string kind; ///< kDone, kAnswered, kTaken
    std::int64_t version = 0;
    std::string value; ///< JSON text
    std::uint32_t keyVersion = 0;
    std::vector<std::uint8_t> signature;
};

inline constexpr const char* kDoneMarker = "done";
inline constexpr const char* kAnsweredMarker = "answered";
inline constexpr const char* kTakenMarker = "taken";

/**
 * @brief One generation of a partner's signing key. Version 1 signs itself (proof of possession);
 * every later version is signed by the one before, so a key change is announced by the old key.
 */
struct PartnerKey {
    std::string partnerId;
    std::uint32_t version = 0;
    std::vector<std::uint8_t> publicKey;
    std::vector<std::uint8_t> signature;
};

/** @brief Something every partner is told at their next unlock, such as a restore. */
struct Event {
    std::string id;
    std::string authorId;
    std::string kind;
    std::string body; ///< JSON text; never user writing
    std::int64_t createdAt = 0;
    std::uint32_t keyVersion = 0;
    std::vector<std::uint8_t> signature;
};

inline constexpr const char* kRestoreEvent = "restore";

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const SharedRow& row);
std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const Marker& marker);
std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const PartnerKey& key);
std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const Event& event);

/** @brief Signs @p record in place with @p keys as generation @p keyVersion (PartnerKey: by the signer). */
template <typename Record>
void signRecord(Record& record, const std::string& workbookId, const crypto::SigningKeyPair& keys)
{
    record.signature = crypto::signDetached(keys, signingBytes(workbookId, record));
}

template <typename Record>
[[nodiscard]] bool verifyRecord(
    const Record& record, const std::string& workbookId, std::span<const std::uint8_t> publicKey)
{
    return crypto::verifyDetached(publicKey, signingBytes(workbookId, record), record.signature);
}

/** @brief What a record's own app keeps to recognise it later: a digest of its signature. */
std::vector<std::uint8_t> recordDigest(std::span<const std::uint8_t> signature);

/**
 * @brief A digest of every column of @p row, the signature and the sealed body's bytes included:
 * two rows with the same digest are the same row. The unlock check compares it with the digest
 * recorded when the row was published, instead of the recorded text.
 */
std::vector<std::uint8_t> rowDigest(const SharedRow& row);

/** @brief A row's columns as views into a statement's current row: rowDigest() without copies. */
struct SharedRowView {
    std::string_view id;
    std::string_view authorId;
    std::string_view exerciseId;
    std::string_view kind;
    std::string_view parentId;
    std::string_view hlc;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    bool deleted = false;
    std::span<const std::uint8_t> sealedBody;
    std::uint32_t keyVersion = 0;
    std::span<const std::uint8_t> signature;
};
/** @brief The same digest as rowDigest() of the row these views show, without allocating. */
std::array<std::uint8_t, 32> rowDigest(const SharedRowView& row);

/** @brief Text forms kept in the author's private store, so a record changed outside can be put back verbatim. */
std::string serialise(const SharedRow& row);
std::string serialise(const Marker& marker);
/** @brief Parses what serialise() wrote; throws tw::Error(Damaged) for anything else. */
SharedRow parseRow(const std::string& text);
Marker parseMarker(const std::string& text);

} // namespace tw::workbook::store
