// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Unlock beyond key derivation, with ten years of data: what happens between the passphrase being
// derived and Home being on screen. Three stages, timed separately in each iteration:
//   open       Workbook::unlock with the cheap KDF (the slot file, SQLCipher open, schema check,
//              partners); Argon2id at the shipped strength is bench_workbook's BM_Argon2idModerate
//   curriculum content::loadCurriculum of the shipped English curriculum (the app loads it at start)
//   home       the real HomeView filled for Alex (safety check, reminders, progress, shared entries)
//   lock       closing her session, which checks her rows in the shared file for the next unlock
// Two cases: Alex unlocks again with nobody in between (her rows are not read at unlock, since the
// file is as her lock checked it), and after Sam unlocked and wrote (they are read).
// Each stage's wall time (open_ms, ...) and this thread's CPU time (open_cpu_ms, ...) are counters.
// Run: TW_TENYEARS_DIR=DIR build/ci/bench/launch/bench_unlock (DIR from tw-generate-tenyears, on a
// disk such as /tmp, not /dev/shm; without it a workbook is generated into the temporary folder).
#include "HomeView.h"
#include "TenYears.h"
#include "tw/content/Loader.h"

#include <QApplication>
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// This thread's CPU time: unlike wall time it does not grow when other work (a fuzzer, another
// build) shares the cores, so each stage's cost is visible on a busy machine too.
double cpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct TenYearsDir {
    fs::path dir;
    bool owned = false;
    TenYearsDir()
    {
        if (const char* env = std::getenv("TW_TENYEARS_DIR"); env && *env) {
            dir = env;
            return;
        }
        // On disk, not /dev/shm: the unlock's shortcut needs a file system that keeps change times
        // for mapped writes too, which tmpfs does not (store::FileStamp).
        std::string tmpl = (fs::temp_directory_path() / "trustwork-unlock-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) {
            throw std::runtime_error("cannot create a directory in " + fs::temp_directory_path().string());
        }
        dir = tmpl;
        owned = true;
        tw::bench::generateTenYears(dir);
    }
    ~TenYearsDir()
    {
        if (owned) {
            std::error_code ignored;
            fs::remove_all(dir, ignored);
        }
    }
};

const fs::path& tenYears()
{
    static TenYearsDir d;
    return d.dir;
}

// Who used the workbook between two of Alex's unlocks.
enum class Between {
    Nobody, ///< the same partner again (after a pause or an idle lock, solo, or each on their own computer)
    OtherPartner, ///< Sam unlocked on the same computer and wrote one answer: Alex's rows are read again
};

void unlockToHome(benchmark::State& state, Between between)
{
    const auto options = tw::bench::generatedWorkbookOptions(1'772'800'000'000);
    double open = 0, curriculum = 0, home = 0, lock = 0;
    double openCpu = 0, curriculumCpu = 0, homeCpu = 0, lockCpu = 0;
    int readRows = 0;
    // Alex used this version before: her last lock has checked the file (not timed).
    tw::bench::unlockGenerated(tenYears(), tw::bench::kPartnerA, options).reset();
    for (auto _ : state) {
        if (between == Between::OtherPartner) {
            auto sam = tw::bench::unlockGenerated(tenYears(), tw::bench::kPartnerB, options);
            sam->addEntry({"step2.what-i-need", "answer", tw::workbook::Visibility::Shared, "", "an answer of Sam's"});
        }
        auto start = Clock::now();
        double cpu = cpuMs();
        auto session = tw::bench::unlockGenerated(tenYears(), tw::bench::kPartnerA, options);
        open += msSince(start);
        openCpu += cpuMs() - cpu;
        readRows += session->readMyRowsAtUnlock() ? 1 : 0;

        start = Clock::now();
        cpu = cpuMs();
        const auto loaded = tw::content::loadCurriculum(fs::path(TW_SOURCE_DIR) / "content", "en", {});
        curriculum += msSince(start);
        curriculumCpu += cpuMs() - cpu;

        start = Clock::now();
        cpu = cpuMs();
        tw::app::EditorContext context{*session, loaded.curriculum};
        auto view = std::make_unique<tw::app::HomeView>();
        view->refresh(context, false);
        home += msSince(start);
        homeCpu += cpuMs() - cpu;
        view.reset();

        // The lock checks Alex's rows for the next unlock, off the way to Home.
        start = Clock::now();
        cpu = cpuMs();
        session.reset();
        lock += msSince(start);
        lockCpu += cpuMs() - cpu;
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["open_ms"] = open / n;
    state.counters["curriculum_ms"] = curriculum / n;
    state.counters["home_ms"] = home / n;
    state.counters["lock_ms"] = lock / n;
    state.counters["open_cpu_ms"] = openCpu / n;
    state.counters["curriculum_cpu_ms"] = curriculumCpu / n;
    state.counters["home_cpu_ms"] = homeCpu / n;
    state.counters["lock_cpu_ms"] = lockCpu / n;
    state.counters["unlocks_reading_rows"] = readRows;
}

void BM_UnlockToHomeTenYears(benchmark::State& state)
{
    unlockToHome(state, Between::Nobody);
}
BENCHMARK(BM_UnlockToHomeTenYears)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_UnlockToHomeTenYearsAfterOtherPartner(benchmark::State& state)
{
    unlockToHome(state, Between::OtherPartner);
}
BENCHMARK(BM_UnlockToHomeTenYearsAfterOtherPartner)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::AddCustomContext("workbook", tenYears().string());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
