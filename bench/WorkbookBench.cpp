// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Aead.h"
#include "tw/crypto/Kdf.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace {

std::filesystem::path tempDir()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "trustwork-bench-XXXXXX").string();
    return ::mkdtemp(tmpl.data());
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

// One autosave: a sealed update committed at synchronous=FULL.
void BM_AutosaveCommit(benchmark::State& state)
{
    const auto dir = tempDir();
    tw::workbook::Options options;
    options.kdf = tw::crypto::KdfParams::fastForTests();
    std::vector<tw::workbook::NewPartner> one;
    one.push_back({"Alex", tw::workbook::Role::Hurt, tw::crypto::SecretBytes::fromString("p")});
    tw::workbook::Workbook::create(dir, std::move(one), options);
    auto session = tw::workbook::Workbook::unlock(dir, "Alex", tw::crypto::SecretBytes::fromString("p"), options);
    const auto id = session->addEntry({"x", "answer", tw::workbook::Visibility::Private, "", "start"});
    const std::string text(2000, 'w');
    for (auto _ : state) {
        session->updateEntry(id, text);
    }
    session.reset();
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_AutosaveCommit)->Unit(benchmark::kMillisecond);

// The floor for the above: the same number of bytes written and fsynced to the same disk.
void BM_BareWriteFsync(benchmark::State& state)
{
    const auto dir = tempDir();
    const auto file = dir / "floor";
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT, 0600);
    const std::string text(2000, 'w');
    for (auto _ : state) {
        (void)!::pwrite(fd, text.data(), text.size(), 0);
        ::fsync(fd);
    }
    ::close(fd);
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_BareWriteFsync)->Unit(benchmark::kMillisecond);

} // namespace
