// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the content folder: --content-dir, the build tree, or the installed share/ folder.
#include "tw/content/ContentRoot.h"

#include "ContentTestSupport.h"
#include "tw/base/Error.h"

using namespace tw::content;
namespace fs = std::filesystem;

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
    fs::create_directories(share / "curriculum");
    fs::copy(tw::test::shippedContent() / "schema", share / "schema", fs::copy_options::recursive);
    fs::copy(
        tw::test::shippedContent() / "curriculum" / "en", share / "curriculum" / "en", fs::copy_options::recursive);
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
