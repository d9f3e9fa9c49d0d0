// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks 1, 6 and 10 of issue 16: recovery codes, old keys after a change, weakening switches.
#include "AdversaryFixture.h"
#include "CliRunner.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Statement.h"
#include "tw/workbook/PassphrasePolicy.h"

#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sys/wait.h>

#include <cstdio>
#include <regex>

using namespace tw;
using namespace tw::test;
using workbook::Visibility;

namespace {

CliResult cli(const std::filesystem::path& dir, std::vector<std::string> args, const std::string& input)
{
    std::vector<std::string> all = {"--data-dir", dir.string()};
    all.insert(all.end(), args.begin(), args.end());
    return runCli(all, input);
}

std::vector<std::string> codesIn(const std::string& text)
{
    std::vector<std::string> out;
    const std::regex code("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), code); it != std::sregex_iterator(); ++it) {
        out.push_back(it->str());
    }
    return out;
}

/** Whether the key derivation stored in @p dir's key file for every slot is at least MODERATE. */
bool everySlotAtLeastModerate(const std::filesystem::path& dir)
{
    const auto bytes = readBytes(dir / "workbook.keys");
    const auto file = nlohmann::json::parse(bytes.begin(), bytes.end());
    bool any = false;
    for (const auto& owner : file.at("owners")) {
        for (const auto& slot : owner.at("slots")) {
            any = true;
            if (slot.at("kdf").at("opsLimit").get<std::uint64_t>() < crypto_pwhash_OPSLIMIT_MODERATE
                || slot.at("kdf").at("memLimit").get<std::uint64_t>() < crypto_pwhash_MEMLIMIT_MODERATE) {
                return false;
            }
        }
    }
    return any;
}

} // namespace

// Attack 1. Before this version both codes were printed by one `create` run and shown on one
// wizard page, and add-partner printed the new partner's code in the first partner's run.
TEST(AdversaryCli, Attack01_NoRunEverShowsTwoPartnersCodes)
{
    TempDir dir;
    const auto created
        = cli(dir.path(), {"create", "--partner", "Alex:hurt", "--partner", "Sam:involved", "--passphrase-stdin"},
            "alex passphrase\nsam passphrase\n");
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_TRUE(codesIn(created.out + created.err).empty());
    const auto alex = cli(dir.path(), {"--as", "Alex", "--passphrase-stdin", "recovery-code"}, "alex passphrase\n");
    ASSERT_EQ(alex.exitCode, 0) << alex.err;
    EXPECT_EQ(codesIn(alex.out + alex.err).size(), 1u);
    EXPECT_EQ((alex.out + alex.err).find("Sam"), std::string::npos);

    TempDir solo;
    const auto one
        = cli(solo.path(), {"create", "--partner", "Robin:hurt", "--passphrase-stdin"}, "robin passphrase\n");
    EXPECT_EQ(codesIn(one.out).size(), 1u);
    const auto added
        = cli(solo.path(), {"--as", "Robin", "--passphrase-stdin", "add-partner", "--partner", "Jo:involved"},
            "robin passphrase\njo passphrase\n");
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_TRUE(codesIn(added.out + added.err).empty());
    const auto jo = cli(solo.path(), {"--as", "Jo", "--passphrase-stdin", "recovery-code"}, "jo passphrase\n");
    EXPECT_EQ(codesIn(jo.out).size(), 1u);
    EXPECT_NE(codesIn(jo.out).front(), codesIn(one.out).front());
}

// Attack 1 with a code that leaked anyway: before rotation, Alex's recovery slot kept opening her
// private entries, including ones written after she changed her passphrase.
TEST_F(Adversary, Attack01_ALeakedCodeOpensNothingWrittenAfterAPassphraseChange)
{
    const auto leakedCode = codes[0].code.clone(); // Alex's, as if Sam had seen it once
    const auto oldKeyFile = readBytes(dir / "workbook.keys");
    {
        auto a = alex();
        (void)a->changePassphrase(secret("alex passphrase"), secret("a new secret of hers"));
        a->addEntry({"too-broken.deciding", "answer", Visibility::Private, "", "CANARY-after-change"});
    }
    crypto::SecretBytes ignored;
    EXPECT_EQ(kindOf([&] {
        (void)workbook::Workbook::recover(dir.path(), "Alex", leakedCode, secret("sam's choice"), ignored, options);
    }),
        ErrorKind::WrongSecret);
    // With the key file as it was (from a backup), the code opens her old slot: old keys only.
    const auto old = crypto::KeySlotFile::parse(oldKeyFile);
    const auto oldKeys = old.unlock(old.findByName("Alex")->id, crypto::SlotType::Recovery, leakedCode);
    const auto store = dir / "private" / (old.findByName("Alex")->id + ".db");
    EXPECT_EQ(
        kindOf([&] { storage::Database db(store, crypto::deriveSubkey(oldKeys.personalKey, 1, "twstore1"), {}); }),
        ErrorKind::Damaged);
    EXPECT_FALSE(samAttacks().canFind("CANARY-after-change"));
}

// Attack 6. Before rotation a passphrase change rewrote one slot: the old key file from a daily
// backup plus the old passphrase opened entries written after the change.
TEST_F(Adversary, Attack06_OldKeyFileAndOldPassphraseOpenNothingWrittenAfterwards)
{
    const auto oldKeyFile = readBytes(dir / "workbook.keys");
    std::string alexId;
    {
        auto a = alex();
        alexId = a->me().id;
        a->addEntry({"x", "answer", Visibility::Private, "", "written before"});
        // "Someone may know my passphrase" is the same rotation, on purpose.
        (void)a->changePassphrase(secret("alex passphrase"), secret("alex second passphrase"));
        a->addEntry({"x", "answer", Visibility::Private, "", "CANARY-written-after"});
        a->addEntry({"x", "answer", Visibility::Shared, "", "shared after"});
    }
    const auto old = crypto::KeySlotFile::parse(oldKeyFile);
    const auto oldKeys = old.unlock(alexId, crypto::SlotType::Passphrase, secret("alex passphrase"));
    EXPECT_EQ(kindOf([&] {
        storage::Database db(
            dir / "private" / (alexId + ".db"), crypto::deriveSubkey(oldKeys.personalKey, 1, "twstore1"), {});
    }),
        ErrorKind::Damaged);
    // Planting the old key file back gives a workbook that does not open for her old passphrase either.
    writeBytes(dir / "workbook.keys", oldKeyFile);
    EXPECT_EQ(kindOf([&] { (void)alex(); }), ErrorKind::Damaged);
    EXPECT_FALSE(treeContains(dir.path(), "CANARY-written-after"));
}

// Attack 10a. The shipped trustwork-cli honoured TRUSTWORK_INSECURE_FAST_KDF, which a partner could
// set in the other's shell profile to weaken every slot made afterwards.
TEST(AdversaryCli, Attack10_TheShippedCliHasNoFastKeyDerivationSwitch)
{
    TempDir dir;
    const std::string command = "TRUSTWORK_INSECURE_FAST_KDF=1 " + std::string(TW_SHIPPED_CLI_PATH) + " --data-dir '"
        + dir.path().string() + "' create --partner Robin:hurt --passphrase-stdin > /dev/null";
    FILE* pipe = popen(command.c_str(), "w");
    ASSERT_NE(pipe, nullptr);
    fputs("quiet orchard lantern remedy\n", pipe);
    ASSERT_EQ(pclose(pipe), 0);
    EXPECT_TRUE(everySlotAtLeastModerate(dir.path()));
}

// Attack 10b. Slots made weaker (by that switch, or by an older release) were accepted for ever.
TEST(AdversaryWeakSlots, Attack10_AWeakSlotIsUpgradedAtTheNextUnlock)
{
    TempDir dir;
    auto weak = fastOptions();
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Hurt, secret("quiet orchard lantern remedy"), {}});
    workbook::Workbook::create(dir.path(), std::move(one), weak);
    EXPECT_FALSE(everySlotAtLeastModerate(dir.path()));
    workbook::Options shipped; // what every program uses
    (void)workbook::Workbook::unlock(dir.path(), "Robin", secret("quiet orchard lantern remedy"), shipped);
    EXPECT_TRUE(everySlotAtLeastModerate(dir.path()));
}

// Attack 10c. The CLI accepted a one-character passphrase and the window accepted "Weak".
TEST(AdversaryCli, Attack10_ThePassphraseMinimumIsTheSameInTheShippedCli)
{
    TempDir dir;
    const std::string command = std::string(TW_SHIPPED_CLI_PATH) + " --data-dir '" + dir.path().string()
        + "' create --partner Robin:hurt --passphrase-stdin > /dev/null 2>&1";
    for (const char* weak : {"a", "robin2026", "password1"}) {
        FILE* pipe = popen(command.c_str(), "w");
        ASSERT_NE(pipe, nullptr);
        fputs((std::string(weak) + "\n").c_str(), pipe);
        EXPECT_EQ(WEXITSTATUS(pclose(pipe)), 2) << weak;
        EXPECT_FALSE(std::filesystem::exists(dir / "workbook.keys")) << weak;
    }
    EXPECT_FALSE(workbook::estimatePassphrase(secret("Robin2026"), {"Robin"}).acceptable());
    EXPECT_TRUE(workbook::estimatePassphrase(secret("quiet orchard lantern remedy"), {"Robin"}).acceptable());
}

// Attack 10d. The idle-lock minutes lived in the settings file both partners share.
TEST_F(Adversary, Attack10_ASettingThatProtectsAPartnerIsInTheirPrivateStoreOnly)
{
    {
        auto a = alex();
        a->setPrivateSetting("idle-lock-minutes", "CANARY-idle-37");
    }
    EXPECT_EQ(alex()->privateSetting("idle-lock-minutes"), "CANARY-idle-37");
    EXPECT_FALSE(sam()->privateSetting("idle-lock-minutes"));
    EXPECT_FALSE(samAttacks().canFind("CANARY-idle-37"));
}
