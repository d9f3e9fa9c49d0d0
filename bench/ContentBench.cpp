// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Curriculum load and validation through the real loader (schema, model checks, references) on
// the shipped content/curriculum/en. The floor is reading and parsing the same files as JSON and
// nothing else, measured in the same run. Run: build/ci/bench/bench_content
#include "tw/content/Loader.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

const std::filesystem::path kRoot = std::filesystem::path(TW_SOURCE_DIR) / "content";

std::vector<std::filesystem::path> moduleFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(kRoot / "curriculum" / "en")) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    return files;
}

// The floor: what any loader of these files must do at least.
void BM_ParseCurriculumJsonOnly(benchmark::State& state)
{
    const auto files = moduleFiles();
    for (auto _ : state) {
        for (const auto& file : files) {
            std::ifstream in(file);
            std::stringstream text;
            text << in.rdbuf();
            benchmark::DoNotOptimize(nlohmann::json::parse(text.str()));
        }
    }
}
BENCHMARK(BM_ParseCurriculumJsonOnly)->Unit(benchmark::kMillisecond);

// What the app does at every start, before its first window.
void BM_LoadCurriculum(benchmark::State& state)
{
    std::size_t modules = 0;
    for (auto _ : state) {
        auto result = tw::content::loadCurriculum(kRoot, "en", {});
        modules = result.curriculum.modules.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["modules"] = static_cast<double>(modules);
}
BENCHMARK(BM_LoadCurriculum)->Unit(benchmark::kMillisecond);

// What `trustwork-cli content validate content/curriculum/en` does.
void BM_ValidateCurriculum(benchmark::State& state)
{
    const auto schema = kRoot / "schema" / "curriculum.schema.json";
    for (auto _ : state) {
        auto problems = tw::content::validateFiles({kRoot / "curriculum" / "en"}, schema);
        if (!problems.empty()) {
            state.SkipWithError("the shipped curriculum has problems");
        }
        benchmark::DoNotOptimize(problems);
    }
}
BENCHMARK(BM_ValidateCurriculum)->Unit(benchmark::kMillisecond);

} // namespace
