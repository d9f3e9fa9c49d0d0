// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawTable.h"
#include "WorkbookFixture.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/SafetyService.h"

using namespace tw;
using namespace tw::test;
using workbook::ProgressService;
using workbook::Visibility;

namespace {

const std::vector<std::string> kStart = {"start.how-it-works", "start.safety-check", "start.help-now",
    "start.what-brings-me-here", "start.pause-signal", "start.better-in-three-months"};

} // namespace

class ProgressTest : public CoupleFixture { };

TEST_F(ProgressTest, StartedAndDoneForMeOnlyDoneForThePartner)
{
    auto a = alex();
    ProgressService progress(*a);
    auto p = progress.exercise("start.what-brings-me-here");
    EXPECT_FALSE(p.startedByMe);
    EXPECT_FALSE(p.doneByMe);

    a->addEntry({"start.what-brings-me-here", "answer", Visibility::Private, "", "a first line"});
    p = progress.exercise("start.what-brings-me-here");
    EXPECT_TRUE(p.startedByMe);
    EXPECT_FALSE(p.doneByMe);
    // Started is mine to know: Sam sees "not done", nothing more.
    EXPECT_FALSE(ProgressService(*sam()).exercise("start.what-brings-me-here").doneByPartner);

    progress.markDone("start.what-brings-me-here");
    progress.markDone("start.what-brings-me-here"); // again: no second row
    EXPECT_TRUE(progress.exercise("start.what-brings-me-here").doneByMe);
    {
        auto s = sam();
        ProgressService samProgress(*s);
        const auto seen = samProgress.exercise("start.what-brings-me-here");
        EXPECT_TRUE(seen.doneByPartner);
        EXPECT_FALSE(seen.doneByMe);
        EXPECT_FALSE(seen.startedByMe);
        // The progress row is private: Sam's session lists nothing, so no time of Alex's reaches Sam.
        EXPECT_TRUE(s->entries().empty());
    }
    progress.markNotDone("start.what-brings-me-here");
    EXPECT_FALSE(progress.exercise("start.what-brings-me-here").doneByMe);
    EXPECT_TRUE(progress.exercise("start.what-brings-me-here").startedByMe); // the answer stays
    EXPECT_FALSE(ProgressService(*sam()).exercise("start.what-brings-me-here").doneByPartner);
    progress.markDone("start.what-brings-me-here");
    EXPECT_TRUE(ProgressService(*sam()).exercise("start.what-brings-me-here").doneByPartner);
}

TEST_F(ProgressTest, DoneMarksAreTheDoneBitsOfExerciseWithoutStarted)
{
    const std::string id = "start.what-brings-me-here";
    auto a = alex();
    ProgressService progress(*a);
    a->addEntry({id, "answer", Visibility::Private, "", "started, not done"});
    EXPECT_TRUE(progress.exercise(id).startedByMe);
    auto marks = progress.doneMarks(id);
    EXPECT_FALSE(marks.startedByMe);
    EXPECT_FALSE(marks.doneByMe);
    EXPECT_FALSE(marks.doneByPartner);
    progress.markDone(id);
    EXPECT_TRUE(progress.doneMarks(id).doneByMe);
    ProgressService(*sam()).markDone(id);
    marks = progress.doneMarks(id);
    EXPECT_TRUE(marks.doneByMe);
    EXPECT_TRUE(marks.doneByPartner);
    const auto full = progress.exercise(id);
    EXPECT_EQ(marks.doneByMe, full.doneByMe);
    EXPECT_EQ(marks.doneByPartner, full.doneByPartner);
}

TEST_F(ProgressTest, ModuleCounts)
{
    {
        auto a = alex();
        ProgressService progress(*a);
        progress.markDone("start.how-it-works");
        progress.markDone("start.help-now");
        a->addEntry({"start.what-brings-me-here", "answer", Visibility::Private, "", "started"});
    }
    auto s = sam();
    ProgressService(*s).markDone("start.how-it-works");
    const auto samView = ProgressService(*s).module(kStart);
    EXPECT_EQ(samView.exercises, 6);
    EXPECT_TRUE(samView.hasPartner);
    EXPECT_EQ(samView.doneByMe, 1);
    EXPECT_EQ(samView.startedByMe, 1);
    EXPECT_EQ(samView.doneByPartner, 2);

    const auto alexView = ProgressService(*alex()).module(kStart);
    EXPECT_EQ(alexView.doneByMe, 2);
    EXPECT_EQ(alexView.startedByMe, 3);
    EXPECT_EQ(alexView.doneByPartner, 1);
}

TEST_F(ProgressTest, SafetyCheckIsDoneWhenAnsweredWhateverTheAnswer)
{
    const std::string safety = workbook::SafetyService::kExerciseId;
    {
        auto a = alex();
        ProgressService progress(*a);
        progress.markDone(safety); // ignored: only answering completes it
        EXPECT_FALSE(progress.exercise(safety).doneByMe);
        workbook::SafetyService(*a).record({"afraid"}, {"afraid"});
        EXPECT_TRUE(progress.exercise(safety).doneByMe);
        progress.markNotDone(safety); // ignored too
        EXPECT_TRUE(progress.exercise(safety).doneByMe);
    }
    auto s = sam();
    EXPECT_TRUE(ProgressService(*s).exercise(safety).doneByPartner);
    workbook::SafetyService(*s).record({}, {"afraid"});
    EXPECT_TRUE(ProgressService(*alex()).exercise(safety).doneByPartner);
    // No progress rows were written for it, so nothing else could differ with the answer.
    for (const auto& r : readRaw(dir.path(), "Sam", "sam passphrase").rows) {
        EXPECT_NE(r.kind, ProgressService::kKind);
    }
}

TEST(ProgressSolo, NoPartnerNoPartnerProgress)
{
    TempDir dir;
    auto options = fastOptions();
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Hurt, secret("robin pass")});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
    ProgressService progress(*r);
    progress.markDone("solo.welcome");
    const auto m = progress.module({"solo.welcome", "solo.in-my-control"});
    EXPECT_FALSE(m.hasPartner);
    EXPECT_EQ(m.doneByMe, 1);
    EXPECT_EQ(m.doneByPartner, 0);
}
