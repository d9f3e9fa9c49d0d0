// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The .twassign and .twreport formats on their own: round trips, and every way a file can be wrong.
#include "TempDir.h"
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/ReportFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::workbook;
using nlohmann::json;

namespace {

crypto::SecretBytes seedOf(std::uint8_t fill)
{
    crypto::SecretBytes seed(crypto::kSeedBytes);
    std::fill(seed.data(), seed.data() + seed.size(), fill);
    return seed;
}

struct Identity {
    crypto::SigningKeyPair sign;
    crypto::BoxKeyPair box;
    explicit Identity(std::uint8_t fill)
        : sign(crypto::SigningKeyPair::fromSeed(seedOf(fill)))
        , box(crypto::BoxKeyPair::fromSeed(seedOf(static_cast<std::uint8_t>(fill + 100))))
    {
    }
    [[nodiscard]] TherapistIdentity pub(const std::string& name) const
    {
        return {name, sign.publicKey, box.publicKey, crypto::fingerprint(sign.publicKey, box.publicKey)};
    }
};

Assignment sample(const Identity& id)
{
    Assignment a;
    a.id = "0b6f3c1e-7d1a-4c52-9a7e-2f7d5b1f0c11";
    a.createdAt = 1767225600000;
    a.therapist = id.pub("Dr Rivera");
    a.clientLabel = "A&S";
    a.clientId = "client-1";
    a.items = {{"step1.impact-letter", "The impact letter", "2026-01-09", "Write it, do not send it yet."},
        {"step1.where-we-are", "", "", ""}};
    a.note = "See you on Tuesday.";
    return a;
}

Report sampleReport(const Identity& id)
{
    Report r;
    r.id = "report-1";
    r.createdAt = 1767312000000;
    r.clientLabel = "A&S";
    r.partnerName = "Alex";
    r.therapistFingerprint = crypto::fingerprint(id.sign.publicKey, id.box.publicKey);
    r.assignmentIds = {"0b6f3c1e-7d1a-4c52-9a7e-2f7d5b1f0c11"};
    r.includesShared = true;
    r.items
        = {{"0b6f3c1e-7d1a-4c52-9a7e-2f7d5b1f0c11", "step1.impact-letter", "The impact letter", "2026-01-09", true}};
    r.sharedEntries = {{"entry-1", "step1.impact-letter", "answer", "shared", 1, 2, "SHARED-WORDS", false}};
    r.clientId = "client-1";
    r.partnerId = "partner-alex";
    r.signerWorkbookId = "workbook-1";
    r.signerKeyVersion = 1;
    return r;
}

std::string messageOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

std::string text(const std::vector<std::uint8_t>& bytes)
{
    return {bytes.begin(), bytes.end()};
}

} // namespace

TEST(AssignmentFile, RoundTripKeepsEveryFieldAndComputesTheFingerprint)
{
    const Identity id(1);
    const Assignment a = sample(id);
    const Assignment back = AssignmentFile::read(AssignmentFile::write(a, id.sign));
    EXPECT_EQ(back.id, a.id);
    EXPECT_EQ(back.createdAt, a.createdAt);
    EXPECT_EQ(back.therapist.name, "Dr Rivera");
    EXPECT_EQ(back.therapist.signPublicKey, id.sign.publicKey);
    EXPECT_EQ(back.therapist.boxPublicKey, id.box.publicKey);
    EXPECT_EQ(back.therapist.fingerprint, a.therapist.fingerprint);
    EXPECT_EQ(back.clientLabel, "A&S");
    ASSERT_EQ(back.items.size(), 2U);
    EXPECT_EQ(back.items[0].due, "2026-01-09");
    EXPECT_EQ(back.items[0].note, "Write it, do not send it yet.");
    EXPECT_EQ(back.items[1].due, "");
    EXPECT_EQ(back.note, a.note);
    EXPECT_EQ(AssignmentFile::fromSignedText(AssignmentFile::signedText(a)).items.size(), 2U);
}

TEST(AssignmentFile, EveryFlippedByteIsRejected)
{
    const Identity id(1);
    const auto bytes = AssignmentFile::write(sample(id), id.sign);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (const int mask : {0x01, 0x20, 0x80}) {
            auto changed = bytes;
            changed[i] = static_cast<std::uint8_t>(changed[i] ^ mask);
            const std::string message = messageOf([&] { (void)AssignmentFile::read(changed); });
            ASSERT_NE(message.find("The assignment file"), std::string::npos) << "byte " << i << ": " << message;
        }
    }
    // Cut short anywhere, it is refused too.
    for (std::size_t length : {std::size_t{0}, std::size_t{1}, bytes.size() / 2, bytes.size() - 1}) {
        (void)messageOf([&] { (void)AssignmentFile::read(std::span(bytes.data(), length)); });
    }
}

TEST(AssignmentFile, UnknownVersionIsNamed)
{
    const Identity id(1);
    json doc = json::parse(text(AssignmentFile::write(sample(id), id.sign)));
    doc["version"] = AssignmentFile::kVersion + 1;
    const std::string changed = doc.dump(2) + "\n";
    const auto message = messageOf([&] { (void)AssignmentFile::read(crypto::asBytes(changed)); });
    EXPECT_NE(message.find("format version " + std::to_string(AssignmentFile::kVersion + 1)), std::string::npos)
        << message;
    EXPECT_NE(message.find("newer Trustwork"), std::string::npos) << message;
}

// A version-2 file relabelled as version 3 (which may carry key changes) is refused the same way.
TEST(AssignmentFile, AVersionTwoFileCannotPassForVersionThree)
{
    const Identity id(1);
    json doc = json::parse(text(AssignmentFile::write(sample(id), id.sign)));
    ASSERT_EQ(doc["version"], 2) << "without a key change, files stay readable by the previous Trustwork";
    doc["version"] = 3;
    const std::string changed = doc.dump(2) + "\n";
    const auto message = messageOf([&] { (void)AssignmentFile::read(crypto::asBytes(changed)); });
    EXPECT_NE(message.find("another format or version"), std::string::npos) << message;
}

// An assignment claims the version inside its signature: a version-2 file relabelled as version 1
// on the outside (to slip past the client-id check) is refused.
TEST(AssignmentFile, TheOuterVersionMustBeTheSignedOne)
{
    const Identity id(1);
    json doc = json::parse(text(AssignmentFile::write(sample(id), id.sign)));
    doc["version"] = 1;
    const std::string changed = doc.dump(2) + "\n";
    const auto message = messageOf([&] { (void)AssignmentFile::read(crypto::asBytes(changed)); });
    EXPECT_NE(message.find("another format or version"), std::string::npos) << message;
}

TEST(AssignmentFile, ResigningWithAnotherKeyOrDroppingTheSignatureIsRefused)
{
    const Identity id(1);
    const Identity mallory(2);
    json doc = json::parse(text(AssignmentFile::write(sample(id), id.sign)));
    // A valid signature by another key over the same text fails: the text names the first key.
    doc["signature"]
        = crypto::toBase64(crypto::signDetached(mallory.sign, crypto::asBytes(doc["signed"].get<std::string>())));
    auto message = messageOf([&] { (void)AssignmentFile::read(crypto::asBytes(doc.dump(2) + "\n")); });
    EXPECT_NE(message.find("signature does not match"), std::string::npos) << message;
    doc.erase("signature");
    message = messageOf([&] { (void)AssignmentFile::read(crypto::asBytes(doc.dump(2) + "\n")); });
    EXPECT_NE(message.find("not signed"), std::string::npos) << message;
}

TEST(AssignmentFile, OversizedFilesAreRefusedBeforeReading)
{
    test::TempDir dir;
    const auto path = dir / "huge.twassign";
    test::writeText(path, std::string(AssignmentFile::kMaxBytes + 1, ' '));
    const auto message = messageOf([&] { (void)AssignmentFile::load(path); });
    EXPECT_NE(message.find("too large"), std::string::npos) << message;
    try {
        (void)AssignmentFile::load(dir / "missing.twassign");
        ADD_FAILURE() << "a missing file was read";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Io);
    }
}

TEST(AssignmentFile, DraftsBreakingTheRulesAreNotSigned)
{
    const Identity id(1);
    Assignment a = sample(id);
    a.items[0].due = "2026-02-30";
    EXPECT_THROW((void)AssignmentFile::write(a, id.sign), Error);
    a = sample(id);
    a.items.clear();
    EXPECT_THROW((void)AssignmentFile::write(a, id.sign), Error);
    a = sample(id);
    a.items[0].exerciseId = "step1 impact letter";
    EXPECT_THROW((void)AssignmentFile::write(a, id.sign), Error);
}

TEST(ReportFile, RoundTripForTheRecipientOnly)
{
    const Identity therapist(1);
    const Identity other(2);
    const auto bytes = ReportFile::seal(sampleReport(therapist), therapist.box.publicKey, Identity(3).sign);
    const Report back = ReportFile::open(bytes, therapist.box);
    EXPECT_EQ(back.partnerName, "Alex");
    ASSERT_EQ(back.items.size(), 1U);
    EXPECT_TRUE(back.items[0].done);
    ASSERT_EQ(back.sharedEntries.size(), 1U);
    EXPECT_EQ(back.sharedEntries[0].text, "SHARED-WORDS");
    // Nothing of the contents is visible in the file.
    EXPECT_EQ(text(bytes).find("SHARED-WORDS"), std::string::npos);
    EXPECT_EQ(text(bytes).find("Alex"), std::string::npos);
    const auto message = messageOf([&] { (void)ReportFile::open(bytes, other.box); });
    EXPECT_NE(message.find("not addressed to this practice"), std::string::npos) << message;
}

TEST(ReportFile, EveryFlippedByteIsRejected)
{
    const Identity therapist(1);
    const auto bytes = ReportFile::seal(sampleReport(therapist), therapist.box.publicKey, Identity(3).sign);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (const int mask : {0x01, 0x20, 0x80}) {
            auto changed = bytes;
            changed[i] = static_cast<std::uint8_t>(changed[i] ^ mask);
            const std::string message = messageOf([&] { (void)ReportFile::open(changed, therapist.box); });
            ASSERT_NE(message.find("report"), std::string::npos) << "byte " << i << ": " << message;
        }
    }
}

TEST(ReportFile, UnknownVersionIsNamedBeforeDecrypting)
{
    const Identity therapist(1);
    json doc = json::parse(text(ReportFile::seal(sampleReport(therapist), therapist.box.publicKey, Identity(3).sign)));
    doc["version"] = 7;
    const auto message = messageOf([&] { (void)ReportFile::open(crypto::asBytes(doc.dump(2) + "\n"), therapist.box); });
    EXPECT_NE(message.find("format version 7"), std::string::npos) << message;
}

TEST(ReportFile, ContentsHoldingUntickedPartsAreRefused)
{
    const Identity therapist(1);
    Report r = sampleReport(therapist);
    r.includesShared = false; // the entries are still there: a hand-made file, not Trustwork's
    const auto message = messageOf([&] { (void)ReportFile::fromContentsJson(ReportFile::contentsJson(r)); });
    EXPECT_NE(message.find("did not choose"), std::string::npos) << message;
}
