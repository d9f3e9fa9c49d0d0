// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Files written by earlier releases must keep opening: a couple workbook, its key file, a backup, a
// therapist's assignment and a couple's report, each made once and committed (tests/fixtures/, see
// its README). Each set is opened here by the trustwork-cli of this build on whatever SQLCipher it
// found, so a set made on SQLCipher 3.4.1 (Debian 12) is read on 4.6.1 (Debian 13) and the other way
// round. A format change that strands these files fails here; a migration keeps them opening.
#include "CliRunner.h"
#include "TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using tw::test::CliResult;
using tw::test::runCli;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

class FormatCompat : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fs::is_directory(set())) << set() << " is missing: every committed set must be opened";
        std::ifstream stream(set() / "manifest.json");
        manifest = nlohmann::json::parse(stream);
    }

    fs::path set() const { return fs::path(TW_FIXTURES_DIR) / GetParam(); }

    std::string text(const char* key) const { return manifest.at(key).get<std::string>(); }
    std::string passphrase(const std::string& who) const
    {
        return manifest.at("passphrases").at(who).get<std::string>();
    }

    /// A copy of a fixture folder, so the committed files are never written.
    fs::path copyOf(const char* name)
    {
        const auto target = dir / name;
        fs::copy(set() / name, target, fs::copy_options::recursive);
        return target;
    }

    CliResult as(
        const fs::path& data, const std::string& who, std::vector<std::string> args, const std::string& extraInput = {})
    {
        std::vector<std::string> full{"--data-dir", data.string(), "--as", who, "--passphrase-stdin"};
        full.insert(full.end(), args.begin(), args.end());
        return runCli(full, passphrase(who) + "\n" + extraInput);
    }

    nlohmann::json manifest;
    tw::test::TempDir dir;
};

TEST_P(FormatCompat, CoupleWorkbookOpensVerifiesAndTakesWrites)
{
    const auto data = copyOf("couple");
    const auto info = runCli({"--data-dir", data.string(), "info"});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_TRUE(contains(info.out, "Partners:       Alex, Sam")) << info.out;
    // Which SQLCipher read which set, for the log (docs/packaging.md quotes these lines).
    const auto at = info.out.find("SQLCipher:");
    std::printf("set made on SQLCipher %s, opened on %s\n", text("sqlcipher").c_str(),
        at == std::string::npos ? "?" : info.out.substr(at, info.out.find('\n', at) - at).c_str());

    const auto verify = as(data, "Alex", {"verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;
    const auto alexList = as(data, "Alex", {"entry", "list"});
    ASSERT_EQ(alexList.exitCode, 0) << alexList.err;
    EXPECT_TRUE(contains(alexList.out, text("privateText"))) << alexList.out;
    EXPECT_TRUE(contains(alexList.out, text("sharedText"))) << alexList.out;
    const auto samList = as(data, "Sam", {"entry", "list"});
    ASSERT_EQ(samList.exitCode, 0) << samList.err;
    EXPECT_TRUE(contains(samList.out, text("sharedText"))) << samList.out;
    EXPECT_FALSE(contains(samList.out, text("privateText"))) << "Sam reads Alex's private entry";

    // Written by this build into the old file, then read back and verified.
    const std::string added = "Sam writes into a workbook made by an earlier release.";
    const auto add
        = as(data, "Sam", {"entry", "add", "--exercise", "step1.impact-letter", "--shared", "--text-file", "-"}, added);
    ASSERT_EQ(add.exitCode, 0) << add.err;
    EXPECT_TRUE(contains(as(data, "Alex", {"entry", "list"}).out, added));
    EXPECT_EQ(as(data, "Sam", {"verify"}).exitCode, 0);
    EXPECT_EQ(
        runCli({"--data-dir", data.string(), "--as", "Alex", "--passphrase-stdin", "verify"}, "not it\n").exitCode, 3);
}

TEST_P(FormatCompat, KeyFileRecoveryCodeSetsANewPassphrase)
{
    const auto data = copyOf("couple");
    const auto code = manifest.at("recoveryCodes").at("Sam").get<std::string>();
    const auto recovered
        = runCli({"--data-dir", data.string(), "--as", "Sam", "--recovery-code-stdin", "passwd"}, code + "\nnew sam\n");
    ASSERT_EQ(recovered.exitCode, 0) << recovered.err;
    EXPECT_EQ(
        runCli({"--data-dir", data.string(), "--as", "Sam", "--passphrase-stdin", "verify"}, "new sam\n").exitCode, 0);
}

TEST_P(FormatCompat, BackupRestoresIntoAnEmptyFolder)
{
    const auto data = dir / "restored";
    // Only a partner in the backup restores it, with their passphrase as it was then.
    const auto restore = runCli({"--data-dir", data.string(), "--as", "Alex", "--passphrase-stdin", "restore",
                                    "--input", (set() / "couple.twbackup").string()},
        manifest.at("passphrases").at("Alex").get<std::string>() + "\n");
    ASSERT_EQ(restore.exitCode, 0) << restore.err;
    EXPECT_EQ(as(data, "Alex", {"verify"}).exitCode, 0);
    const auto list = as(data, "Alex", {"entry", "list"});
    EXPECT_TRUE(contains(list.out, text("privateText"))) << list.out << list.err;
}

TEST_P(FormatCompat, AssignmentSignatureStillVerifies)
{
    const auto shown = runCli({"assignment", "show", (set() / "assignment.twassign").string()});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_TRUE(contains(shown.out, "Signature:   valid")) << shown.out;
    EXPECT_TRUE(contains(shown.out, text("practiceFingerprint"))) << shown.out;
    EXPECT_TRUE(contains(shown.out, "step1.impact-letter")) << shown.out;
    // The couple's workbook imported it when the set was made; its items are still listed.
    const auto listed = as(copyOf("couple"), "Alex", {"assignment", "list"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_TRUE(contains(listed.out, "solo.welcome")) << listed.out;
}

// Reports of format 1 carried no signature, so anyone holding an assignment could forge one in a
// partner's name (issue 17). The practice still opens, but refuses such a file by name and says what
// to do, instead of filing it as the partner's.
TEST_P(FormatCompat, AnUnsignedFormatOneReportIsRefusedWithWhatToDo)
{
    const auto practice = copyOf("practice");
    const auto imported = as(practice, "Dr Fixture", {"report", "import", (set() / "report.twreport").string()});
    EXPECT_EQ(imported.exitCode, 7) << imported.out << imported.err;
    EXPECT_TRUE(contains(imported.err, "did not sign reports")) << imported.err;
    const auto shown = as(practice, "Dr Fixture", {"client", "show", "Fixture couple"});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
}

// Every committed set by name, so a set that goes missing fails instead of being skipped.
INSTANTIATE_TEST_SUITE_P(Sets, FormatCompat, ::testing::Values("sqlcipher-3.4.1", "sqlcipher-4.6.1"),
    [](const ::testing::TestParamInfo<std::string>& set) {
        std::string name = set.param;
        for (auto& c : name) {
            c = (std::isalnum(static_cast<unsigned char>(c)) != 0) ? c : '_';
        }
        return name;
    });

} // namespace
