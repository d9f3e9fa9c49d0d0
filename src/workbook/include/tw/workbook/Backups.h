// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Paths.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tw::storage {
class Database;
}

namespace tw::workbook {

/**
 * @brief Single-file backups holding the encrypted database and the key-slot file. Nothing in a
 * backup is readable without a passphrase or recovery code, exactly as in the workbook itself.
 */
class Backups {
public:
    static constexpr std::size_t kKeep = 10;

    /** @brief Checkpoints @p db and writes a backup to @p output (atomically). */
    static void write(storage::Database& db, const Paths& paths, const std::filesystem::path& output);
    /** @brief An automatic backup in paths.backups named by time and reason; keeps the newest kKeep. */
    static std::filesystem::path writeAutomatic(
        storage::Database& db, const Paths& paths, const std::string& reason, std::int64_t nowMs);
    /** @brief Automatic backups, oldest first. */
    static std::vector<std::filesystem::path> list(const Paths& paths);
    /** @brief The time (ms) of the newest automatic backup, or 0. */
    static std::int64_t newestTime(const Paths& paths);
    /**
     * @brief Restores @p backup into @p paths. An existing workbook there is first saved as a
     * "before-restore" backup, so a restore never loses anything. Throws Damaged for a bad file.
     */
    static void restore(const std::filesystem::path& backup, const Paths& paths, std::int64_t nowMs);
};

} // namespace tw::workbook
