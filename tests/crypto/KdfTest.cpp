// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Kdf.h"

#include "tw/base/Error.h"
#include "tw/crypto/Encoding.h"

#include <gtest/gtest.h>

using namespace tw::crypto;

namespace {

std::vector<std::uint8_t> salt(const std::string& text)
{
    return {text.begin(), text.end()};
}

} // namespace

// Expected values come from the Argon2 reference implementation's command-line tool
// (`echo -n PASS | argon2 SALT -id -t T -m LOG2KIB -p 1 -l 32 -r`), independent of libsodium.
TEST(Kdf, Argon2idKnownAnswers)
{
    const auto a
        = deriveKey(SecretBytes::fromString("correct horse battery staple"), salt("trustworksalt123"), {2, 8u << 20});
    EXPECT_EQ(toHex(a.bytes()), "7ef93dfac0a8080c998d3af6d858395865e403493434e968d5d934e6a8f95abb");
    const auto b = deriveKey(SecretBytes::fromString("password"), salt("somesaltsomesalt"), {3, 4u << 20});
    EXPECT_EQ(toHex(b.bytes()), "06fb80ed27de6ec202ddfe204b2eff122d6cebe86c11f68eb8264c6e5ff2fd28");
}

TEST(Kdf, DifferentSaltGivesDifferentKey)
{
    const auto pass = SecretBytes::fromString("same");
    const auto a = deriveKey(pass, salt("aaaaaaaaaaaaaaaa"), KdfParams::fastForTests());
    const auto b = deriveKey(pass, salt("aaaaaaaaaaaaaaab"), KdfParams::fastForTests());
    EXPECT_FALSE(a.equals(b));
}

TEST(Kdf, RejectsImplausibleParameters)
{
    const auto pass = SecretBytes::fromString("x");
    EXPECT_THROW(deriveKey(pass, salt("aaaaaaaaaaaaaaaa"), {1000, 8192}), tw::Error);
    EXPECT_THROW(deriveKey(pass, salt("aaaaaaaaaaaaaaaa"), {3, std::size_t{64} << 30}), tw::Error);
    EXPECT_THROW(deriveKey(pass, salt("short"), KdfParams::fastForTests()), tw::Error);
    EXPECT_TRUE(KdfParams::moderate().plausible());
}
