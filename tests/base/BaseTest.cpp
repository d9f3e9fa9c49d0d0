// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDir.h"
#include "Unprivileged.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/DataDir.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/base/ProcessHardening.h"

#include <gtest/gtest.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdlib>

TEST(ProcessHardening, CoreDumpsAreOff)
{
    ASSERT_TRUE(tw::disableCoreDumps());
    rlimit limit{};
    ASSERT_EQ(getrlimit(RLIMIT_CORE, &limit), 0);
    EXPECT_EQ(limit.rlim_cur, 0u);
    EXPECT_EQ(limit.rlim_max, 0u);
    EXPECT_EQ(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

TEST(DataDir, FollowsXdgDataHomeLikeQt)
{
    setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    EXPECT_EQ(tw::defaultDataDir(), std::filesystem::path("/tmp/xdg-test/trustwork"));
    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    setenv("HOME", "/home/someone", 1);
    EXPECT_EQ(tw::defaultDataDir(), std::filesystem::path("/home/someone/.local/share/trustwork"));
    unsetenv("XDG_DATA_HOME");
}

TEST(AtomicFile, ReplacesContentAndReportsReadOnly)
{
    tw::test::TempDir dir;
    const auto file = dir / "f.txt";
    const std::string a = "first", b = "second";
    tw::writeFileAtomically(file, std::vector<std::uint8_t>(a.begin(), a.end()));
    tw::writeFileAtomically(file, std::vector<std::uint8_t>(b.begin(), b.end()));
    const auto read = tw::readFile(file);
    EXPECT_EQ(std::string(read.begin(), read.end()), "second");
    // Permissions as a user meets them, also when the tests run as root (which ignores them).
    tw::test::Unprivileged asUser(dir.path());
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    try {
        tw::writeFileAtomically(file, std::vector<std::uint8_t>(a.begin(), a.end()));
        ADD_FAILURE() << "write into a read-only folder succeeded";
    } catch (const tw::Error& e) {
        EXPECT_EQ(e.kind(), tw::ErrorKind::ReadOnly);
    }
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
    const auto unchanged = tw::readFile(file);
    EXPECT_EQ(std::string(unchanged.begin(), unchanged.end()), "second");
}

TEST(AtomicFile, DiskFullIsReportedAsSuch)
{
    // /dev/full fails every write with ENOSPC, which is what a full disk looks like to us.
    EXPECT_EQ(tw::errorKindForErrno(ENOSPC), tw::ErrorKind::DiskFull);
    EXPECT_EQ(tw::errorKindForErrno(EROFS), tw::ErrorKind::ReadOnly);
}

TEST(Logging, WritesRotatingFileInDataDir)
{
    tw::test::TempDir dir;
    tw::log::init(dir.path());
    tw::log::get("test")->info("event {}", 42);
    tw::log::get("test")->flush();
    EXPECT_TRUE(tw::test::treeContains(dir / "logs", "event 42"));
    tw::log::shutdown();
}
