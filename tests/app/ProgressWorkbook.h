// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"

#include <QDateTime>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace tw::test {

/**
 * @brief Alex and Sam with three weeks of known step 4 data (February 2026), written through the
 * real services with a settable clock, then a real main window. Every moment is midday UTC on a
 * weekday, so the weeks are the same under any local UTC offset up to twelve hours.
 *
 * Alex: check-ins trust 4 (shared) and 6 (private) in the week of 2 Feb, 7 (private) in the week of
 * 9 Feb; commitments due 5 Feb kept, 6 Feb missed, 10 Feb open (overdue by "today", 20 Feb),
 * 19 Feb kept; two trigger logs. Sam: check-ins 8 (shared) week of 2 Feb, 2 and 9 (private, with
 * a canary) later; commitments due 4 Feb kept (shared) and 12 Feb kept (private); a shared trigger
 * log of his own. One agreement in force (proposed by Alex, accepted by Sam), one waiting.
 */
struct ProgressWorkbook : ::testing::Test {
    static constexpr const char* kCheckin = "step4.trust-thermometer";
    static constexpr const char* kPromises = "step4.small-promises";
    static constexpr const char* kTriggers = "step3.trigger-log";
    static constexpr const char* kAgreement = "step2.transparency";
    static constexpr const char* kSamCanary = "CANARY-sam-private";

    TempDir dir;
    workbook::Options options;
    std::int64_t clock = 0;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;

    /** @brief Moves the clock to @p day (February 2026) at 12:00 UTC. */
    void at(int day) { clock = QDateTime(QDate(2026, 2, day), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch(); }

    static std::string checkin(int trust, const std::string& note = "")
    {
        return nlohmann::json{{"trust", trust}, {"connected", 5}, {"appreciation", ""}, {"note", note}}.dump();
    }

    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        options.dailyBackup = false;
        options.now = [this] { return clock += 1000; };
        at(1);
        createCouple(dir.path(), options);
        using workbook::CommitmentOutcome;
        using workbook::Visibility;
        {
            auto alex = unlockPartner(dir.path(), "Alex", options);
            workbook::EntryService entries(*alex);
            at(4);
            entries.addCheckin(kCheckin, checkin(4), Visibility::Shared);
            at(6);
            entries.addCheckin(kCheckin, checkin(6));
            at(11);
            entries.addCheckin(kCheckin, checkin(7));
            at(2);
            entries.markOutcome(
                entries.addCommitment(kPromises, "Walk after dinner", "2026-02-05"), CommitmentOutcome::Kept);
            entries.markOutcome(
                entries.addCommitment(kPromises, "Cook on Friday", "2026-02-06"), CommitmentOutcome::Missed);
            entries.addCommitment(kPromises, "Call the counsellor", "2026-02-10");
            at(16);
            entries.markOutcome(entries.addCommitment(kPromises, "Plan Sunday", "2026-02-19"), CommitmentOutcome::Kept);
            at(3);
            entries.addLog(kTriggers, R"({"situation":"late message","intensity":6})");
            at(10);
            entries.addLog(kTriggers, R"({"situation":"old song","intensity":8})");
            workbook::AgreementService agreements(*alex);
            agreements.propose(kAgreement, areaOf(kAgreement), "We share our calendars on Sundays.");
            agreements.propose(kAgreement, areaOf(kAgreement), "We leave phones unlocked at home.");
            workbook::ProgressService progress(*alex);
            progress.markDone("step1.why-acknowledge");
            progress.markDone("step1.impact-letter");
        }
        {
            auto sam = unlockPartner(dir.path(), "Sam", options);
            workbook::EntryService entries(*sam);
            at(4);
            entries.addCheckin(kCheckin, checkin(8), Visibility::Shared);
            at(11);
            entries.addCheckin(kCheckin, checkin(2, kSamCanary));
            at(18);
            entries.addCheckin(kCheckin, checkin(9, kSamCanary));
            at(2);
            entries.markOutcome(entries.addCommitment(kPromises, "Phone when late", "2026-02-04", Visibility::Shared),
                CommitmentOutcome::Kept);
            entries.markOutcome(entries.addCommitment(kPromises, kSamCanary, "2026-02-12"), CommitmentOutcome::Kept);
            at(5);
            entries.addLog(kTriggers, R"({"situation":"shared by Sam","intensity":3})", Visibility::Shared);
            workbook::AgreementService agreements(*sam);
            const auto items = agreements.items(kAgreement);
            agreements.accept(items.front().id, items.front().revision);
            workbook::ProgressService(*sam).markDone("step1.why-acknowledge");
        }
        at(20);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), options);
        window = std::make_unique<app::MainWindow>(*context, curriculum());
        window->show();
    }

    static std::string areaOf(const std::string& exerciseId)
    {
        return curriculum().findExercise(exerciseId)->areas.front().id;
    }

    void openAs(const std::string& name)
    {
        context->lock();
        context->setSession(std::shared_ptr<workbook::Session>(unlockPartner(dir.path(), name, options)));
    }
};

} // namespace tw::test
