// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, the therapist's key change: the other partner (Sam) runs a practice of his own under the
// real therapist's name and tries to pass his key off as the practice's new one. The victim is Alex,
// who pinned the real practice's key. Sam writes his files himself, byte by byte, as a small program
// of his own would: nothing here goes through the practice code he cannot use.
#include "TherapistFixture.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/SealedBox.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentFile.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using namespace tw::workbook;
using nlohmann::json;

namespace {

crypto::SecretBytes seedOf(std::uint8_t fill)
{
    crypto::SecretBytes seed(crypto::kSeedBytes);
    std::fill(seed.data(), seed.data() + seed.size(), fill);
    return seed;
}

/** Sam's own key pairs, named "Dr Rivera". */
struct SamsPractice {
    crypto::SigningKeyPair sign = crypto::SigningKeyPair::fromSeed(seedOf(7));
    crypto::BoxKeyPair box = crypto::BoxKeyPair::fromSeed(seedOf(8));
    [[nodiscard]] TherapistIdentity identity() const
    {
        return {"Dr Rivera", sign.publicKey, box.publicKey, crypto::fingerprint(sign.publicKey, box.publicKey)};
    }
};

json identityJson(const TherapistIdentity& id)
{
    return {{"name", id.name}, {"signPublicKey", crypto::toBase64(id.signPublicKey)},
        {"boxPublicKey", crypto::toBase64(id.boxPublicKey)}};
}

/** A key change as the file format writes it, signed by whichever key @p signer is. */
KeyHandover link(const TherapistIdentity& from, const TherapistIdentity& to, const crypto::SigningKeyPair& signer)
{
    KeyHandover h{from, to, 1767225600000, {}, {}};
    h.signedText = json{{"format", "trustwork-key-handover"}, {"version", 1}, {"created", h.createdAt},
        {"from", identityJson(from)}, {"to", identityJson(to)}}
                       .dump();
    h.signature = crypto::signDetached(signer, crypto::asBytes(h.signedText));
    return h;
}

struct KeyChangeAttack : TherapistFixture {
    SamsPractice samKeys;
    std::filesystem::path alexsOwn; ///< the real practice's first assignment, which Alex confirmed

    void SetUp() override
    {
        TherapistFixture::SetUp();
        alexsOwn = assign({{"step1.impact-letter", "", "", ""}}, "real.twassign");
        auto a = alex();
        AssignmentService(*a).importFile(alexsOwn, fingerprint);
    }

    /** Sam's assignment for A&S, signed by his key, carrying @p handovers. */
    std::filesystem::path samsAssignment(const std::vector<KeyHandover>& handovers, const std::string& name)
    {
        const Assignment real = AssignmentFile::load(alexsOwn);
        Assignment a;
        a.id = "sams-" + name;
        a.createdAt = real.createdAt + 1;
        a.therapist = samKeys.identity();
        a.clientLabel = real.clientLabel;
        a.clientId = real.clientId; // copied from the real file he can read
        a.items = {{"step4.review", "", "", ""}};
        a.handovers = handovers;
        const auto path = practiceDir / (name + ".twassign");
        writeBytes(path, AssignmentFile::write(a, samKeys.sign));
        return path;
    }

    /** Alex's pin and assignments are as before; nothing of Sam's is in the workbook. */
    void expectAlexUntouched()
    {
        auto a = alex();
        AssignmentService service(*a);
        EXPECT_EQ(service.therapist()->identity.fingerprint, fingerprint);
        EXPECT_EQ(service.assignments().size(), 1U);
    }

    std::string refusal(const std::filesystem::path& file)
    {
        auto a = alex();
        try {
            AssignmentService(*a).importFile(file, samKeys.identity().fingerprint);
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::InvalidInput) << e.what();
            return e.what();
        }
        ADD_FAILURE() << "accepted";
        return {};
    }
};

} // namespace

TEST_F(KeyChangeAttack, AChangeFromThePracticesKeySignedBySamsKeyIsRefused)
{
    const TherapistIdentity real = AssignmentFile::load(alexsOwn).therapist;
    const auto file = samsAssignment({link(real, samKeys.identity(), samKeys.sign)}, "forged-link");
    EXPECT_NE(refusal(file).find("not signed by the earlier key"), std::string::npos);
    expectAlexUntouched();
}

TEST_F(KeyChangeAttack, TheRealChangeCopiedIntoSamsFileIsRefused)
{
    // The practice really changes keys; Sam lifts the signed change out of its next assignment.
    {
        auto t = therapist();
        PracticeService(*t).changeKey();
    }
    const Assignment genuine = AssignmentFile::load(assign({{"step1.where-we-are", "", "", ""}}, "next.twassign"));
    ASSERT_EQ(genuine.handovers.size(), 1U);
    // As it is: it does not end at his key.
    EXPECT_NE(
        refusal(samsAssignment(genuine.handovers, "replayed")).find("does not end at the key"), std::string::npos);
    // With his own link appended from the new key to his: he cannot sign for the new key.
    auto chain = genuine.handovers;
    chain.push_back(link(genuine.therapist, samKeys.identity(), samKeys.sign));
    EXPECT_NE(refusal(samsAssignment(chain, "extended")).find("not signed by the earlier key"), std::string::npos);
    expectAlexUntouched();
}

TEST_F(KeyChangeAttack, SamsOwnGenuineKeyChangeStillShowsAsADifferentKey)
{
    // A change that is correctly signed, but from a key Alex never confirmed: no hand-over for her.
    SamsPractice earlier;
    earlier.sign = crypto::SigningKeyPair::fromSeed(seedOf(9));
    const auto file = samsAssignment({link(earlier.identity(), samKeys.identity(), earlier.sign)}, "own-chain");
    auto a = alex();
    AssignmentService service(*a);
    const auto check = service.check(AssignmentFile::load(file));
    EXPECT_EQ(check.state, TrustState::DifferentKey);
    EXPECT_FALSE(check.handover);
    const std::string message = [&] {
        try {
            service.importFile(file);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    }();
    EXPECT_NE(message.find("signed by a different key"), std::string::npos) << message;
    EXPECT_EQ(service.assignments().size(), 1U);
}

TEST_F(KeyChangeAttack, AnOldKeysFileImportedAfterTheChangeIsAskedAboutNotTrusted)
{
    // A file the old key signed (as a thief of the old key, the reason for a change, could make)
    // that reaches the workbook only after Alex moved to the new key.
    const auto heldBack = assign({{"step2.boundaries", "", "", ""}}, "held-back.twassign");
    std::string newFingerprint;
    {
        auto t = therapist();
        newFingerprint = PracticeService(*t).changeKey().after.fingerprint;
    }
    const auto next = assign({{"step1.where-we-are", "", "", ""}}, "next.twassign");
    {
        auto a = alex();
        AssignmentService(*a).importFile(next, newFingerprint);
    }
    {
        auto s = sam();
        AssignmentService(*s).importFile(heldBack, fingerprint); // Sam's first pin: the old key
    }
    auto a = alex();
    AssignmentService service(*a);
    ASSERT_EQ(service.pending().size(), 1U);
    EXPECT_EQ(service.pending()[0].trust.state, TrustState::DifferentKey);
    EXPECT_EQ(service.items().size(), 2U) << "the two assignments from before and after the change only";
    EXPECT_EQ(service.therapist()->identity.fingerprint, newFingerprint);
}
