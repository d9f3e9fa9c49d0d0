// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileStamp.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <ctime>
#include <thread>

namespace tw::workbook::store {
namespace {

// File systems whose change time the kernel sets on every write, also on the first write through
// a shared mapping to a page written out since (values from <linux/magic.h>). Not tmpfs or ramfs:
// a write through a mapping of a file there never sets its times.
constexpr std::array<unsigned long, 4> kTrustedFileSystems{
    0xEF53UL, // ext2, ext3, ext4
    0x58465342UL, // XFS
    0x9123683EUL, // Btrfs
    0xF2F52010UL, // F2FS
};

std::int64_t nanos(const timespec& t)
{
    return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

std::optional<struct stat> statOf(const std::filesystem::path& path)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0) {
        return std::nullopt;
    }
    return st;
}

bool trustedFileSystem(const std::filesystem::path& path)
{
    struct statfs fs = {};
    if (::statfs(path.c_str(), &fs) != 0) {
        return false;
    }
    for (const unsigned long type : kTrustedFileSystems) {
        if (static_cast<unsigned long>(fs.f_type) == type) {
            return true;
        }
    }
    return false;
}

std::int64_t coarseNowNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME_COARSE, &now);
    return nanos(now);
}

} // namespace

std::optional<std::string> FileStamp::of(const std::filesystem::path& database)
{
    const auto file = statOf(database);
    if (!file || !S_ISREG(file->st_mode) || !trustedFileSystem(database)) {
        return std::nullopt;
    }
    // Pages in the journal are part of what SQLite reads, and the file's stamp says nothing of them.
    auto journal = database;
    journal += "-wal";
    if (const auto wal = statOf(journal); wal && wal->st_size != 0) {
        return std::nullopt;
    }
    return "file-v1 " + std::to_string(file->st_dev) + " " + std::to_string(file->st_ino) + " "
        + std::to_string(file->st_size) + " " + std::to_string(nanos(file->st_mtim)) + " "
        + std::to_string(nanos(file->st_ctim));
}

std::optional<std::int64_t> FileStamp::waitPastLastChange(const std::filesystem::path& database)
{
    const auto file = statOf(database);
    if (!file) {
        return std::nullopt;
    }
    const std::int64_t last = nanos(file->st_ctim);
    // One tick is 1-10 ms; a clock set far back by an administrator is not waited for.
    for (int i = 0; i < 50 && coarseNowNs() <= last; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const std::int64_t now = coarseNowNs();
    return now > last ? std::optional(now) : std::nullopt;
}

bool FileStamp::writeOutPages(const std::filesystem::path& database)
{
    // Writing a dirty page out makes every mapping of it read-only again, so the next write through
    // any of them faults, and the fault sets the change time.
    const int fd = ::open(database.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool written = ::fdatasync(fd) == 0;
    ::close(fd);
    return written;
}

bool FileStamp::changedSince(const std::filesystem::path& database, std::int64_t sinceNs)
{
    const auto file = statOf(database);
    return !file || nanos(file->st_ctim) >= sinceNs;
}

} // namespace tw::workbook::store
