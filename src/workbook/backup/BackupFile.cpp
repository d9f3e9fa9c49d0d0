// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupFile.h"

#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/crypto/Encoding.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <ctime>
#include <fstream>

namespace tw::workbook::backup {
namespace {

using nlohmann::json;

constexpr std::string_view kMagicV1 = "TRUSTWORK-BACKUP 1\n";
constexpr std::string_view kMagicV2 = "TRUSTWORK-BACKUP 2\n";
constexpr std::size_t kHeaderLimit = 1 << 20;

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

// Only names Trustwork itself writes may come out of a backup: no "..", no absolute paths.
bool allowedName(const std::string& name)
{
    static const std::vector<std::string> fixed = {"workbook.db", "workbook.db-wal", "workbook.keys"};
    if (std::find(fixed.begin(), fixed.end(), name) != fixed.end()) {
        return true;
    }
    if (!name.starts_with("private/") || name.find("..") != std::string::npos) {
        return false;
    }
    const std::string rest = name.substr(8);
    const bool db = rest.ends_with(".db") || rest.ends_with(".db-wal");
    return db && rest.find('/') == std::string::npos && rest.size() > 3;
}

template <typename T> T wholeNumber(const json& node)
{
    // A float such as 1e300 would be undefined behaviour in get<integer>(); damage must fail cleanly.
    if (!node.is_number_unsigned() && !node.is_number_integer()) {
        throw json::type_error::create(302, "not a whole number", nullptr);
    }
    return node.get<T>();
}

Header headerFrom(const json& node, int version)
{
    Header h;
    h.version = version;
    if (version >= 2) {
        h.workbookId = node.at("workbookId").get<std::string>();
        h.makerId = node.at("maker").get<std::string>();
        h.madeAt = wholeNumber<std::int64_t>(node.at("madeAt"));
        h.reason = node.at("reason").get<std::string>();
        h.keyVersion = wholeNumber<std::uint32_t>(node.at("keyVersion"));
        if (node.contains("signature")) {
            h.signature
                = crypto::fromBase64(node.at("signature").get<std::string>()).value_or(std::vector<std::uint8_t>{});
        }
    }
    for (const auto& entry : node.at("files")) {
        h.fileDigests[entry.at("name").get<std::string>()] = entry.at("blake2b").get<std::string>();
    }
    return h;
}

json headerJson(
    const Header& h, const std::map<std::string, std::string>& digests, const std::map<std::string, std::size_t>& sizes)
{
    json files = json::array();
    for (const auto& [name, digest] : digests) {
        files.push_back({{"name", name}, {"size", sizes.at(name)}, {"blake2b", digest}});
    }
    return {{"format", "trustwork-backup"}, {"version", 2}, {"workbookId", h.workbookId}, {"maker", h.makerId},
        {"madeAt", h.madeAt}, {"reason", h.reason}, {"keyVersion", h.keyVersion}, {"files", files}};
}

} // namespace

std::vector<std::uint8_t> Header::signedBytes(const std::map<std::string, std::string>& digests) const
{
    json files = json::object();
    for (const auto& [name, digest] : digests) {
        files[name] = digest;
    }
    const std::string text = json{{"domain", "trustwork-backup-v2"}, {"workbookId", workbookId}, {"maker", makerId},
        {"madeAt", madeAt}, {"reason", reason}, {"keyVersion", keyVersion},
        {"files", files}}.dump();
    return {text.begin(), text.end()};
}

std::map<std::string, std::vector<std::uint8_t>> collect(const std::filesystem::path& dataDir)
{
    std::map<std::string, std::vector<std::uint8_t>> files;
    std::error_code ec;
    // The WAL goes with its database: a committed transaction still waiting in it is part of the
    // workbook, and leaving it behind lost the newest entries.
    for (const char* name : {"workbook.db", "workbook.db-wal", "workbook.keys"}) {
        if (std::filesystem::exists(dataDir / name, ec) && std::filesystem::file_size(dataDir / name, ec) > 0) {
            files[name] = readFile(dataDir / name);
        }
    }
    for (const auto& item : std::filesystem::directory_iterator(dataDir / "private", ec)) {
        const std::string name = "private/" + item.path().filename().string();
        if (allowedName(name) && item.is_regular_file(ec) && std::filesystem::file_size(item.path(), ec) > 0) {
            files[name] = readFile(item.path());
        }
    }
    return files;
}

std::map<std::string, std::string> digestsOf(const std::map<std::string, std::vector<std::uint8_t>>& files)
{
    std::map<std::string, std::string> out;
    for (const auto& [name, bytes] : files) {
        out[name] = digestOf(bytes);
    }
    return out;
}

std::vector<std::uint8_t> pack(const Header& header, const std::map<std::string, std::vector<std::uint8_t>>& files)
{
    std::map<std::string, std::size_t> sizes;
    for (const auto& [name, bytes] : files) {
        sizes[name] = bytes.size();
    }
    json head = headerJson(header, digestsOf(files), sizes);
    if (!header.signature.empty()) {
        head["signature"] = crypto::toBase64(header.signature);
    }
    const std::string line = std::string(kMagicV2) + head.dump() + "\n";
    std::vector<std::uint8_t> out(line.begin(), line.end());
    for (const auto& [name, bytes] : files) {
        out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
}

Contents unpack(const std::filesystem::path& file)
{
    const auto bytes = readFile(file);
    const auto startsWith = [&](std::string_view magic) {
        return bytes.size() >= magic.size() && std::equal(magic.begin(), magic.end(), bytes.begin());
    };
    const int version = startsWith(kMagicV2) ? 2 : startsWith(kMagicV1) ? 1 : 0;
    if (version == 0) {
        damaged(file, "it is not a Trustwork backup");
    }
    const auto bodyStart = bytes.begin() + static_cast<std::ptrdiff_t>(kMagicV1.size());
    const auto headerEnd = std::find(bodyStart, bytes.end(), '\n');
    if (headerEnd == bytes.end()) {
        damaged(file, "it is truncated");
    }
    const json header = json::parse(bodyStart, headerEnd, nullptr, false);
    if (header.is_discarded() || !header.is_object()) {
        damaged(file, "its header is damaged");
    }
    Contents out;
    try {
        out.header = headerFrom(header, version);
        auto cursor = headerEnd + 1;
        for (const auto& entry : header.at("files")) {
            const auto size = wholeNumber<std::size_t>(entry.at("size"));
            if (static_cast<std::size_t>(bytes.end() - cursor) < size) {
                damaged(file, "it is truncated");
            }
            std::vector<std::uint8_t> content(cursor, cursor + static_cast<std::ptrdiff_t>(size));
            cursor += static_cast<std::ptrdiff_t>(size);
            const auto digest = digestOf(content);
            if (digest != entry.at("blake2b").get<std::string>()) {
                damaged(file, "its contents do not match their checksum");
            }
            const auto name = entry.at("name").get<std::string>();
            if (!allowedName(name)) {
                damaged(file, "it names a file Trustwork never writes");
            }
            out.digests[name] = digest;
            out.files[name] = std::move(content);
        }
        if (cursor != bytes.end()) {
            damaged(file, "it has bytes after its last file");
        }
    } catch (const nlohmann::json::exception&) {
        damaged(file, "its header is damaged");
    }
    if (!out.files.count("workbook.db") || !out.files.count("workbook.keys")) {
        damaged(file, "it does not hold a whole workbook");
    }
    return out;
}

std::optional<Header> peek(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::string magic(kMagicV2.size(), '\0');
    if (!in.read(magic.data(), static_cast<std::streamsize>(magic.size()))) {
        return std::nullopt;
    }
    const int version = magic == kMagicV2 ? 2 : magic == kMagicV1 ? 1 : 0;
    if (version == 0) {
        return std::nullopt;
    }
    std::string line;
    std::getline(in, line);
    if (line.size() > kHeaderLimit) {
        return std::nullopt;
    }
    const json header = json::parse(line, nullptr, false);
    if (header.is_discarded() || !header.is_object()) {
        return std::nullopt;
    }
    try {
        return headerFrom(header, version);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

std::int64_t timeFromName(const std::string& name)
{
    std::tm utc{};
    if (name.size() < 25 || !name.starts_with("trustwork-")
        || strptime(name.c_str() + 10, "%Y%m%d-%H%M%S", &utc) == nullptr) {
        return 0;
    }
    return static_cast<std::int64_t>(timegm(&utc)) * 1000;
}

} // namespace tw::workbook::backup
