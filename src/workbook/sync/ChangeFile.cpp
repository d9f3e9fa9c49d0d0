// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFile.h"

#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Subkey.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <regex>

namespace tw::workbook::sync {

using json = nlohmann::json;

namespace {

constexpr std::string_view kMagic = "TWCHANGE";
constexpr std::size_t kSignatureBytes = 64;
constexpr std::size_t kMaxHeaderBytes = 4096;

[[noreturn]] void damaged(const std::string& what)
{
    throw Error(ErrorKind::Damaged,
        "This change file is damaged or incomplete (" + what
            + "). Nothing from it was used; the sync tool may still be copying it, or it was changed "
              "outside Trustwork.");
}

void putLength(std::vector<std::uint8_t>& out, std::size_t n)
{
    for (int i = 0; i < 4; ++i) {
        out.push_back(static_cast<std::uint8_t>((n >> (8 * i)) & 0xff));
    }
}

void putSection(std::vector<std::uint8_t>& out, std::span<const std::uint8_t> bytes)
{
    putLength(out, bytes.size());
    out.insert(out.end(), bytes.begin(), bytes.end());
}

/** Reads one length-prefixed section, refusing any length that runs past the signature. */
std::vector<std::uint8_t> takeSection(
    std::span<const std::uint8_t> bytes, std::size_t& at, std::size_t end, const char* name, std::size_t limit)
{
    if (end - at < 4) {
        damaged(std::string("it ends before its ") + name);
    }
    std::size_t n = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        n |= static_cast<std::size_t>(bytes[at + i]) << (8 * i);
    }
    at += 4;
    if (n > end - at || n > limit) {
        damaged(std::string("its ") + name + " is longer than the file");
    }
    std::vector<std::uint8_t> out(
        bytes.begin() + static_cast<std::ptrdiff_t>(at), bytes.begin() + static_cast<std::ptrdiff_t>(at + n));
    at += n;
    return out;
}

ChangeHeader headerFrom(const std::vector<std::uint8_t>& bytes)
{
    const json n = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!n.is_object()) {
        damaged("its header is not readable");
    }
    try {
        ChangeHeader h;
        h.format = n.at("format").get<int>();
        if (h.format > ChangeFile::kFormat) {
            throw Error(ErrorKind::NewerVersion,
                "This change file was written by a newer version of Trustwork (format " + std::to_string(h.format)
                    + "). Install the newer version on this computer; nothing was changed.");
        }
        h.workbookId = n.at("workbook").get<std::string>();
        h.deviceId = n.at("device").get<std::string>();
        h.authorId = n.at("author").get<std::string>();
        h.seq = n.at("seq").get<std::int64_t>();
        h.previousHash = n.at("previous").get<std::string>();
        h.keyVersion = n.at("keyVersion").get<std::uint32_t>();
        h.createdAt = n.at("created").get<std::int64_t>();
        if (h.format < 1 || h.seq < 1 || h.keyVersion < 1 || h.workbookId.empty() || h.deviceId.empty()
            || h.authorId.empty()) {
            damaged("its header has impossible values");
        }
        return h;
    } catch (const json::exception&) {
        damaged("its header misses a field");
    }
}

std::vector<std::uint8_t> headerJson(const ChangeHeader& h)
{
    const json n = {{"format", h.format}, {"workbook", h.workbookId}, {"device", h.deviceId}, {"author", h.authorId},
        {"seq", h.seq}, {"previous", h.previousHash}, {"keyVersion", h.keyVersion}, {"created", h.createdAt}};
    return crypto::asBytes(n.dump());
}

std::string associated(const char* part, std::span<const std::uint8_t> headerBytes)
{
    return std::string("trustwork-change-v1|") + part + "|"
        + std::string(reinterpret_cast<const char*>(headerBytes.data()), headerBytes.size());
}

crypto::SecretBytes sharedKey(const crypto::SecretBytes& coupleKey)
{
    return crypto::deriveSubkey(coupleKey, 1, "twsyncsh");
}

crypto::SecretBytes privateKey(const crypto::SecretBytes& personalKey)
{
    return crypto::deriveSubkey(personalKey, 1, "twsyncpv");
}

} // namespace

std::size_t paddedSize(std::size_t plainSize)
{
    std::size_t size = 4096;
    while (size < plainSize + 4) {
        size *= 2;
    }
    return size;
}

ChangeFile ChangeFile::parse(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() > kMaxBytes) {
        damaged("it is larger than any change file Trustwork writes");
    }
    if (bytes.size() < kMagic.size() + 16 + kSignatureBytes
        || std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0) {
        damaged("it does not start as a Trustwork change file");
    }
    ChangeFile f;
    const std::size_t end = bytes.size() - kSignatureBytes;
    std::size_t at = kMagic.size();
    f.headerBytes = takeSection(bytes, at, end, "header", kMaxHeaderBytes);
    f.slots = takeSection(bytes, at, end, "key slots", end);
    f.sharedSealed = takeSection(bytes, at, end, "shared part", end);
    f.privateSealed = takeSection(bytes, at, end, "private part", end);
    if (at != end) {
        damaged("it has bytes after its last part");
    }
    f.signedLength = end;
    f.signature.assign(bytes.begin() + static_cast<std::ptrdiff_t>(end), bytes.end());
    f.header = headerFrom(f.headerBytes);
    return f;
}

std::vector<std::uint8_t> ChangeFile::build(const ChangeHeader& header, std::span<const std::uint8_t> slots,
    std::span<const std::uint8_t> sharedPlain, std::span<const std::uint8_t> privatePlain,
    const crypto::SecretBytes& coupleKey, const crypto::SecretBytes& personalKey, const crypto::SigningKeyPair& signer)
{
    const auto head = headerJson(header);
    // The private part is padded to its size class, so what the other partner's devices see of it
    // is a size bucket and a time, never how much was written.
    std::vector<std::uint8_t> padded;
    padded.reserve(paddedSize(privatePlain.size()));
    putLength(padded, privatePlain.size());
    padded.insert(padded.end(), privatePlain.begin(), privatePlain.end());
    padded.resize(paddedSize(privatePlain.size()), 0);

    std::vector<std::uint8_t> out(kMagic.begin(), kMagic.end());
    putSection(out, head);
    putSection(out, slots);
    putSection(out, crypto::seal(sharedKey(coupleKey), sharedPlain, associated("shared", head)));
    putSection(out, crypto::seal(privateKey(personalKey), padded, associated("private", head)));
    const auto signature = crypto::signDetached(signer, out);
    out.insert(out.end(), signature.begin(), signature.end());
    return out;
}

bool ChangeFile::signedBy(std::span<const std::uint8_t> bytes, std::span<const std::uint8_t> publicKey) const
{
    return bytes.size() == signedLength + kSignatureBytes
        && crypto::verifyDetached(publicKey, bytes.first(signedLength), signature);
}

std::optional<std::vector<std::uint8_t>> ChangeFile::openShared(const crypto::SecretBytes& coupleKey) const
{
    return crypto::open(sharedKey(coupleKey), sharedSealed, associated("shared", headerBytes));
}

std::optional<std::vector<std::uint8_t>> ChangeFile::openPrivate(const crypto::SecretBytes& personalKey) const
{
    auto padded = crypto::open(privateKey(personalKey), privateSealed, associated("private", headerBytes));
    if (!padded || padded->size() < 4) {
        return std::nullopt;
    }
    std::size_t n = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        n |= static_cast<std::size_t>((*padded)[i]) << (8 * i);
    }
    if (n > padded->size() - 4) {
        return std::nullopt;
    }
    return std::vector<std::uint8_t>(padded->begin() + 4, padded->begin() + 4 + static_cast<std::ptrdiff_t>(n));
}

std::string changeFileHash(std::span<const std::uint8_t> bytes)
{
    return crypto::toHex(crypto::digest256(bytes));
}

std::string changeFileName(std::int64_t seq, std::span<const std::uint8_t> bytes)
{
    char number[16];
    std::snprintf(number, sizeof number, "%010lld", static_cast<long long>(seq));
    return std::string(number) + "-" + changeFileHash(bytes).substr(0, 16) + ".twchange";
}

std::optional<std::int64_t> sequenceOfName(const std::string& name)
{
    static const std::regex pattern("^([0-9]{10})-([0-9a-f]{16})\\.twchange$");
    std::smatch m;
    if (!std::regex_match(name, m, pattern)) {
        return std::nullopt;
    }
    const long long seq = std::stoll(m[1].str());
    return seq >= 1 ? std::optional<std::int64_t>(seq) : std::nullopt;
}

bool nameMatches(const std::string& name, std::span<const std::uint8_t> bytes)
{
    return sequenceOfName(name) && name.substr(11, 16) == changeFileHash(bytes).substr(0, 16);
}

} // namespace tw::workbook::sync
