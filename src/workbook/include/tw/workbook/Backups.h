// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"
#include "tw/workbook/Paths.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tw::storage {
class Database;
}

namespace tw::workbook {

class Session;
struct Options;

/** @brief One backup file as its header describes it. */
struct BackupInfo {
    bool operator==(const BackupInfo&) const = default;
    std::filesystem::path file;
    std::int64_t madeAt = 0; ///< ms: the signed time inside (or, for old backups, the time in the name)
    std::string makerId; ///< the partner who made it; empty if unknown
    std::string reason; ///< "daily", "before-migration", "before-restore", "manual"
    bool signedByMaker = false;
};

/**
 * @brief Single-file backups of the whole workbook: the shared database with its WAL, the key-slot
 * file and every partner's private store. Nothing in a backup is readable without a passphrase or
 * recovery code, exactly as in the workbook itself. Their order is the time their maker signed
 * inside them, never their file names, and a backup dated in the future is ignored.
 */
class Backups {
public:
    static constexpr std::size_t kKeep = 10;

    /** @brief Checkpoints both open stores and writes a backup signed by @p maker to @p output (atomically). */
    static void write(storage::Database& shared, storage::Database& mine, const Paths& paths,
        const std::filesystem::path& output, const Session& maker, const std::string& reason = "manual");
    /** @brief An automatic backup in paths.backups; keeps the newest kKeep by their inside time. */
    static std::filesystem::path writeAutomatic(storage::Database& shared, storage::Database& mine, const Paths& paths,
        const std::string& reason, const Session& maker);
    /**
     * @brief A backup of the files as they lie, journals included, made without any session (before
     * a migration): unsigned, so it never counts as the newest daily backup.
     */
    static std::filesystem::path writeUnsigned(const Paths& paths, const std::string& reason, std::int64_t nowMs);
    /** @brief Readable backups in paths.backups, oldest first; unreadable ones and ones dated after @p nowMs are left
     * out. */
    static std::vector<BackupInfo> list(const Paths& paths, std::int64_t nowMs);
    /**
     * @brief The time of the newest backup whose signature @p verifier can check (its maker's key
     * as the session trusts it), or 0. A planted or future-dated file never counts.
     */
    static std::int64_t newestTime(const Paths& paths, std::int64_t nowMs, const Session& verifier);
    /**
     * @brief Restores @p backup into @p paths, as @p name with their @p passphrase (WrongSecret
     * otherwise): only a partner in the backup can restore it. The backup is opened and checked in
     * a folder of its own first; the current files are kept as a "before-restore" backup, byte for
     * byte with their journals; and every partner is told at their next unlock who restored which
     * backup when. Throws Damaged for a bad file, WrongSecret, NotFound.
     */
    static void restore(const std::filesystem::path& backup, const Paths& paths, const std::string& name,
        const crypto::SecretBytes& passphrase, const Options& options);
};

} // namespace tw::workbook
