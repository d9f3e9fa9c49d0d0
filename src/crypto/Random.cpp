// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Random.h"

#include "tw/crypto/Sodium.h"

#include <sodium.h>

#include <array>
#include <cstdio>

namespace tw::crypto {

std::vector<std::uint8_t> randomBytes(std::size_t size)
{
    ensureSodium();
    std::vector<std::uint8_t> out(size);
    if (size > 0) {
        randombytes_buf(out.data(), size);
    }
    return out;
}

std::string randomUuid()
{
    auto b = randomBytes(16);
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
    std::array<char, 37> text{};
    std::snprintf(text.data(), text.size(), "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
        b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return {text.data(), 36};
}

std::uint32_t randomBelow(std::uint32_t upperBound)
{
    ensureSodium();
    return randombytes_uniform(upperBound);
}

} // namespace tw::crypto
