// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/SecretBytes.h"

#include "tw/crypto/KeySlotFile.h"

#include <gtest/gtest.h>

using namespace tw::crypto;

TEST(SecretBytes, MoveLeavesSourceEmptyAndWipeEmpties)
{
    auto a = SecretBytes::fromString("secret");
    SecretBytes b = std::move(a);
    EXPECT_TRUE(a.empty()); // NOLINT(bugprone-use-after-move): documented moved-from state
    EXPECT_EQ(b.view(), "secret");
    b.wipe();
    EXPECT_TRUE(b.empty());
    EXPECT_EQ(b.data(), nullptr);
}

TEST(SecretBytes, EqualsComparesContent)
{
    EXPECT_TRUE(SecretBytes::fromString("abc").equals(SecretBytes::fromString("abc")));
    EXPECT_FALSE(SecretBytes::fromString("abc").equals(SecretBytes::fromString("abd")));
    EXPECT_FALSE(SecretBytes::fromString("abc").equals(SecretBytes::fromString("abcd")));
}

TEST(RecoveryCode, FormatAndNormalisation)
{
    const auto code = makeRecoveryCode();
    ASSERT_EQ(code.size(), 29u);
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i % 6 == 5) {
            EXPECT_EQ(code.data()[i], '-');
        }
    }
    std::string typed(code.view());
    for (auto& c : typed) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::erase(typed, '-');
    typed.insert(5, "  ");
    EXPECT_TRUE(normaliseRecoveryCode(SecretBytes::fromString(typed)).equals(code));
    EXPECT_FALSE(makeRecoveryCode().equals(code));
}
