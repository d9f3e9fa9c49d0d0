// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: the single-file backup format.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook::backup {

/**
 * @brief The header of a backup: who made it when, and each file's size and checksum. In format 2
 * the maker signs it, so its time and files are theirs; format 1 (before private stores) had
 * neither maker nor time, and its time is read from its name.
 */
struct Header {
    int version = 2;
    std::string workbookId;
    std::string makerId; ///< empty: packed without a session (before a restore)
    std::int64_t madeAt = 0; ///< ms; 0 when unknown (format 1)
    std::string reason;
    std::uint32_t keyVersion = 0;
    std::vector<std::uint8_t> signature;
    /** @brief Each file's checksum as the header states it (what the signature covers). */
    std::map<std::string, std::string> fileDigests;

    /** @brief The bytes the maker signs: the header without its signature, and the file checksums. */
    [[nodiscard]] std::vector<std::uint8_t> signedBytes(const std::map<std::string, std::string>& digests) const;
};

/** @brief A backup in memory: its header and its files by relative path ("workbook.db", "private/<id>.db"). */
struct Contents {
    Header header;
    std::map<std::string, std::vector<std::uint8_t>> files;
    std::map<std::string, std::string> digests;
};

/** @brief The files of a workbook in @p dataDir as they lie on disk, journals included. */
std::map<std::string, std::vector<std::uint8_t>> collect(const std::filesystem::path& dataDir);

std::vector<std::uint8_t> pack(const Header& header, const std::map<std::string, std::vector<std::uint8_t>>& files);
/** @brief Digests of @p files as they go into a header. */
std::map<std::string, std::string> digestsOf(const std::map<std::string, std::vector<std::uint8_t>>& files);

/** @brief Reads and checks a whole backup; throws tw::Error(Damaged) naming what is wrong. */
Contents unpack(const std::filesystem::path& file);
/** @brief Reads only the header (the first line), for listing; nullopt if it cannot be read. */
std::optional<Header> peek(const std::filesystem::path& file);
/** @brief The time in a format-1 name ("trustwork-20261202-071500-daily.twbackup"), or 0. */
std::int64_t timeFromName(const std::string& name);

} // namespace tw::workbook::backup
