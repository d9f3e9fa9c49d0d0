// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Backups.h"

#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <ctime>

namespace tw::workbook {
namespace {

using nlohmann::json;

constexpr std::string_view kMagic = "TRUSTWORK-BACKUP 1\n";
constexpr const char* kPrefix = "trustwork-";
constexpr const char* kSuffix = ".twbackup";

std::string digestOf(std::span<const std::uint8_t> bytes)
{
    std::uint8_t digest[32];
    crypto_generichash(digest, sizeof digest, bytes.data(), bytes.size(), nullptr, 0);
    return crypto::toHex(digest);
}

[[noreturn]] void damaged(const std::filesystem::path& file, const std::string& why)
{
    throw Error(ErrorKind::Damaged, "The backup " + file.filename().string() + " cannot be used: " + why + ".");
}

std::string stampFor(std::int64_t nowMs)
{
    const std::time_t seconds = static_cast<std::time_t>(nowMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &utc);
    return buffer;
}

std::int64_t timeFromName(const std::string& name)
{
    std::tm utc{};
    if (name.size() < 25 || strptime(name.c_str() + 10, "%Y%m%d-%H%M%S", &utc) == nullptr) {
        return 0;
    }
    return static_cast<std::int64_t>(timegm(&utc)) * 1000;
}

struct Unpacked {
    std::vector<std::uint8_t> database;
    std::vector<std::uint8_t> keySlots;
};

Unpacked unpack(const std::filesystem::path& file)
{
    const auto bytes = readFile(file);
    if (bytes.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), bytes.begin())) {
        damaged(file, "it is not a Trustwork backup");
    }
    const auto headerEnd = std::find(bytes.begin() + static_cast<std::ptrdiff_t>(kMagic.size()), bytes.end(), '\n');
    if (headerEnd == bytes.end()) {
        damaged(file, "it is truncated");
    }
    const json header
        = json::parse(bytes.begin() + static_cast<std::ptrdiff_t>(kMagic.size()), headerEnd, nullptr, false);
    if (header.is_discarded()) {
        damaged(file, "its header is damaged");
    }
    Unpacked out;
    try {
        auto cursor = headerEnd + 1;
        for (const auto& entry : header.at("files")) {
            // A float such as 1e300 would be undefined behaviour in get<size_t>(); a damaged size must
            // fail like any other damage.
            if (!entry.at("size").is_number_unsigned()) {
                damaged(file, "its header is damaged");
            }
            const auto size = entry.at("size").get<std::size_t>();
            if (static_cast<std::size_t>(bytes.end() - cursor) < size) {
                damaged(file, "it is truncated");
            }
            std::vector<std::uint8_t> content(cursor, cursor + static_cast<std::ptrdiff_t>(size));
            cursor += static_cast<std::ptrdiff_t>(size);
            if (digestOf(content) != entry.at("blake2b").get<std::string>()) {
                damaged(file, "its contents do not match their checksum");
            }
            const auto name = entry.at("name").get<std::string>();
            if (name == "workbook.db") {
                out.database = std::move(content);
            } else if (name == "workbook.keys") {
                out.keySlots = std::move(content);
            }
        }
    } catch (const json::exception&) {
        damaged(file, "its header is damaged");
    }
    if (out.database.empty() || out.keySlots.empty()) {
        damaged(file, "it does not hold a whole workbook");
    }
    // Parsing checks the key file's own checksum and version before anything is replaced.
    (void)crypto::KeySlotFile::parse(out.keySlots);
    return out;
}

// Magic line, a JSON header naming each file with its size and checksum, then the raw bytes.
std::vector<std::uint8_t> packFiles(const Paths& paths)
{
    const auto database = readFile(paths.database);
    const auto keySlots = readFile(paths.keySlots);
    const json header = {{"format", "trustwork-backup"},
        {"files",
            {{{"name", "workbook.db"}, {"size", database.size()}, {"blake2b", digestOf(database)}},
                {{"name", "workbook.keys"}, {"size", keySlots.size()}, {"blake2b", digestOf(keySlots)}}}}};
    const std::string head = std::string(kMagic) + header.dump() + "\n";
    std::vector<std::uint8_t> out(head.begin(), head.end());
    out.insert(out.end(), database.begin(), database.end());
    out.insert(out.end(), keySlots.begin(), keySlots.end());
    return out;
}

void removeJournal(const Paths& paths)
{
    std::error_code ec;
    // A WAL left beside a different database would be replayed into it and corrupt it.
    std::filesystem::remove(paths.database.string() + "-wal", ec);
    std::filesystem::remove(paths.database.string() + "-shm", ec);
}

} // namespace

void Backups::write(storage::Database& db, const Paths& paths, const std::filesystem::path& output)
{
    db.checkpoint();
    const auto out = packFiles(paths);
    std::error_code ec;
    if (!output.parent_path().empty()) {
        std::filesystem::create_directories(output.parent_path(), ec);
    }
    writeFileAtomically(output, out);
}

std::filesystem::path Backups::writeAutomatic(
    storage::Database& db, const Paths& paths, const std::string& reason, std::int64_t nowMs)
{
    std::error_code ec;
    std::filesystem::create_directories(paths.backups, ec);
    std::filesystem::permissions(
        paths.backups, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
    auto target = paths.backups / (kPrefix + stampFor(nowMs) + "-" + reason + kSuffix);
    write(db, paths, target);
    auto all = list(paths);
    while (all.size() > kKeep) {
        std::filesystem::remove(all.front(), ec);
        all.erase(all.begin());
    }
    tw::log::get("workbook")->info("automatic backup written ({})", reason);
    return target;
}

std::vector<std::filesystem::path> Backups::list(const Paths& paths)
{
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(paths.backups, ec)) {
        const auto name = item.path().filename().string();
        if (name.starts_with(kPrefix) && name.ends_with(kSuffix)) {
            out.push_back(item.path());
        }
    }
    // Names start with a UTC time stamp, so name order is time order.
    std::sort(out.begin(), out.end());
    return out;
}

std::int64_t Backups::newestTime(const Paths& paths)
{
    const auto all = list(paths);
    return all.empty() ? 0 : timeFromName(all.back().filename().string());
}

void Backups::restore(const std::filesystem::path& backup, const Paths& paths, std::int64_t nowMs)
{
    std::error_code ec;
    if (!std::filesystem::exists(backup, ec)) {
        throw Error(ErrorKind::Io, "No backup file at " + backup.string() + ".");
    }
    const Unpacked unpacked = unpack(backup);
    std::filesystem::create_directories(paths.dataDir, ec);
    if (paths.workbookExists() && std::filesystem::exists(paths.database, ec)) {
        // Keep what is there: the current files go into a backup of their own, byte for byte.
        std::filesystem::create_directories(paths.backups, ec);
        const auto keep = paths.backups / (kPrefix + stampFor(nowMs) + "-before-restore" + kSuffix);
        writeFileAtomically(keep, packFiles(paths));
    }
    removeJournal(paths);
    writeFileAtomically(paths.database, unpacked.database);
    writeFileAtomically(paths.keySlots, unpacked.keySlots);
    tw::log::get("workbook")->info("workbook restored from a backup");
}

} // namespace tw::workbook
