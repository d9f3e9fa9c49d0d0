// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Aead.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace tw::crypto;

TEST(Aead, RoundTrip)
{
    const auto key = SecretBytes::random(32);
    const auto sealed = seal(key, asBytes("I felt invisible"), "entry|1|alex|answer");
    const auto opened = open(key, sealed, "entry|1|alex|answer");
    ASSERT_TRUE(opened);
    EXPECT_EQ(std::string(opened->begin(), opened->end()), "I felt invisible");
}

TEST(Aead, CiphertextDoesNotContainPlaintext)
{
    const auto key = SecretBytes::random(32);
    const std::string text = "CANARY-plaintext-should-not-appear";
    const auto sealed = seal(key, asBytes(text), "ad");
    EXPECT_EQ(std::search(sealed.begin(), sealed.end(), text.begin(), text.end()), sealed.end());
}

TEST(Aead, ChangedAssociatedDataFails)
{
    const auto key = SecretBytes::random(32);
    const auto sealed = seal(key, asBytes("text"), "entry|1|alex|answer");
    EXPECT_FALSE(open(key, sealed, "entry|1|sam|answer"));
    EXPECT_FALSE(open(key, sealed, "entry|2|alex|answer"));
}

TEST(Aead, EveryFlippedByteFails)
{
    const auto key = SecretBytes::random(32);
    const auto sealed = seal(key, asBytes("some private words"), "ad");
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        auto bad = sealed;
        bad[i] ^= 0x01;
        EXPECT_FALSE(open(key, bad, "ad")) << "flip at " << i;
    }
}

TEST(Aead, WrongKeyAndShortInputFail)
{
    const auto sealed = seal(SecretBytes::random(32), asBytes("text"), "ad");
    EXPECT_FALSE(open(SecretBytes::random(32), sealed, "ad"));
    EXPECT_FALSE(open(SecretBytes::random(32), std::vector<std::uint8_t>(10), "ad"));
}

TEST(Aead, SameTextSealsDifferentlyEachTime)
{
    const auto key = SecretBytes::random(32);
    EXPECT_NE(seal(key, asBytes("same"), "ad"), seal(key, asBytes("same"), "ad"));
}
