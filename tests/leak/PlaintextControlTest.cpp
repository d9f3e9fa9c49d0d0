// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Positive control of the leak scan: the same app session and the same scan, in a test build with
// both layers of encryption off (no SQLCipher key, and row sealing replaced by PlaintextSeal.cpp).
// Every canary the session wrote must now be found in the data directory; if the scan could not
// see them here, its silence in LeakSessionTest would prove nothing.
#include "LeakSession.h"
#include "tw/workbook/Session.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <set>

namespace {

TEST(LeakScanControl, WithEncryptionOffTheScanFindsEveryCanary)
{
    ASSERT_NE(std::getenv("TW_LEAK_ROOT"), nullptr) << "run through the leak main, with a private HOME";
    const std::filesystem::path dataDir = std::filesystem::path(std::getenv("XDG_DATA_HOME")) / "trustwork";
    tw::test::Canaries canaries;
    const std::string passphrase = "alex passphrase";
    tw::workbook::Options options;
    options.kdf = tw::crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.plaintextDatabaseForTests = true;
    std::vector<tw::workbook::NewPartner> partners;
    partners.push_back({"Alex", tw::workbook::Role::Hurt, tw::crypto::SecretBytes::fromString(passphrase)});
    partners.push_back({"Sam", tw::workbook::Role::Involved, tw::crypto::SecretBytes::fromString("sam passphrase")});
    tw::workbook::Workbook::create(dataDir, std::move(partners), options);

    tw::test::runAppSession(dataDir, passphrase, options, canaries);

    const auto result = tw::test::scanForCanaries(tw::test::placesToScan(dataDir), canaries);
    std::set<std::string> found;
    for (const auto& hit : result.hits) {
        found.insert(hit.kind);
    }
    std::printf(
        "leak scan control: %zu canaries, %zu found with encryption off\n", canaries.byKind.size(), found.size());
    for (const auto& [kind, canary] : canaries.byKind) {
        EXPECT_TRUE(found.count(kind)) << "the scan missed the " << kind << " with encryption off";
    }
}

} // namespace
