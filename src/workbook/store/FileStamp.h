// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: what the file system says about the shared file, so an unlock can tell
// that nobody has written it since my last lock checked it.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace tw::workbook::store {

/**
 * @brief The shared file's identity and change time, as one comparable text.
 *
 * Any write to a file, by anyone, sets its change time (ctime) to the kernel's clock; unlike the
 * modification time, no ordinary user can set it back, and replacing the file changes its inode.
 * So a stamp taken when my lock had checked my rows, and found again at my next unlock, means the
 * file holds what was checked. Only where that holds is a stamp given: the SQLite journal beside
 * the file must be empty (its pages would be read too) and the file system must keep change times,
 * also for writes through a shared mapping (ext2/3/4, XFS, Btrfs, F2FS; not tmpfs, FAT, network
 * or FUSE file systems).
 */
class FileStamp {
public:
    /** @brief The stamp of @p database as it lies now, or nothing where a stamp cannot vouch for it. */
    static std::optional<std::string> of(const std::filesystem::path& database);

    /**
     * @brief Waits (a few milliseconds at most) until a write from now on gets a later change time
     * than the last write to @p database, and returns that moment in nanoseconds. The kernel's clock
     * for change times moves in ticks; a write in the same tick as mine would otherwise look as if
     * it were mine. Nothing when the file cannot be read.
     */
    static std::optional<std::int64_t> waitPastLastChange(const std::filesystem::path& database);

    /**
     * @brief Writes out the file's dirty pages (fdatasync). A program that wrote through a shared
     * mapping before keeps a writable page, and its later writes would not set the change time
     * again; once the page is written out, its next write does. False if that failed.
     */
    static bool writeOutPages(const std::filesystem::path& database);

    /** @brief Whether @p database was changed at or after @p sinceNs (by its change time). */
    static bool changedSince(const std::filesystem::path& database, std::int64_t sinceNs);
};

} // namespace tw::workbook::store
