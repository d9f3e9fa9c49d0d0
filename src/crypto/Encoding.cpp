// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Encoding.h"

#include "tw/crypto/Sodium.h"

#include <sodium.h>

namespace tw::crypto {

std::string toBase64(std::span<const std::uint8_t> bytes)
{
    ensureSodium();
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // drop the terminating NUL that the length includes
    return out;
}

std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text)
{
    ensureSodium();
    std::vector<std::uint8_t> out(text.size() / 4 * 3 + 3);
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(
            out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end, sodium_base64_VARIANT_ORIGINAL)
            != 0
        || end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

std::string toHex(std::span<const std::uint8_t> bytes)
{
    ensureSodium();
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
    out.resize(bytes.size() * 2);
    return out;
}

std::optional<std::vector<std::uint8_t>> fromHex(std::string_view text)
{
    ensureSodium();
    if (text.size() % 2 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out(text.size() / 2);
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end) != 0
        || end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

} // namespace tw::crypto
