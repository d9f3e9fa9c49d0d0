// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two devices (issue 20) over ten years of a couple's use (bench/generator): a new device taking in
// everything, and one session's changes published. Run: build/ci/bench/bench_sync (performance.md).
#include "TenYears.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <benchmark/benchmark.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>

using namespace tw;
namespace fs = std::filesystem;

namespace {

fs::path makeTempDir(const fs::path& base)
{
    std::string tmpl = (base / "trustwork-sync-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        throw std::runtime_error("cannot create a work directory in " + base.string());
    }
    return tmpl;
}

fs::path scratch()
{
    const fs::path shm("/dev/shm");
    return fs::is_directory(shm) && ::access("/dev/shm", W_OK) == 0 ? shm : fs::temp_directory_path();
}

/** The generated workbook, published by both partners into a folder once per process. */
struct World {
    fs::path root = makeTempDir(scratch());
    fs::path dataDir = root / "desktop";
    fs::path folder = root / "folder";
    workbook::Options options;
    double publishAllSeconds = 0;
    std::uintmax_t folderBytes = 0;

    World()
    {
        const auto counts = bench::generateTenYears(dataDir);
        options = bench::generatedWorkbookOptions(counts.endMs + 24LL * 3600 * 1000);
        const auto start = std::chrono::steady_clock::now();
        for (const char* name : {bench::kPartnerA, bench::kPartnerB}) {
            auto s = bench::unlockGenerated(dataDir, name, options);
            workbook::SyncFolder(folder).sync(*s);
        }
        publishAllSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        for (const auto& e : fs::recursive_directory_iterator(folder)) {
            if (e.is_regular_file()) {
                folderBytes += e.file_size();
            }
        }
    }
    ~World()
    {
        std::error_code ignored;
        fs::remove_all(root, ignored);
    }
};

World& world()
{
    static World w;
    return w;
}

// A laptop joins: every row of ten years arrives as change files and is checked and merged.
void BM_JoinTenYears(benchmark::State& state)
{
    auto& w = world();
    std::size_t entries = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const fs::path work = makeTempDir(w.root);
        fs::copy(w.folder, work / "folder", fs::copy_options::recursive);
        state.ResumeTiming();
        auto session = workbook::SyncFolder(work / "folder")
                           .join(work / "laptop", bench::kPartnerA,
                               crypto::SecretBytes::fromString(bench::kPassphraseA), w.options);
        state.PauseTiming();
        entries = session->entries().size();
        session.reset();
        fs::remove_all(work);
        state.ResumeTiming();
    }
    state.counters["entries"] = static_cast<double>(entries);
    state.counters["folder_MiB"] = static_cast<double>(w.folderBytes) / (1024.0 * 1024.0);
    state.counters["publish_all_s"] = w.publishAllSeconds;
}
BENCHMARK(BM_JoinTenYears)->Unit(benchmark::kSecond)->Iterations(2)->UseRealTime();

// One evening's session on a workbook ten years old: a check-in, three answers, each edited a few
// times, then the sync at lock publishes them as one change file.
void BM_PublishOneSession(benchmark::State& state)
{
    auto& w = world();
    const fs::path work = makeTempDir(w.root);
    fs::copy(w.dataDir, work / "desktop", fs::copy_options::recursive);
    fs::copy(w.folder, work / "folder", fs::copy_options::recursive);
    auto session = bench::unlockGenerated(work / "desktop", bench::kPartnerA, w.options);
    workbook::SyncFolder folder(work / "folder");
    folder.sync(*session);
    for (auto _ : state) {
        state.PauseTiming();
        for (int i = 0; i < 4; ++i) {
            const auto id = session->addEntry({"step1.impact-letter", "answer", workbook::Visibility::Private, "",
                "an evening's words, first draft"});
            for (int edit = 0; edit < 5; ++edit) {
                session->updateEntry(id, "an evening's words, edit " + std::to_string(edit));
            }
        }
        state.ResumeTiming();
        workbook::SyncReport report;
        folder.publish(*session, report);
        benchmark::DoNotOptimize(report);
    }
    session.reset();
    std::error_code ignored;
    fs::remove_all(work, ignored);
}
BENCHMARK(BM_PublishOneSession)->Unit(benchmark::kMillisecond)->Iterations(20)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
