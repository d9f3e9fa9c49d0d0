// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The progress features at ten years of use: dashboard, search, PDF export and curriculum load,
// over a workbook generated once per process by bench/generator (or reused from
// $TW_TENYEARS_DIR). Report medians: build/ci/bench/bench_progress --benchmark_repetitions=10
// --benchmark_report_aggregates_only=true (docs/performance.md).
#include "TenYears.h"
#include "tw/content/Loader.h"
#include "tw/crypto/Kdf.h"
#include "tw/export/PdfJournal.h"
#include "tw/workbook/Dashboard.h"
#include "tw/workbook/Journal.h"
#include "tw/workbook/SearchIndex.h"

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

namespace {

using namespace tw;
namespace fs = std::filesystem;

const fs::path kContent = fs::path(TW_SOURCE_DIR) / "content";

fs::path makeTempDir(const fs::path& base)
{
    std::string tmpl = (base / "trustwork-progress-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        throw std::runtime_error("cannot create a work directory in " + base.string());
    }
    return tmpl;
}

/** @brief The generated workbook and everything the benchmarks share; made once per process. */
struct World {
    fs::path dataDir;
    fs::path outDir; ///< PDFs go to a real disk beside the executable: their fsync is part of the cost
    bool ownsDataDir = false;
    bench::TenYearsCounts counts;
    double generationSeconds = 0;
    content::Curriculum curriculum;
    workbook::DashboardSources sources;
    workbook::Options options;

    World()
    {
        curriculum = content::loadCurriculum(kContent, "en", {}).curriculum;
        sources = workbook::dashboardSourcesFor(curriculum);
        if (const char* env = std::getenv("TW_TENYEARS_DIR"); env && *env) {
            dataDir = env; // made earlier by tw-generate-tenyears
        } else {
            // Generation commits ~16,000 transactions; on a tmpfs their fsyncs cost nothing, and the
            // read benchmarks below are served from the page cache on any file system once warm.
            const fs::path shm("/dev/shm");
            dataDir = makeTempDir(
                fs::is_directory(shm) && ::access("/dev/shm", W_OK) == 0 ? shm : fs::temp_directory_path());
            ownsDataDir = true;
            const auto start = std::chrono::steady_clock::now();
            counts = bench::generateTenYears(dataDir);
            generationSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        }
        outDir = makeTempDir(fs::canonical("/proc/self/exe").parent_path());
        // "Today" is the day after the generated decade ends, so reminders and records are current.
        const std::int64_t end = counts.endMs != 0 ? counts.endMs : 1'772'000'000'000;
        options = bench::generatedWorkbookOptions(end + 24LL * 3600 * 1000);
    }
    ~World()
    {
        std::error_code ignored;
        if (ownsDataDir) {
            fs::remove_all(dataDir, ignored);
        }
        fs::remove_all(outDir, ignored);
    }
    std::unique_ptr<workbook::Session> unlock() const
    {
        return bench::unlockGenerated(dataDir, bench::kPartnerA, options);
    }
};

World& world()
{
    static World w;
    return w;
}

// The progress view as it opens: one pass over an unlocked session. Key derivation is not in it.
void BM_DashboardLoad(benchmark::State& state)
{
    auto& w = world();
    auto session = w.unlock();
    workbook::DashboardService service(*session);
    std::size_t points = 0;
    for (auto _ : state) {
        // Not const: Google Benchmark 1.9 (Debian 13) deprecates DoNotOptimize on a const reference.
        auto d = service.load(w.sources, {});
        points = d.myTrend.points.size();
        benchmark::DoNotOptimize(d);
    }
    state.counters["trend_weeks"] = static_cast<double>(points);
}
BENCHMARK(BM_DashboardLoad)->Unit(benchmark::kMillisecond);

// One autosave of my newest check-in, in an exercise that holds ten years of them (on a copy of the
// workbook, so the other benchmarks read the generated data unchanged). On /dev/shm the fsync is
// free: this is the CPU of a save, which must not grow with the years in the same exercise.
void BM_AutosaveCheckinTenYears(benchmark::State& state)
{
    auto& w = world();
    const fs::path copy = makeTempDir(w.dataDir.parent_path());
    fs::copy(w.dataDir, copy, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    {
        auto session = bench::unlockGenerated(copy, bench::kPartnerA, w.options);
        const auto newest = session->entries({.exerciseId = "step4.trust-thermometer",
            .kind = "checkin",
            .authorId = session->me().id,
            .newestFirst = true,
            .limit = 1});
        if (newest.empty()) {
            state.SkipWithError("no check-in in the generated workbook");
        } else {
            // Two versions of the same answer in turn (JSON allows the trailing space), so each
            // save really changes the row.
            const std::string bodies[2] = {newest.front().body, newest.front().body + " "};
            int i = 0;
            for (auto _ : state) {
                session->updateEntry(newest.front().id, bodies[++i % 2]);
            }
        }
    }
    std::error_code ignored;
    fs::remove_all(copy, ignored);
}
BENCHMARK(BM_AutosaveCheckinTenYears)->Unit(benchmark::kMillisecond);

// Unlock plus the dashboard. The generated slots use cheap key derivation (fastForTests), so this
// is everything unlocking costs except Argon2id at the shipped strength, which bench_workbook's
// BM_Argon2idModerate measures on its own; BM_CheapKdf below shows what the cheap one adds here.
void BM_UnlockAndDashboard(benchmark::State& state)
{
    auto& w = world();
    for (auto _ : state) {
        auto session = w.unlock();
        benchmark::DoNotOptimize(workbook::DashboardService(*session).load(w.sources, {}));
    }
}
BENCHMARK(BM_UnlockAndDashboard)->Unit(benchmark::kMillisecond);

void BM_CheapKdf(benchmark::State& state)
{
    const auto pass = crypto::SecretBytes::fromString(bench::kPassphraseA);
    const std::vector<std::uint8_t> salt(16, 7);
    for (auto _ : state) {
        benchmark::DoNotOptimize(crypto::deriveKey(pass, salt, crypto::KdfParams::fastForTests()));
    }
}
BENCHMARK(BM_CheapKdf)->Unit(benchmark::kMillisecond);

// Decrypting everything Alex may read into the in-memory index, as after each unlock.
void BM_SearchReload(benchmark::State& state)
{
    auto session = world().unlock();
    workbook::SearchIndex index;
    for (auto _ : state) {
        index.reload(*session);
    }
    state.counters["items"] = static_cast<double>(index.size());
}
BENCHMARK(BM_SearchReload)->Unit(benchmark::kMillisecond);

// One query as the user types it: a common phrase, a rarer pair of words, and a miss.
void BM_SearchFind(benchmark::State& state)
{
    static const char* const queries[] = {"late meeting", "bank statement honest", "zebra"};
    auto session = world().unlock();
    workbook::SearchIndex index;
    index.reload(*session);
    const char* query = queries[state.range(0)];
    std::size_t hits = 0;
    for (auto _ : state) {
        auto found = index.find(query);
        hits = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.SetLabel(query);
    state.counters["hits"] = static_cast<double>(hits);
}
BENCHMARK(BM_SearchFind)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// Gathering what an export holds: every readable entry, decrypted and ordered, plus the dashboard.
void BM_CollectJournal(benchmark::State& state)
{
    auto& w = world();
    auto session = w.unlock();
    std::size_t entries = 0;
    for (auto _ : state) {
        auto journal = workbook::collectJournal(*session, w.curriculum, w.sources, {});
        entries = journal.entries.size();
        benchmark::DoNotOptimize(journal);
    }
    state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_CollectJournal)->Unit(benchmark::kMillisecond);

/** @brief The journal cut to its newest @p keep entries, module order kept. */
workbook::Journal newest(const workbook::Journal& full, std::size_t keep)
{
    std::vector<std::int64_t> times;
    for (const auto& e : full.entries) {
        times.push_back(e.entry.createdAt);
    }
    std::sort(times.begin(), times.end(), std::greater<>());
    const std::int64_t cutoff = keep < times.size() ? times[keep - 1] : 0;
    workbook::Journal cut = full;
    cut.entries.clear();
    for (const auto& e : full.entries) {
        if (e.entry.createdAt >= cutoff) {
            cut.entries.push_back(e);
        }
    }
    return cut;
}

/** @brief The newest entries that fill about 100 pages, found once by measuring a sample. */
const workbook::Journal& hundredPageJournal()
{
    static const workbook::Journal journal = [] {
        auto& w = world();
        auto session = w.unlock();
        const auto full = workbook::collectJournal(*session, w.curriculum, w.sources, {});
        std::size_t keep = 400;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const int pages = exporting::writePdfJournal(newest(full, keep), w.outDir / "calibrate.pdf");
            if (pages >= 95 && pages <= 105) {
                break;
            }
            keep = std::max<std::size_t>(1, keep * 100 / static_cast<std::size_t>(std::max(pages, 1)));
        }
        return newest(full, keep);
    }();
    return journal;
}

// Layout, drawing and the atomic write of a ~100-page PDF. Without a Qt application in the
// process (as in trustwork-cli), each export also starts and stops an offscreen QGuiApplication.
void BM_PdfExport100Pages(benchmark::State& state)
{
    const auto& journal = hundredPageJournal();
    const auto out = world().outDir / "journal.pdf";
    int pages = 0;
    for (auto _ : state) {
        pages = exporting::writePdfJournal(journal, out);
    }
    state.counters["pages"] = pages;
    state.counters["entries"] = static_cast<double>(journal.entries.size());
    state.counters["bytes"] = static_cast<double>(fs::file_size(out));
}
BENCHMARK(BM_PdfExport100Pages)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_CurriculumLoad(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(content::loadCurriculum(kContent, "en", {}));
    }
}
BENCHMARK(BM_CurriculumLoad)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    const auto& w = world();
    const auto& c = w.counts;
    benchmark::AddCustomContext("workbook", w.dataDir.string());
    if (w.ownsDataDir) {
        benchmark::AddCustomContext("generated",
            std::to_string(c.checkins) + " check-ins, " + std::to_string(c.entries) + " entries, "
                + std::to_string(c.commitments) + " commitments, " + std::to_string(c.agreements) + " agreements in "
                + std::to_string(w.generationSeconds) + " s");
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
