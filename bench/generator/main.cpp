// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// tw-generate-tenyears: writes ten years of a made-up couple's use into a new workbook, for
// benchmarks and for trying the progress view and exports with a lot of data.
#include "TenYears.h"
#include "tw/base/Error.h"
#include "tw/content/Loader.h"
#include "tw/export/PdfJournal.h"
#include "tw/workbook/Journal.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>

namespace {

constexpr const char* kUsage
    = R"(Usage: tw-generate-tenyears --data-dir DIR [--seed N] [--quiet] [--pdf FILE [--pdf-entries N]]

Creates a couple workbook in DIR (which must not hold one yet) and fills it with ten years of
generated use through the real workbook services: 7,300 check-ins, 5,000 entries, 1,000
commitments and 200 agreements with revisions and acceptances; some shared, most private.
The text is generated from word banks; nothing real is in it.

The partners are Alex (passphrase "alex ten years") and Sam ("sam ten years"). Their key slots
use cheap key derivation (KdfParams::fastForTests): this is test data, and benchmarks of opening
it measure the workbook, not Argon2id.

--pdf FILE exports Alex's journal afterwards (the newest N entries, default 120), to look at.
)";

/** @brief A whole non-negative number, or nullopt for anything else. */
std::optional<unsigned long> count(const char* text)
{
    unsigned long value = 0;
    const char* end = text + std::strlen(text);
    const auto [at, error] = std::from_chars(text, end, value);
    return error == std::errc() && at == end ? std::optional<unsigned long>(value) : std::nullopt;
}

/** @brief Alex's journal cut to the newest @p keep entries (module order kept), as a PDF. */
int exportSample(const std::string& dataDir, const std::string& pdf, std::size_t keep, std::int64_t endMs)
{
    const auto curriculum
        = tw::content::loadCurriculum(std::filesystem::path(TW_SOURCE_DIR) / "content", "en", {}).curriculum;
    auto session
        = tw::bench::unlockGenerated(dataDir, tw::bench::kPartnerA, tw::bench::generatedWorkbookOptions(endMs));
    auto journal
        = tw::workbook::collectJournal(*session, curriculum, tw::workbook::dashboardSourcesFor(curriculum), {});
    std::vector<std::int64_t> times;
    for (const auto& e : journal.entries) {
        times.push_back(e.entry.createdAt);
    }
    std::sort(times.begin(), times.end(), std::greater<>());
    const std::int64_t cutoff = keep < times.size() ? times[keep - 1] : 0;
    std::erase_if(journal.entries, [cutoff](const auto& e) { return e.entry.createdAt < cutoff; });
    return tw::exporting::writePdfJournal(journal, pdf);
}

} // namespace

int main(int argc, char** argv)
{
    std::string dataDir;
    tw::bench::TenYearsSpec spec;
    bool quiet = false;
    std::string pdf;
    std::size_t pdfEntries = 120;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--data-dir" && i + 1 < argc) {
            dataDir = argv[++i];
        } else if (arg == "--seed" && i + 1 < argc) {
            const auto seed = count(argv[++i]);
            if (!seed) {
                std::cerr << "--seed takes a whole number.\n";
                return 2;
            }
            spec.seed = static_cast<std::uint32_t>(*seed);
        } else if (arg == "--pdf" && i + 1 < argc) {
            pdf = argv[++i];
        } else if (arg == "--pdf-entries" && i + 1 < argc) {
            const auto n = count(argv[++i]);
            if (!n || *n == 0) {
                std::cerr << "--pdf-entries takes a whole number above 0.\n";
                return 2;
            }
            pdfEntries = *n;
        } else if (arg == "--quiet") {
            quiet = true;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else {
            std::cerr << "Unknown or incomplete option: " << arg << "\n\n" << kUsage;
            return 2;
        }
    }
    if (dataDir.empty()) {
        std::cerr << "Name the folder for the new workbook with --data-dir DIR.\n\n" << kUsage;
        return 2;
    }
    if (!quiet) {
        spec.progress = [](int done, int total) { std::fprintf(stderr, "\r%d of about %d actions", done, total); };
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        const auto c = tw::bench::generateTenYears(dataDir, spec);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        if (!quiet) {
            std::fprintf(stderr, "\n");
        }
        std::printf("check-ins %d (%d shared), entries %d (%d shared), commitments %d (kept %d, missed %d, open %d, "
                    "confirmed %d), agreements %d (revisions %d, acceptances %d)\n",
            c.checkins, c.sharedCheckins, c.entries, c.sharedEntries, c.commitments, c.kept, c.missed, c.open,
            c.confirmations, c.agreements, c.revisions, c.acceptances);
        std::printf("generated in %.1f s into %s\n", took.count(), dataDir.c_str());
        if (!pdf.empty()) {
            const int pages = exportSample(dataDir, pdf, pdfEntries, c.endMs);
            std::printf("exported %d pages to %s\n", pages, pdf.c_str());
        }
        return 0;
    } catch (const tw::Error& e) {
        std::cerr << "tw-generate-tenyears: " << e.what() << "\n";
        return 1;
    }
}
