// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The attacker these suites play: the other partner, on the same computer, with their own
// passphrase (so the database key and the couple key), read and write access to every file and
// backup, the SQLCipher C API (here through storage::Database, the same calls the sqlcipher tool
// makes) and a small program of their own (this file). Nothing here goes through Session.

#include "TempDir.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/crypto/Signing.h"
#include "tw/storage/Database.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace tw::test {

/** @brief One row of a table as text: column name -> value (blobs as hex). */
using RowText = std::map<std::string, std::string>;

/** @brief Every table of one database file, as its rows. */
using TableDump = std::map<std::string, std::vector<RowText>>;

class OtherPartner {
public:
    /** @brief @p name unlocks their own slot in @p dir with @p passphrase, as their own program would. */
    OtherPartner(std::filesystem::path dir, std::string name, const std::string& passphrase);

    [[nodiscard]] const crypto::KeySet& keys() const { return m_keys; }
    [[nodiscard]] const std::string& id() const { return m_id; }
    [[nodiscard]] std::string idOf(const std::string& name) const;
    [[nodiscard]] const std::string& workbookId() const { return m_workbookId; }

    /** @brief The shared database, opened with the database key, ready to write. */
    [[nodiscard]] storage::Database shared() const;
    /** @brief Every table and column of every file this partner's keys open (shared file, own store). */
    [[nodiscard]] std::map<std::string, TableDump> everythingReadable() const;
    /** @brief Every body in the shared file that the couple key or this partner's personal key opens. */
    [[nodiscard]] std::vector<std::string> openableBodies() const;
    /** @brief True if @p needle is anywhere this partner can read: dumps, opened bodies, or any file's bytes. */
    [[nodiscard]] bool canFind(const std::string& needle) const;

    /** @brief Runs SQL on the shared file as the sqlcipher shell would. */
    void exec(const std::string& sql) const;
    /** @brief A signing key of this partner's own (a fresh one: what a forger holds, never the victim's). */
    [[nodiscard]] crypto::SigningKeyPair forgerKeys() const;

private:
    std::filesystem::path m_dir;
    std::string m_id;
    std::string m_workbookId;
    crypto::KeySlotFile m_slots;
    crypto::KeySet m_keys;
};

/** @brief What one unlocked row of the entry table looks like, for planting. */
struct PlantedRow {
    std::string id;
    std::string author;
    std::string exercise;
    std::string kind;
    std::string parent;
    std::string body; ///< plaintext; sealed under the couple key with the context Trustwork uses
    long long createdAt = 0;
    long long updatedAt = 0;
    std::string hlc = "999999999999999-000000-planted";
    bool signWithForgerKey = true; ///< unsigned otherwise
};

/** @brief Writes @p row into the shared file as if it were the author's published row. */
void plant(const OtherPartner& attacker, const PlantedRow& row);

} // namespace tw::test
