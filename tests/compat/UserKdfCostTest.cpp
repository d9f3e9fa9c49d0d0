// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every other CLI test asks for cheap key derivation; this one creates a workbook the way a user does,
// through the shipped trustwork-cli without TRUSTWORK_INSECURE_FAST_KDF, and reads what the key file
// stored for each slot: Argon2id at libsodium's MODERATE cost or more (design.md: 0.5-1 s per unlock).
#include "CliRunner.h"
#include "TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include <fstream>
#include <vector>

namespace {

// Every object named "kdf" anywhere in the key file, whatever the format version nests it in.
void collectKdfs(const nlohmann::json& node, std::vector<nlohmann::json>& out)
{
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key == "kdf") {
                out.push_back(value);
            } else {
                collectKdfs(value, out);
            }
        }
    } else if (node.is_array()) {
        for (const auto& value : node) {
            collectKdfs(value, out);
        }
    }
}

TEST(UserKdfCost, ACoupleWorkbookCreatedByTheCliUsesModerateArgon2idOrStronger)
{
    tw::test::TempDir dir;
    const auto data = dir / "workbook";
    const auto created = tw::test::runCliAsUser({"--data-dir", data.string(), "--passphrase-stdin", "create",
                                                    "--partner", "Alex:hurt", "--partner", "Sam:involved"},
        // Passphrases the shipped program accepts (it refuses easy ones, as users' programs do).
        "quiet orchard lantern remedy\ncopper walrus gently folds maps\n");
    ASSERT_EQ(created.exitCode, 0) << created.err;
    // Each partner makes their recovery code in their own run; Alex makes hers now.
    const auto code
        = tw::test::runCliAsUser({"--data-dir", data.string(), "--as", "Alex", "--passphrase-stdin", "recovery-code"},
            "quiet orchard lantern remedy\n");
    ASSERT_EQ(code.exitCode, 0) << code.err;

    std::ifstream stream(data / "workbook.keys");
    ASSERT_TRUE(stream) << "no workbook.keys";
    std::vector<nlohmann::json> kdfs;
    collectKdfs(nlohmann::json::parse(stream), kdfs);
    // Two passphrase slots and Alex's recovery slot.
    ASSERT_GE(kdfs.size(), 3u) << "the key file has fewer key-derivation records than slots";
    for (const auto& kdf : kdfs) {
        EXPECT_EQ(kdf.at("algorithm").get<std::string>(), "argon2id13") << kdf.dump();
        EXPECT_GE(kdf.at("opsLimit").get<unsigned long long>(), crypto_pwhash_OPSLIMIT_MODERATE) << kdf.dump();
        EXPECT_GE(kdf.at("memLimit").get<unsigned long long>(), crypto_pwhash_MEMLIMIT_MODERATE) << kdf.dump();
    }
}

} // namespace
