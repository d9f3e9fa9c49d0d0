// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessIo.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Kdf.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Commit latency depends on the disk, so the work directory is on a real one: $TW_BENCH_DIR, or
// beside this executable in the build tree (never the system temp dir, which may be a tmpfs).
std::filesystem::path benchDir()
{
    std::filesystem::path base;
    if (const char* env = std::getenv("TW_BENCH_DIR"); env && *env) {
        base = env;
    } else {
        base = std::filesystem::canonical("/proc/self/exe").parent_path();
    }
    std::string tmpl = (base / "trustwork-bench-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        throw std::runtime_error("cannot create a work directory in " + base.string());
    }
    return tmpl;
}

std::string fileSystemOf(const std::filesystem::path& dir)
{
    struct statfs fs = {};
    if (::statfs(dir.c_str(), &fs) != 0) {
        return "unknown";
    }
    switch (fs.f_type) {
    case TMPFS_MAGIC:
        return "tmpfs (NOT a real disk)";
    case EXT4_SUPER_MAGIC:
        return "ext2/3/4";
    case BTRFS_SUPER_MAGIC:
        return "btrfs";
    case XFS_SUPER_MAGIC:
        return "xfs";
    case OVERLAYFS_SUPER_MAGIC:
        return "overlayfs";
    default:
        return "fs type 0x" + std::to_string(fs.f_type);
    }
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The real cost a user pays at unlock, with the shipped parameters.
void BM_Argon2idModerate(benchmark::State& state)
{
    const auto pass = tw::crypto::SecretBytes::fromString("a reasonable passphrase");
    const std::vector<std::uint8_t> salt(16, 7);
    for (auto _ : state) {
        benchmark::DoNotOptimize(tw::crypto::deriveKey(pass, salt, tw::crypto::KdfParams::moderate()));
    }
}
BENCHMARK(BM_Argon2idModerate)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SealEntry(benchmark::State& state)
{
    const auto key = tw::crypto::SecretBytes::random(32);
    const std::string text(static_cast<std::size_t>(state.range(0)), 'w');
    for (auto _ : state) {
        benchmark::DoNotOptimize(tw::crypto::seal(key, tw::crypto::asBytes(text), "entry|id|author|kind"));
    }
}
BENCHMARK(BM_SealEntry)->Arg(200)->Arg(4000);

/**
 * One autosave (a sealed 2,000-character update committed at synchronous=FULL) against its floor:
 * one write of the same number of bytes plus fsync, to a file in the same directory. The two
 * alternate within each iteration, so both see the same disk at the same moment; the counters
 * are the p50 and p99 of each, in milliseconds, and the ratio of the p50s.
 *
 * The floor writes the way the commit did: at the end of a growing file when the commit made the
 * WAL longer, within a file of unchanged size when it did not. Every session starts with no WAL
 * (it is folded into the store at lock) and grows it for its first thousand pages, and an fsync
 * that also records a new file size costs more than one that does not: a floor that never grew
 * would compare an autosave's commit early in a session with the cheaper kind of write.
 */
// The private store's WAL beside it (the only one in the bench's workbook that autosaves write).
std::filesystem::path walOf(const std::filesystem::path& dir)
{
    for (const auto& item : std::filesystem::directory_iterator(dir / "private")) {
        if (item.path().string().ends_with(".db-wal")) {
            return item.path();
        }
    }
    throw std::runtime_error("no WAL beside the private store in " + dir.string());
}

std::uintmax_t sizeOf(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    return ec ? 0 : size;
}

void BM_AutosaveCommitVsFsync(benchmark::State& state)
{
    const auto dir = benchDir();
    tw::workbook::Options options;
    options.kdf = tw::crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    std::vector<tw::workbook::NewPartner> one;
    one.push_back({"Alex", tw::workbook::Role::Hurt, tw::crypto::SecretBytes::fromString("p")});
    tw::workbook::Workbook::create(dir, std::move(one), options);
    auto session = tw::workbook::Workbook::unlock(dir, "Alex", tw::crypto::SecretBytes::fromString("p"), options);
    const auto id = session->addEntry({"x", "answer", tw::workbook::Visibility::Private, "", "start"});
    std::string text(2000, 'w');

    // How many bytes one commit writes, measured, so the floor writes exactly as many.
    constexpr int kProbe = 50;
    const long long before = tw::test::bytesWrittenByThisProcess();
    for (int i = 0; i < kProbe; ++i) {
        text[0] = static_cast<char>('a' + i % 26);
        session->updateEntry(id, text);
    }
    const auto perCommit = static_cast<std::size_t>((tw::test::bytesWrittenByThisProcess() - before) / kProbe);

    // One floor file filled first, as a WAL in steady state is (later writes change no size), and
    // one that grows as a WAL does early in a session.
    constexpr std::size_t kFloorSpan = 4 << 20;
    const int fd = ::open((dir / "floor").c_str(), O_WRONLY | O_CREAT, 0600);
    const std::vector<char> fill(kFloorSpan, 'f');
    (void)!::pwrite(fd, fill.data(), fill.size(), 0);
    ::fsync(fd);
    const int growingFd = ::open((dir / "floor-growing").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::fsync(growingFd);
    const std::vector<char> block(perCommit, 'w');
    std::size_t offset = 0;
    std::size_t growingEnd = 0;
    const auto wal = walOf(dir);

    std::vector<double> commits, floors;
    std::vector<bool> grewAt;
    int grew = 0;
    for (auto _ : state) {
        text[0] = static_cast<char>('a' + commits.size() % 26);
        const auto walBefore = sizeOf(wal);
        auto start = Clock::now();
        session->updateEntry(id, text);
        commits.push_back(millisSince(start));
        const bool growing = sizeOf(wal) > walBefore;
        grew += growing ? 1 : 0;
        grewAt.push_back(growing);

        start = Clock::now();
        if (growing) {
            (void)!::pwrite(growingFd, block.data(), block.size(), static_cast<off_t>(growingEnd));
            ::fsync(growingFd);
        } else {
            (void)!::pwrite(fd, block.data(), block.size(), static_cast<off_t>(offset));
            ::fsync(fd);
        }
        floors.push_back(millisSince(start));
        if (growing) {
            growingEnd += block.size();
        } else {
            offset = (offset + block.size()) % (kFloorSpan - block.size());
        }
    }
    ::close(fd);
    ::close(growingFd);
    state.counters["wal_grew_share"] = static_cast<double>(grew) / static_cast<double>(commits.size());
    session.reset();
    std::filesystem::remove_all(dir);

    state.counters["bytes_per_commit"] = static_cast<double>(perCommit);
    state.counters["commit_p50_ms"] = percentile(commits, 0.50);
    state.counters["commit_p99_ms"] = percentile(commits, 0.99);
    state.counters["fsync_p50_ms"] = percentile(floors, 0.50);
    state.counters["fsync_p99_ms"] = percentile(floors, 0.99);
    state.counters["ratio_p50"] = percentile(commits, 0.50) / percentile(floors, 0.50);
    state.counters["ratio_p99"] = percentile(commits, 0.99) / percentile(floors, 0.99);
    // The same ratio within each kind of write, where there were enough of it to have a median.
    for (const bool growing : {true, false}) {
        std::vector<double> c, f;
        for (std::size_t i = 0; i < commits.size(); ++i) {
            if (grewAt[i] == growing) {
                c.push_back(commits[i]);
                f.push_back(floors[i]);
            }
        }
        if (c.size() >= 50) {
            state.counters[growing ? "ratio_p50_growing" : "ratio_p50_steady"]
                = percentile(c, 0.50) / percentile(f, 0.50);
        }
    }
    state.SetLabel(fileSystemOf(dir.parent_path()));
}
BENCHMARK(BM_AutosaveCommitVsFsync)->Unit(benchmark::kMillisecond)->Iterations(1000);

} // namespace
