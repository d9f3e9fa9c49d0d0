// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync commands as a script drives them (issue 20): join, sync and device with their exit codes.
#include "CliRunner.h"
#include "SyncFixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tw::test;

namespace {

struct SyncCli : ::testing::Test {
    TempDir root;
    std::string desktop = (root.path() / "desktop").string();
    std::string laptop = (root.path() / "laptop").string();
    std::string folder = (root.path() / "synced").string();

    void SetUp() override
    {
        ASSERT_EQ(runCli({"--data-dir", desktop, "--passphrase-stdin", "create", "--partner", "Alex:hurt", "--partner",
                             "Sam:involved"},
                      "alex pass\nsam pass\n")
                      .exitCode,
            0);
    }
    CliResult as(
        const std::string& dir, const std::vector<std::string>& command, const std::string& input = "alex pass\n")
    {
        std::vector<std::string> args{"--data-dir", dir, "--as", "Alex", "--passphrase-stdin"};
        args.insert(args.end(), command.begin(), command.end());
        return runCli(args, input);
    }
};

} // namespace

TEST_F(SyncCli, SyncJoinAndListDevices)
{
    ASSERT_EQ(as(desktop, {"entry", "add", "--exercise", "solo.my-patterns", "--private", "--text-file", "-"},
                  "alex pass\nwords from the desktop")
                  .exitCode,
        0);
    const auto first = as(desktop, {"sync", "--folder", folder});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_NE(first.out.find("published"), std::string::npos);
    const auto joined = as(laptop, {"join", "--folder", folder});
    ASSERT_EQ(joined.exitCode, 0) << joined.err;
    const auto list = as(laptop, {"entry", "list"});
    EXPECT_NE(list.out.find("words from the desktop"), std::string::npos);
    const auto devices = as(laptop, {"device", "list", "--json"});
    ASSERT_EQ(devices.exitCode, 0) << devices.err;
    const auto parsed = nlohmann::json::parse(devices.out);
    ASSERT_EQ(parsed.size(), 2u);
    int mine = 0;
    for (const auto& d : parsed) {
        EXPECT_EQ(d.at("owner").get<std::string>(), "Alex");
        mine += d.at("thisDevice").get<bool>() ? 1 : 0;
    }
    EXPECT_EQ(mine, 1);
}

TEST_F(SyncCli, ExitCodesSayWhatWentWrong)
{
    ASSERT_EQ(as(desktop, {"sync", "--folder", folder}).exitCode, 0);
    // 7: a folder that is not a Trustwork sync folder.
    TempDir other;
    writeBytes(other.path() / "notes.txt", {'h', 'i'});
    EXPECT_EQ(as(desktop, {"sync", "--folder", other.path().string()}).exitCode, 7);
    EXPECT_EQ(as(laptop, {"join", "--folder", other.path().string()}).exitCode, 7);
    // 3: a wrong passphrase at join; nothing is left behind.
    EXPECT_EQ(as(laptop, {"join", "--folder", folder}, "not alex\n").exitCode, 3);
    // 4: a damaged change file is named, and the rest of the sync still happens.
    const auto files = changeFilesIn(folder);
    ASSERT_FALSE(files.empty());
    auto bytes = readBytes(std::filesystem::path(folder) / files.front());
    bytes[bytes.size() / 2] ^= 0x10;
    writeBytes(std::filesystem::path(folder) / files.front(), bytes);
    const auto damaged = as(desktop, {"sync", "--folder", folder});
    EXPECT_EQ(damaged.exitCode, 0) << "a file this device wrote itself is not read back";
    const auto other2 = as(laptop, {"join", "--folder", folder});
    EXPECT_EQ(other2.exitCode, 4) << other2.err;
    EXPECT_EQ(other2.err.find("not right"), std::string::npos) << "damage is never a wrong passphrase";
}

TEST_F(SyncCli, ChangesTravelInOneFileWithoutASyncTool)
{
    // The laptop joined earlier; from now on the two computers share no folder.
    ASSERT_EQ(as(desktop, {"sync", "--folder", folder}).exitCode, 0);
    ASSERT_EQ(as(laptop, {"join", "--folder", folder}).exitCode, 0);
    const std::string laptopFolder = (root.path() / "laptop-folder").string();
    std::filesystem::copy(folder, laptopFolder, std::filesystem::copy_options::recursive);
    ASSERT_EQ(as(desktop, {"entry", "add", "--exercise", "solo.my-patterns", "--private", "--text-file", "-"},
                  "alex pass\ncarried on a stick")
                  .exitCode,
        0);
    EXPECT_EQ(as(laptop, {"entry", "list"}).out.find("carried on a stick"), std::string::npos);
    const std::string bundle = (root.path() / "stick.twsync").string();
    const auto exported = as(desktop, {"changes", "export", "--folder", folder, "--output", bundle});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const auto imported = as(laptop, {"changes", "import", "--folder", laptopFolder, "--input", bundle});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(as(laptop, {"entry", "list"}).out.find("carried on a stick"), std::string::npos);
    // A file that is not a bundle, or one naming a path outside devices/, is refused with exit 7.
    writeBytes(root.path() / "bad.twsync", {'n', 'o', 'p', 'e'});
    EXPECT_EQ(
        as(laptop, {"changes", "import", "--folder", laptopFolder, "--input", (root.path() / "bad.twsync").string()})
            .exitCode,
        7);
    std::vector<std::uint8_t> evil{'T', 'W', 'S', 'Y', 'N', 'C', '0', '1'};
    const std::string name = "../../escape.twchange";
    for (std::size_t n : {name.size()}) {
        for (int i = 0; i < 4; ++i) {
            evil.push_back(static_cast<std::uint8_t>((n >> (8 * i)) & 0xff));
        }
    }
    evil.insert(evil.end(), name.begin(), name.end());
    evil.insert(evil.end(), {1, 0, 0, 0, 'x'});
    writeBytes(root.path() / "evil.twsync", evil);
    EXPECT_EQ(
        as(laptop, {"changes", "import", "--folder", laptopFolder, "--input", (root.path() / "evil.twsync").string()})
            .exitCode,
        7);
    EXPECT_FALSE(std::filesystem::exists(root.path() / "escape.twchange"));
}
