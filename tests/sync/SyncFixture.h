// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Devices of one couple workbook for the sync tests: Alex's desktop made the workbook; every other
// device joined it through its own copy of the sync folder, which the test's transport fills.

#include "TempDir.h"
#include "WorkbookFixture.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tw::test {

/** @brief One computer: its data directory and its copy of the synced folder. */
struct Device {
    std::string name;
    std::string partner;
    std::string passphrase;
    std::filesystem::path dataDir;
    std::filesystem::path folder;

    [[nodiscard]] std::unique_ptr<workbook::Session> open(const workbook::Options& options) const
    {
        return workbook::Workbook::unlock(dataDir, partner, secret(passphrase.c_str()), options);
    }
    workbook::SyncReport sync(const workbook::Options& options) const
    {
        auto s = open(options);
        return workbook::SyncFolder(folder).sync(*s);
    }
};

/** @brief Every change file below @p folder, as paths relative to it (ours only, by name). */
inline std::vector<std::filesystem::path> changeFilesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    if (!std::filesystem::exists(folder / "devices", ec)) {
        return out;
    }
    for (const auto& e : std::filesystem::recursive_directory_iterator(folder / "devices", ec)) {
        if (e.is_regular_file() && e.path().extension() == ".twchange") {
            out.push_back(std::filesystem::relative(e.path(), folder));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

/** @brief Copies what @p from has and @p to lacks, as a sync tool that never overwrites would. */
inline void copyMissing(const std::filesystem::path& from, const std::filesystem::path& to)
{
    std::filesystem::create_directories(to);
    if (!std::filesystem::exists(to / workbook::SyncFolder::kFormatFile)) {
        std::filesystem::copy_file(from / workbook::SyncFolder::kFormatFile, to / workbook::SyncFolder::kFormatFile);
    }
    for (const auto& rel : changeFilesIn(from)) {
        if (!std::filesystem::exists(to / rel)) {
            std::filesystem::create_directories((to / rel).parent_path());
            std::filesystem::copy_file(from / rel, to / rel);
        }
    }
}

/** @brief Alex's entries as a sorted text (id, visibility, deletion, body), for comparing replicas. */
inline std::string dumpEntries(workbook::Session& s, const std::string& authorId)
{
    std::vector<std::string> lines;
    for (const auto& e : s.entries()) {
        if (e.authorId == authorId) {
            lines.push_back(e.id + "|" + std::string(workbook::visibilityName(e.visibility)) + "|" + e.exerciseId + "|"
                + e.kind + "|" + e.body);
        }
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines) {
        out += l + "\n";
    }
    return out;
}

/** @brief Whether any file below @p dir holds @p needle as plain bytes. */
inline bool anyFileHolds(const std::filesystem::path& dir, const std::string& needle)
{
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) {
            continue;
        }
        const auto bytes = readBytes(e.path());
        if (std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end()) {
            return true;
        }
    }
    return false;
}

} // namespace tw::test
