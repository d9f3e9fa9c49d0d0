// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Signing.h"

#include "tw/crypto/Aead.h"
#include "tw/crypto/SealedBox.h"

#include <gtest/gtest.h>

#include <regex>

using namespace tw::crypto;

namespace {

SecretBytes seedOf(std::uint8_t fill)
{
    SecretBytes seed(kSeedBytes);
    for (std::size_t i = 0; i < seed.size(); ++i) {
        seed.data()[i] = static_cast<std::uint8_t>(fill + i);
    }
    return seed;
}

} // namespace

TEST(Signing, SignatureVerifiesOnlyForItsMessageAndKey)
{
    const auto keys = SigningKeyPair::fromSeed(seedOf(1));
    const auto other = SigningKeyPair::fromSeed(seedOf(2));
    const auto message = asBytes("assign step1.impact-letter by Friday");
    const auto signature = signDetached(keys, message);
    ASSERT_EQ(signature.size(), kSignatureBytes);
    EXPECT_TRUE(verifyDetached(keys.publicKey, message, signature));
    EXPECT_FALSE(verifyDetached(other.publicKey, message, signature));
    EXPECT_FALSE(verifyDetached(keys.publicKey, asBytes("assign step1.impact-letter by Monday"), signature));
    for (std::size_t i = 0; i < signature.size(); ++i) {
        auto changed = signature;
        changed[i] ^= 0x01;
        EXPECT_FALSE(verifyDetached(keys.publicKey, message, changed)) << "byte " << i;
    }
    EXPECT_FALSE(
        verifyDetached(keys.publicKey, message, std::vector<std::uint8_t>(signature.begin(), signature.end() - 1)));
    EXPECT_FALSE(verifyDetached(std::vector<std::uint8_t>(31, 0), message, signature));
}

TEST(Signing, SameSeedSameKeysDifferentSeedDifferentKeys)
{
    EXPECT_EQ(SigningKeyPair::fromSeed(seedOf(7)).publicKey, SigningKeyPair::fromSeed(seedOf(7)).publicKey);
    EXPECT_NE(SigningKeyPair::fromSeed(seedOf(7)).publicKey, SigningKeyPair::fromSeed(seedOf(8)).publicKey);
    EXPECT_EQ(BoxKeyPair::fromSeed(seedOf(7)).publicKey, BoxKeyPair::fromSeed(seedOf(7)).publicKey);
}

TEST(Fingerprint, EightGroupsOfFourCrockfordCharacters)
{
    const auto sign = SigningKeyPair::fromSeed(seedOf(1));
    const auto box = BoxKeyPair::fromSeed(seedOf(1));
    const std::string fp = fingerprint(sign.publicKey, box.publicKey);
    EXPECT_TRUE(std::regex_match(fp, std::regex("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}"))) << fp;
    EXPECT_EQ(fp, fingerprint(sign.publicKey, box.publicKey));
    // Either key alone changes it, and so does swapping them.
    const auto otherBox = BoxKeyPair::fromSeed(seedOf(2));
    EXPECT_NE(fp, fingerprint(sign.publicKey, otherBox.publicKey));
    EXPECT_NE(fp, fingerprint(SigningKeyPair::fromSeed(seedOf(2)).publicKey, box.publicKey));
    EXPECT_NE(fp, fingerprint(box.publicKey, sign.publicKey));
}

TEST(Fingerprint, TypedFormsNormaliseToTheSameText)
{
    EXPECT_EQ(normaliseFingerprint("7kq2-m4xd o0il"), "7KQ2M4XD0011");
    EXPECT_EQ(normaliseFingerprint("ABCD-EFGH"), normaliseFingerprint("abcd efgh"));
    EXPECT_NE(normaliseFingerprint("ABCD-EFGH"), normaliseFingerprint("ABCD-EFGJ"));
}

TEST(SealedBox, OnlyTheRecipientOpensAndAnyChangeFails)
{
    const auto therapist = BoxKeyPair::fromSeed(seedOf(3));
    const auto stranger = BoxKeyPair::fromSeed(seedOf(4));
    const auto plain = asBytes("completion: 2 of 3");
    const auto sealed = sealTo(therapist.publicKey, plain);
    const auto opened = openSealed(therapist, sealed);
    ASSERT_TRUE(opened);
    EXPECT_EQ(*opened, plain);
    EXPECT_FALSE(openSealed(stranger, sealed));
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        auto changed = sealed;
        changed[i] ^= 0x80;
        EXPECT_FALSE(openSealed(therapist, changed)) << "byte " << i;
    }
    EXPECT_FALSE(openSealed(therapist, std::vector<std::uint8_t>(sealed.begin(), sealed.begin() + 20)));
    // Sealing is randomised: the same report sealed twice gives different bytes.
    EXPECT_NE(sealed, sealTo(therapist.publicKey, plain));
    EXPECT_THROW(sealTo(std::vector<std::uint8_t>(16, 0), plain), std::exception);
}
