// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/Kdf.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace tw::bench {

/** @brief How much use to simulate. The defaults are ten years of a couple's steady use. */
struct TenYearsSpec {
    int days = 3650; ///< one check-in per partner per day: 7,300 check-ins
    int entries = 5000; ///< log records, reflection answers and other answers
    int commitments = 1000;
    int agreements = 200;
    std::uint32_t seed = 20160307;
    /** @brief The content root whose exercises are used; empty: the source tree's content/. */
    std::filesystem::path contentRoot;
    std::int64_t startMs = 1'457'308'800'000; ///< Monday 7 March 2016, 00:00 UTC
    /**
     * Cheap key derivation for the generated key slots. Generation does not measure unlocking,
     * and a workbook made for benchmarks must not take a second per open; bench_workbook measures
     * the shipped Argon2id parameters on their own.
     */
    crypto::KdfParams kdf = crypto::KdfParams::fastForTests();
    /** @brief Called now and then with (done, total) actions, for a progress line. */
    std::function<void(int, int)> progress;
};

/** @brief What was generated, counted as it was written. */
struct TenYearsCounts {
    int checkins = 0;
    int sharedCheckins = 0;
    int entries = 0;
    int sharedEntries = 0;
    int commitments = 0;
    int kept = 0;
    int missed = 0;
    int open = 0;
    int confirmations = 0;
    int agreements = 0;
    int revisions = 0;
    int acceptances = 0;
    std::int64_t endMs = 0; ///< the generated clock when the last action was written
};

/** @brief The couple in a generated workbook. Their passphrases are not secret: it is test data. */
inline constexpr const char* kPartnerA = "Alex";
inline constexpr const char* kPartnerB = "Sam";
inline constexpr const char* kPassphraseA = "alex ten years";
inline constexpr const char* kPassphraseB = "sam ten years";

/**
 * @brief Creates a couple workbook in @p dataDir (which must not hold one) and fills it with ten
 * years of use through the real services (Session, EntryService, AgreementService), with
 * Options::now as the clock: entries carry the dates they would have had. Text is generated from
 * small word banks, so nothing real is in it. Every action is its own committed transaction, as in
 * the app.
 */
TenYearsCounts generateTenYears(const std::filesystem::path& dataDir, const TenYearsSpec& spec = {});

/** @brief Options to open a generated workbook: no daily backup, clock fixed at @p nowMs (0: real clock). */
workbook::Options generatedWorkbookOptions(std::int64_t nowMs = 0);

/** @brief Unlocks a generated workbook as kPartnerA or kPartnerB. */
std::unique_ptr<workbook::Session> unlockGenerated(
    const std::filesystem::path& dataDir, const std::string& name, const workbook::Options& options);

} // namespace tw::bench
