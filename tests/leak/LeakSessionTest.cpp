// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Leak scan: a session through trustwork-cli and through the app writes a unique canary in every
// kind of user text (and in both passphrases), then every file in the data directory (database,
// WAL, key file, backups, logs), HOME (QSettings in ~/.config/trustwork, ~/.cache,
// ~/.local/share/recently-used.xbel), TMPDIR, /tmp and /var/tmp is searched for them.
// Partner names are not canaries: they are shown before unlock by design, so they are not secret.
// The positive control (PlaintextControlTest.cpp) runs the same scan with encryption switched off.
#include "LeakSession.h"

#include "CliRunner.h"
#include "tw/workbook/Session.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace {

using tw::test::runCli;

TEST(LeakScan, NoCanaryIsFoundAnywhereAfterACliAndAppSession)
{
    const char* home = std::getenv("HOME");
    ASSERT_NE(home, nullptr);
    ASSERT_NE(std::getenv("TW_LEAK_ROOT"), nullptr) << "run through the leak main, with a private HOME";
    // The default data directory, as a user who passes no --data-dir gets.
    const std::filesystem::path dataDir = std::filesystem::path(std::getenv("XDG_DATA_HOME")) / "trustwork";
    tw::test::Canaries canaries;
    const std::string alexPass = "alex " + canaries["Alex's passphrase"];
    const std::string samPass = "sam " + canaries["Sam's passphrase"];

    auto r = runCli({"create", "--partner", "Alex:hurt", "--partner", "Sam:involved", "--passphrase-stdin"},
        alexPass + "\n" + samPass + "\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runCli({"--as", "Alex", "--passphrase-stdin", "entry", "add", "--exercise", "solo.my-patterns", "--private",
                   "--text-file", "-"},
        alexPass + "\n" + canaries["private answer (cli)"]);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runCli({"--as", "Sam", "--passphrase-stdin", "entry", "add", "--exercise", "solo.my-patterns", "--shared",
                   "--text-file", "-"},
        samPass + "\n" + canaries["shared answer (cli)"]);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runCli({"--as", "Sam", "--passphrase-stdin", "checkin", "add", "--trust", "4", "--note-file", "-"},
        samPass + "\n" + canaries["check-in note (cli)"]);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto backup = std::filesystem::path(home) / "Documents" / "trustwork.backup";
    std::filesystem::create_directories(backup.parent_path());
    r = runCli({"--as", "Alex", "--passphrase-stdin", "backup", "--output", backup.string()}, alexPass + "\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(runCli({"--as", "Alex", "--passphrase-stdin", "verify"}, alexPass + "\n").exitCode, 0);

    tw::workbook::Options options;
    tw::test::runAppSession(dataDir, alexPass, options, canaries);

    // The canaries really were saved: Alex reads back every text Alex may read.
    {
        auto session
            = tw::workbook::Workbook::unlock(dataDir, "Alex", tw::crypto::SecretBytes::fromString(alexPass), options);
        std::string all;
        for (const auto& e : session->entries()) {
            all += e.body;
        }
        for (const char* kind : {"private answer (cli)", "shared answer (cli)", "reflection typed in the editor",
                 "log record", "check-in note", "commitment", "agreement item"}) {
            EXPECT_NE(all.find(canaries[kind]), std::string::npos) << kind << " was not saved";
        }
    }

    const auto result = tw::test::scanForCanaries(tw::test::placesToScan(dataDir), canaries);
    std::printf("leak scan: %zu canaries, %zu files (%zu bytes) scanned, %zu found\n", canaries.byKind.size(),
        result.files, result.bytes, result.hits.size());
    EXPECT_GT(result.files, 5u);
    EXPECT_TRUE(result.hits.empty()) << tw::test::describe(result.hits);
}

} // namespace
