// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the content folder: --content-dir, the build tree, or the installed share/ folder.
#include "tw/content/ContentRoot.h"

#include "ContentTestSupport.h"
#include "tw/base/Error.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

using namespace tw::content;
namespace fs = std::filesystem;

namespace {

/** @brief The shipped schema and English curriculum copied to @p root, as an install puts them. */
void installContent(const fs::path& root)
{
    fs::create_directories(root / "curriculum");
    fs::copy(tw::test::shippedContent() / "schema", root / "schema", fs::copy_options::recursive);
    fs::copy(tw::test::shippedContent() / "curriculum" / "en", root / "curriculum" / "en", fs::copy_options::recursive);
}

struct Run {
    int exitCode = -1;
    std::string output; ///< stdout and stderr together
};

/** @brief Runs @p program (a copied binary, not the build tree's) with a shell-safe argument line. */
Run runProgram(const fs::path& program, const std::string& arguments)
{
    const std::string command = "'" + program.string() + "' " + arguments + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return {};
    }
    Run run;
    std::array<char, 4096> buffer{};
    while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
        run.output.append(buffer.data(), n);
    }
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

/** @brief trustwork-cli copied to <dir>/usr/bin, outside the build tree, as a package installs it. */
fs::path installCli(const tw::test::TempDir& dir)
{
    const auto bin = dir / "usr" / "bin";
    fs::create_directories(bin);
    fs::copy_file(TW_CLI_PATH, bin / "trustwork-cli");
    return bin / "trustwork-cli";
}

} // namespace

TEST(ContentRoot, OverrideWinsAndMustBeValid)
{
    EXPECT_EQ(locateContentRoot(tw::test::shippedContent(), "/nowhere"), tw::test::shippedContent());
    tw::test::TempDir dir;
    try {
        locateContentRoot(dir.path(), currentExecutableDir());
        FAIL() << "an explicit folder without a curriculum is an error, not a silent fallback";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
    }
}

TEST(ContentRoot, BuildTreeUsesTheSourceContent)
{
    const auto exeDir = currentExecutableDir();
    ASSERT_FALSE(exeDir.empty());
    EXPECT_TRUE(fs::exists(exeDir / "test_content"));
    const auto root = locateContentRoot({}, exeDir);
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(fs::weakly_canonical(*root), fs::weakly_canonical(tw::test::shippedContent()));
}

TEST(ContentRoot, InstalledLayoutIsFoundBesideBin)
{
    tw::test::TempDir dir;
    fs::create_directories(dir / "bin");
    const auto share = dir / "share" / "trustwork" / "content";
    installContent(share);
    const auto root = locateContentRoot({}, dir / "bin");
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(fs::weakly_canonical(*root), fs::weakly_canonical(share));
    EXPECT_TRUE(isContentRoot(*root));
}

TEST(ContentRoot, NothingFoundOutsideTheBuildTree)
{
    tw::test::TempDir dir;
    EXPECT_FALSE(locateContentRoot({}, dir / "bin").has_value());
    EXPECT_FALSE(locateContentRoot({}, {}).has_value());
}

TEST(ContentRoot, BuildTreeComesBeforeTheShareFolder)
{
    const auto exeDir = currentExecutableDir();
    const auto candidates = contentRootCandidates(exeDir);
    ASSERT_EQ(candidates.size(), 2U);
    EXPECT_EQ(fs::weakly_canonical(candidates[0]), fs::weakly_canonical(tw::test::shippedContent()));
    EXPECT_EQ(candidates[1], (exeDir / ".." / "share" / "trustwork" / "content").lexically_normal());
}

TEST(ContentRoot, OutsideTheBuildTreeOnlyTheShareFolderBesideBinIsTried)
{
    tw::test::TempDir dir;
    const auto candidates = contentRootCandidates(dir / "usr" / "bin");
    ASSERT_EQ(candidates.size(), 1U);
    EXPECT_EQ(candidates[0], dir / "usr" / "share" / "trustwork" / "content");
    EXPECT_TRUE(contentRootCandidates({}).empty());
}

TEST(ContentRoot, OverrideWinsOverAnInstalledCopy)
{
    tw::test::TempDir dir;
    installContent(dir / "share" / "trustwork" / "content");
    installContent(dir / "mine");
    EXPECT_EQ(locateContentRoot(dir / "mine", dir / "bin"), dir / "mine");
    EXPECT_EQ(requireContentRoot(dir / "mine", dir / "bin"), dir / "mine");
}

TEST(ContentRoot, AHalfInstalledShareFolderIsNotUsed)
{
    tw::test::TempDir dir;
    const auto share = dir / "share" / "trustwork" / "content";
    fs::create_directories(share);
    fs::copy(tw::test::shippedContent() / "schema", share / "schema", fs::copy_options::recursive);
    EXPECT_FALSE(isContentRoot(share)) << "schema without curriculum/en";
    EXPECT_FALSE(locateContentRoot({}, dir / "bin").has_value());
}

TEST(ContentRoot, NotFoundNamesEveryFolderItLookedIn)
{
    tw::test::TempDir dir;
    try {
        requireContentRoot({}, dir / "bin");
        FAIL() << "nothing is installed beside " << (dir / "bin");
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
        const std::string message = e.what();
        EXPECT_NE(message.find((dir / "share" / "trustwork" / "content").string()), std::string::npos) << message;
        EXPECT_NE(message.find("--content-dir"), std::string::npos) << message;
    }
    try {
        requireContentRoot({}, {});
        FAIL() << "no program folder, nowhere to look";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::Io);
        EXPECT_NE(std::string(e.what()).find("could not be determined"), std::string::npos) << e.what();
    }
}

TEST(ContentRoot, CopiedCliFindsContentOnlyOnceItIsInstalledBesideIt)
{
    tw::test::TempDir dir;
    const auto cli = installCli(dir);
    const auto share = dir / "usr" / "share" / "trustwork" / "content";

    const auto missing = runProgram(cli, "content stats");
    EXPECT_EQ(missing.exitCode, 6) << missing.output;
    EXPECT_NE(missing.output.find("Looked in:"), std::string::npos) << missing.output;
    EXPECT_NE(missing.output.find(share.string()), std::string::npos) << missing.output;
    EXPECT_EQ(missing.output.find(tw::test::sourceDir().string()), std::string::npos)
        << "a program outside the build tree must not look at the developer's checkout: " << missing.output;

    installContent(share);
    const auto stats = runProgram(cli, "content stats");
    EXPECT_EQ(stats.exitCode, 0) << stats.output;
    EXPECT_NE(stats.output.find(share.string()), std::string::npos) << stats.output;
    const auto valid = runProgram(cli, "content validate '" + (share / "curriculum" / "en").string() + "'");
    EXPECT_EQ(valid.exitCode, 0) << valid.output;
    EXPECT_NE(valid.output.find("valid"), std::string::npos) << valid.output;
}
