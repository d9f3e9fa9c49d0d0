// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/KeySlotFile.h"

#include "TempDir.h"
#include "tw/base/Error.h"
#include "tw/crypto/Encoding.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

using namespace tw::crypto;
using tw::Error;
using tw::ErrorKind;

namespace {

KeySet freshKeys()
{
    return {SecretBytes::random(32), SecretBytes::random(32), SecretBytes::random(32), SecretBytes::random(32), 1};
}

ErrorKind kindOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no error thrown";
    return ErrorKind::Internal;
}

struct Fixture : ::testing::Test {
    tw::test::TempDir dir;
    KeySlotFile file;
    KeySet keys = freshKeys();
    std::string alex;
    void SetUp() override
    {
        file.workbookId = "wb-1";
        alex = file.addOwner("Alex");
        file.setSlot(alex, SlotType::Passphrase, keys, SecretBytes::fromString("alex pass"), KdfParams::fastForTests());
        file.save(dir / "workbook.keys");
    }
};

} // namespace

TEST_F(Fixture, SaveLoadUnlock)
{
    const auto loaded = KeySlotFile::load(dir / "workbook.keys");
    ASSERT_NE(loaded.findByName("Alex"), nullptr);
    const auto unlocked = loaded.unlock(alex, SlotType::Passphrase, SecretBytes::fromString("alex pass"));
    EXPECT_TRUE(unlocked.databaseKey.equals(keys.databaseKey));
    EXPECT_TRUE(unlocked.personalKey.equals(keys.personalKey));
    EXPECT_TRUE(unlocked.coupleKey.equals(keys.coupleKey));
}

TEST_F(Fixture, WrongPassphraseIsWrongSecret)
{
    const auto loaded = KeySlotFile::load(dir / "workbook.keys");
    EXPECT_EQ(kindOf([&] { (void)loaded.unlock(alex, SlotType::Passphrase, SecretBytes::fromString("nope")); }),
        ErrorKind::WrongSecret);
}

TEST_F(Fixture, OnlyNamesAreInPlainText)
{
    const auto bytes = tw::test::readBytes(dir / "workbook.keys");
    const std::string text(bytes.begin(), bytes.end());
    EXPECT_NE(text.find("Alex"), std::string::npos);
    EXPECT_EQ(text.find("alex pass"), std::string::npos);
}

TEST_F(Fixture, EveryFlippedByteIsDamageNotWrongPassphrase)
{
    const auto original = tw::test::readBytes(dir / "workbook.keys");
    for (std::size_t i = 0; i < original.size(); ++i) {
        auto bad = original;
        bad[i] ^= 0x04;
        const auto kind = kindOf([&] {
            const auto f = KeySlotFile::parse(bad);
            (void)f.unlock(alex, SlotType::Passphrase, SecretBytes::fromString("alex pass"));
            throw Error(ErrorKind::Damaged, "whitespace flip still parses and unlocks");
        });
        EXPECT_NE(kind, ErrorKind::WrongSecret) << "flip at " << i;
    }
}

TEST_F(Fixture, TruncatedFileIsDamaged)
{
    const auto original = tw::test::readBytes(dir / "workbook.keys");
    for (std::size_t keep : {std::size_t{0}, std::size_t{10}, original.size() / 2, original.size() - 3}) {
        std::vector<std::uint8_t> cut(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(keep));
        EXPECT_EQ(kindOf([&] { (void)KeySlotFile::parse(cut); }), ErrorKind::Damaged) << keep;
    }
}

// Format 1 (three keys, no signing seed) is still read: its keys come back without a seed, which
// the workbook layer upgrades at the next unlock.
TEST_F(Fixture, FormatOneIsStillRead)
{
    auto bytes = tw::test::readBytes(dir / "workbook.keys");
    std::string text(bytes.begin(), bytes.end());
    const auto pos = text.find("\"version\": 2");
    ASSERT_NE(pos, std::string::npos);
    text.replace(pos, 12, "\"version\": 1");
    // The checksum covers the version, so it is recomputed as a format-1 writer would have.
    auto parsed = nlohmann::json::parse(text);
    parsed.erase("checksum");
    const std::string body = parsed.dump();
    std::uint8_t digest[32];
    crypto_generichash(
        digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr, 0);
    parsed["checksum"] = tw::crypto::toHex(digest);
    const std::string rewritten = parsed.dump(2);
    EXPECT_NO_THROW((void)KeySlotFile::parse(std::vector<std::uint8_t>(rewritten.begin(), rewritten.end())));
}

TEST_F(Fixture, NewerFormatIsRefused)
{
    auto bytes = tw::test::readBytes(dir / "workbook.keys");
    std::string text(bytes.begin(), bytes.end());
    const auto pos = text.find("\"version\": 2");
    ASSERT_NE(pos, std::string::npos);
    text.replace(pos, 12, "\"version\": 9");
    EXPECT_EQ(kindOf([&] { (void)KeySlotFile::parse(std::vector<std::uint8_t>(text.begin(), text.end())); }),
        ErrorKind::NewerVersion);
}

TEST_F(Fixture, SlotsCannotBeSwappedBetweenPeople)
{
    const std::string sam = file.addOwner("Sam");
    file.setSlot(
        sam, SlotType::Passphrase, freshKeys(), SecretBytes::fromString("sam pass"), KdfParams::fastForTests());
    // Give Sam Alex's sealed slot: the associated data names Alex, so it must not open as Sam.
    auto& owners = file.owners;
    owners[1].keySlots[0].sealed = owners[0].keySlots[0].sealed;
    owners[1].keySlots[0].salt = owners[0].keySlots[0].salt;
    EXPECT_EQ(kindOf([&] { (void)file.unlock(sam, SlotType::Passphrase, SecretBytes::fromString("alex pass")); }),
        ErrorKind::WrongSecret);
}

TEST_F(Fixture, SaveIsAtomicAndLeavesNoTempFiles)
{
    file.setSlot(alex, SlotType::Recovery, keys, SecretBytes::fromString("CODE"), KdfParams::fastForTests());
    file.save(dir / "workbook.keys");
    int count = 0;
    for ([[maybe_unused]] const auto& item : std::filesystem::directory_iterator(dir.path())) {
        ++count;
    }
    EXPECT_EQ(count, 1);
    const auto loaded = KeySlotFile::load(dir / "workbook.keys");
    EXPECT_NO_THROW((void)loaded.unlock(alex, SlotType::Recovery, SecretBytes::fromString("CODE")));
}

// Found by fuzz_slot_file: a number field holding a float (1e300, 1.5) went through nlohmann's
// get<int>(), which is undefined behaviour out of range and silently truncates in range. With a
// correct checksum, such a file must still be reported as damaged.
TEST_F(Fixture, NumbersThatAreNotWholeAreDamage)
{
    const auto original = tw::test::readBytes(dir / "workbook.keys");
    const auto doc = nlohmann::json::parse(original.begin(), original.end());
    const auto withChecksum = [](nlohmann::json body) {
        body.erase("checksum");
        const std::string text = body.dump();
        std::uint8_t digest[32];
        crypto_generichash(
            digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
        std::string hex(64, '0');
        sodium_bin2hex(hex.data(), hex.size() + 1, digest, sizeof digest);
        body["checksum"] = hex;
        const std::string out = body.dump(2);
        return std::vector<std::uint8_t>(out.begin(), out.end());
    };
    // The unchanged document re-serialised this way still loads, so a Damaged below is the number's doing.
    EXPECT_NO_THROW((void)KeySlotFile::parse(withChecksum(doc)));

    const std::vector<std::pair<nlohmann::json::json_pointer, nlohmann::json>> cases = {
        {nlohmann::json::json_pointer("/version"), 1.5},
        {nlohmann::json::json_pointer("/database/cipherPageSize"), 1e300},
        {nlohmann::json::json_pointer("/owners/0/slots/0/kdf/memLimit"), 8.44444e+106},
        {nlohmann::json::json_pointer("/owners/0/slots/0/kdf/opsLimit"), -1},
    };
    for (const auto& [where, value] : cases) {
        auto changed = doc;
        changed[where] = value;
        EXPECT_EQ(kindOf([&] { (void)KeySlotFile::parse(withChecksum(changed)); }), ErrorKind::Damaged)
            << where.to_string();
    }
}
