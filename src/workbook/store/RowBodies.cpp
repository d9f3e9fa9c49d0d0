// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowBodies.h"

#include "tw/crypto/Aead.h"

#include <sodium.h>

#include <algorithm>

namespace tw::workbook::store {
namespace {

// Bodies are padded to a multiple of this before sealing, as they always were: the sealed length
// of a row is visible to whoever holds the database key.
constexpr std::size_t kPadBlock = 256;

std::vector<std::uint8_t> padded(const std::string& body)
{
    std::vector<std::uint8_t> out(body.size() + kPadBlock);
    std::copy(body.begin(), body.end(), out.begin());
    std::size_t length = 0;
    sodium_pad(&length, out.data(), body.size(), kPadBlock, out.size());
    out.resize(length);
    return out;
}

std::optional<std::string> unpadded(const std::vector<std::uint8_t>& bytes)
{
    std::size_t length = 0;
    if (bytes.empty() || sodium_unpad(&length, bytes.data(), bytes.size(), kPadBlock) != 0) {
        return std::nullopt;
    }
    return std::string(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(length));
}

} // namespace

std::string bodyContext(const Entry& e)
{
    return "trustwork-entry-v1|" + e.id + "|" + e.authorId + "|" + e.exerciseId + "|" + e.kind + "|"
        + std::string(visibilityName(e.visibility)) + "|" + e.parentId;
}

std::vector<std::uint8_t> sealBody(const crypto::SecretBytes& key, const Entry& entry)
{
    return crypto::seal(key, padded(entry.body), bodyContext(entry));
}

std::optional<std::string> openBody(
    const crypto::SecretBytes& key, const Entry& entry, const std::vector<std::uint8_t>& sealed)
{
    const auto opened = crypto::open(key, sealed, bodyContext(entry));
    return opened ? unpadded(*opened) : std::nullopt;
}

} // namespace tw::workbook::store
