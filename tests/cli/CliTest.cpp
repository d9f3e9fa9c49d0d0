// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real trustwork-cli binary as a script would, checking output and exit codes.
#include "CliRunner.h"
#include "TempDir.h"

#include <gtest/gtest.h>

#include <regex>

using tw::test::runCli;

namespace {

struct Cli : ::testing::Test {
    tw::test::TempDir dir;
    std::string d() const { return dir.path().string(); }

    void SetUp() override
    {
        const auto r = runCli(
            {"--data-dir", d(), "create", "--partner", "Alex:hurt", "--partner", "Sam:involved", "--passphrase-stdin"},
            "alex pass\nsam pass\n");
        ASSERT_EQ(r.exitCode, 0) << r.err;
        // Two partners: no code is printed at creation; each makes their own in their own run.
        ASSERT_EQ(r.out.find("Recovery code for"), std::string::npos) << r.out;
        const auto own = as("Alex", {"recovery-code"}, "alex pass\n");
        ASSERT_EQ(own.exitCode, 0) << own.err;
        std::smatch m;
        std::regex code("Recovery code for Alex: ([0-9A-Z-]+)");
        ASSERT_TRUE(std::regex_search(own.out, m, code)) << own.out;
        EXPECT_EQ(own.out.find("Sam"), std::string::npos);
        alexCode = m[1];
    }
    tw::test::CliResult as(const std::string& who, std::vector<std::string> args, const std::string& input)
    {
        std::vector<std::string> all = {"--data-dir", d(), "--as", who, "--passphrase-stdin"};
        all.insert(all.end(), args.begin(), args.end());
        return runCli(all, input);
    }
    std::string alexCode;
};

} // namespace

TEST(CliBasics, VersionAndHelp)
{
    const auto v = runCli({"--version"});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_NE(v.out.find("trustwork-cli 0."), std::string::npos);
    const auto h = runCli({"--help"});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_NE(h.out.find("Exit codes"), std::string::npos);
    EXPECT_EQ(runCli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(runCli({}).exitCode, 2);
}

TEST_F(Cli, InfoNeedsNoPassphraseAndShowsOnlyNames)
{
    const auto r = runCli({"--data-dir", d(), "info"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Alex, Sam"), std::string::npos);
    EXPECT_NE(r.out.find("SQLCipher:"), std::string::npos);
}

TEST_F(Cli, EntriesAreSeparatedBetweenPartners)
{
    EXPECT_EQ(as("Alex", {"entry", "add", "--exercise", "step1.impact-letter", "--private", "--text-file", "-"},
                  "alex pass\nCANARY-alex-private")
                  .exitCode,
        0);
    EXPECT_EQ(as("Alex", {"entry", "add", "--exercise", "step1.impact-letter", "--shared", "--text-file", "-"},
                  "alex pass\nalex shares this")
                  .exitCode,
        0);
    const auto sam = as("Sam", {"entry", "list", "--json"}, "sam pass\n");
    EXPECT_EQ(sam.exitCode, 0) << sam.err;
    EXPECT_NE(sam.out.find("alex shares this"), std::string::npos);
    EXPECT_EQ(sam.out.find("CANARY-alex-private"), std::string::npos);
    const auto alex = as("Alex", {"entry", "list"}, "alex pass\n");
    EXPECT_NE(alex.out.find("CANARY-alex-private"), std::string::npos);
    EXPECT_FALSE(tw::test::treeContains(dir.path(), "CANARY-alex-private"));
}

TEST_F(Cli, ExitCodes)
{
    EXPECT_EQ(as("Alex", {"verify"}, "wrong\n").exitCode, 3);
    EXPECT_EQ(as("Alex", {"verify"}, "alex pass\n").exitCode, 0);
    EXPECT_EQ(as("Nobody", {"verify"}, "x\n").exitCode, 2);
    EXPECT_EQ(runCli({"--data-dir", (dir / "missing").string(), "info"}).exitCode, 6);
    EXPECT_EQ(as("Alex", {"entry", "add", "--exercise", "x", "--private"}, "alex pass\n").exitCode, 2);
    EXPECT_EQ(as("Alex", {"entry", "add", "--exercise", "x", "--private", "--text-file", (dir / "nope").string()},
                  "alex pass\n")
                  .exitCode,
        6);
    EXPECT_EQ(runCli({"--data-dir", d(), "restore", "--input", (dir / "nope").string()}).exitCode, 2); // needs --as
    EXPECT_EQ(as("Alex", {"restore", "--input", (dir / "nope").string()}, "alex pass\n").exitCode, 6);
}

TEST_F(Cli, FlippedSlotByteIsDamagedNotWrongPassphrase)
{
    auto bytes = tw::test::readBytes(dir / "workbook.keys");
    for (std::size_t i = 5; i < bytes.size(); i += bytes.size() / 9) {
        auto bad = bytes;
        bad[i] ^= 0x01;
        tw::test::writeBytes(dir / "workbook.keys", bad);
        const auto r = as("Alex", {"verify"}, "alex pass\n");
        EXPECT_EQ(r.exitCode, 4) << "flip at " << i << ": " << r.err;
    }
    bytes.resize(bytes.size() / 2);
    tw::test::writeBytes(dir / "workbook.keys", bytes);
    const auto r = as("Alex", {"verify"}, "alex pass\n");
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_NE(r.err.find("damaged"), std::string::npos);
}

TEST_F(Cli, FlippedDatabaseByteIsDamaged)
{
    for (int i = 0; i < 5; ++i) {
        as("Alex", {"entry", "add", "--exercise", "x", "--private", "--text-file", "-"},
            "alex pass\n" + std::string(2000, 'w'));
    }
    auto bytes = tw::test::readBytes(dir / "workbook.db");
    bytes[bytes.size() - 100] ^= 0x40;
    tw::test::writeBytes(dir / "workbook.db", bytes);
    const auto r = as("Alex", {"verify"}, "alex pass\n");
    EXPECT_EQ(r.exitCode, 4) << r.out << r.err;
}

TEST_F(Cli, PasswdAndRecovery)
{
    EXPECT_EQ(as("Alex", {"passwd"}, "wrong\nnew\n").exitCode, 3);
    const auto changed = as("Alex", {"passwd"}, "alex pass\nnew pass\n");
    EXPECT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_EQ(as("Alex", {"verify"}, "alex pass\n").exitCode, 3);
    EXPECT_EQ(as("Alex", {"verify"}, "new pass\n").exitCode, 0);
    // A passphrase change replaces the keys, so the code from before opens nothing any more...
    EXPECT_EQ(
        runCli({"--data-dir", d(), "--as", "Alex", "--recovery-code-stdin", "passwd"}, alexCode + "\nx\n").exitCode, 3);
    // ...and the new one, printed once by passwd, does.
    std::smatch m;
    const std::regex code("Recovery code for Alex: ([0-9A-Z-]+)");
    ASSERT_TRUE(std::regex_search(changed.out, m, code)) << changed.out;
    alexCode = m[1];
    const auto rec = runCli(
        {"--data-dir", d(), "--as", "Alex", "--recovery-code-stdin", "passwd"}, alexCode + "\nrecovered pass\n");
    EXPECT_EQ(rec.exitCode, 0) << rec.err;
    EXPECT_NE(rec.out.find("Recovery code for Alex"), std::string::npos);
    EXPECT_EQ(as("Alex", {"verify"}, "recovered pass\n").exitCode, 0);
    const auto reuse
        = runCli({"--data-dir", d(), "--as", "Alex", "--recovery-code-stdin", "passwd"}, alexCode + "\nagain\n");
    EXPECT_EQ(reuse.exitCode, 3);
}

TEST_F(Cli, BackupRestoreAndExport)
{
    as("Alex", {"entry", "add", "--exercise", "x", "--shared", "--text-file", "-"}, "alex pass\nbacked up text");
    EXPECT_EQ(as("Alex", {"backup", "--output", (dir / "b.twbackup").string()}, "alex pass\n").exitCode, 0);
    tw::test::TempDir other;
    // Only a partner in the backup, with their passphrase as it was then, may restore it.
    EXPECT_EQ(runCli({"--data-dir", other.path().string(), "--as", "Sam", "--passphrase-stdin", "restore", "--input",
                         (dir / "b.twbackup").string()},
                  "wrong\n")
                  .exitCode,
        3);
    const auto r = runCli({"--data-dir", other.path().string(), "--as", "Sam", "--passphrase-stdin", "restore",
                              "--input", (dir / "b.twbackup").string()},
        "sam pass\n");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto list = runCli(
        {"--data-dir", other.path().string(), "--as", "Sam", "--passphrase-stdin", "entry", "list"}, "sam pass\n");
    EXPECT_NE(list.out.find("backed up text"), std::string::npos);
    EXPECT_EQ(
        as("Sam", {"export", "--format", "json", "--output", (dir / "e.json").string()}, "sam pass\n").exitCode, 0);
    const auto exported = tw::test::readBytes(dir / "e.json");
    EXPECT_NE(std::string(exported.begin(), exported.end()).find("backed up text"), std::string::npos);
}

TEST(CliSolo, AddPartner)
{
    tw::test::TempDir dir;
    const std::string d = dir.path().string();
    ASSERT_EQ(
        runCli({"--data-dir", d, "create", "--partner", "Robin:hurt", "--passphrase-stdin"}, "robin\n").exitCode, 0);
    runCli({"--data-dir", d, "--as", "Robin", "--passphrase-stdin", "entry", "add", "--exercise", "solo.welcome",
               "--private", "--text-file", "-"},
        "robin\nCANARY-robin-alone");
    const auto add
        = runCli({"--data-dir", d, "--as", "Robin", "--passphrase-stdin", "add-partner", "--partner", "Jo:involved"},
            "robin\njo\n");
    EXPECT_EQ(add.exitCode, 0) << add.err;
    const auto jo = runCli({"--data-dir", d, "--as", "Jo", "--passphrase-stdin", "entry", "list"}, "jo\n");
    EXPECT_EQ(jo.exitCode, 0) << jo.err;
    EXPECT_EQ(jo.out.find("CANARY-robin-alone"), std::string::npos);
}
