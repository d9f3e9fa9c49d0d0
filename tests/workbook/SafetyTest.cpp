// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawTable.h"
#include "WorkbookFixture.h"
#include "tw/base/Logging.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/SafetyService.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

using namespace tw;
using namespace tw::test;
using workbook::SafetyService;

namespace {

// The concern items of the default check (content/curriculum/en/start.json).
const std::vector<std::string> kConcerns = {"afraid", "threats", "self-harm-threat", "hurt", "forced", "money", "phone",
    "movements", "saying-no", "walking-on-eggshells", "workbook-access", "own-safety", "own-behaviour"};

std::unique_ptr<workbook::Session> open(const TempDir& dir, const char* name, const char* passphrase)
{
    return workbook::Workbook::unlock(dir.path(), name, secret(passphrase), fastOptions());
}

void createCouple(const TempDir& dir)
{
    std::vector<workbook::NewPartner> partners;
    partners.push_back({"Alex", workbook::Role::Hurt, secret("alex passphrase")});
    partners.push_back({"Sam", workbook::Role::Involved, secret("sam passphrase")});
    workbook::Workbook::create(dir.path(), std::move(partners), fastOptions());
}

/** Log lines with times and ids blanked: what remains is what the log says about events. */
std::vector<std::string> logEvents(const std::filesystem::path& dataDir)
{
    std::ifstream in(dataDir / "logs" / "trustwork.log");
    const std::regex time(R"(^\[[^\]]*\])");
    const std::regex id(
        R"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{16,})");
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        out.push_back(std::regex_replace(std::regex_replace(line, time, "[time]"), id, "<id>"));
    }
    return out;
}

/** Everything Sam can find out about Alex's safety check, through the app or around it. */
std::vector<std::string> observeAsSam(const TempDir& dir)
{
    auto s = open(dir, "Sam", "sam passphrase");
    const std::string alexId = s->otherPartner()->id;
    std::vector<std::string> seen;
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    for (const auto& r : raw.rows) {
        std::ostringstream shape;
        shape << "row " << (r.author == alexId ? "alex " : "sam ") << r.exerciseId << " " << r.kind << " "
              << r.visibility << " parent=" << r.parentId << " bytes=" << r.body.size() << " deleted=" << r.deleted;
        seen.push_back(shape.str());
    }
    // Rows written within one millisecond sort by random id; the order itself says nothing.
    std::sort(seen.begin(), seen.end());
    for (const auto& text : openableTexts(raw)) {
        seen.push_back("opens: " + text);
    }
    seen.push_back("entries " + std::to_string(s->entries().size()));
    for (const char* kind : {"answer", "safety-check", "checklist", "concern", "progress", "reveal-answer"}) {
        std::string answer;
        try {
            answer = s->hasEntry(alexId, SafetyService::kExerciseId, kind) ? "1" : "0";
        } catch (const tw::Error&) {
            answer = "refused"; // the API will not say, which is also the same for both workbooks
        }
        seen.push_back(std::string(kind) + "=" + answer);
    }
    SafetyService own(*s);
    seen.push_back(std::string("own=") + (own.hasAnswered() ? "1" : "0") + (own.needsIndividualPath() ? "1" : "0"));
    seen.push_back(std::string("partnerDone=")
        + (workbook::ProgressService(*s).exercise(SafetyService::kExerciseId).doneByPartner ? "1" : "0"));
    return seen;
}

} // namespace

class SafetyTest : public CoupleFixture { };

TEST_F(SafetyTest, RoutesOnTheLatestAnswer)
{
    auto a = alex();
    SafetyService safety(*a);
    EXPECT_FALSE(safety.hasAnswered());
    EXPECT_FALSE(safety.needsIndividualPath());
    EXPECT_FALSE(safety.latest());

    safety.record({}, kConcerns);
    EXPECT_TRUE(safety.hasAnswered());
    EXPECT_FALSE(safety.needsIndividualPath());

    safety.record({"phone", "afraid"}, kConcerns);
    EXPECT_TRUE(safety.needsIndividualPath());
    const auto check = safety.latest();
    ASSERT_TRUE(check);
    EXPECT_EQ(check->ticked, (std::vector<std::string>{"afraid", "phone"}));
    EXPECT_TRUE(check->concern);
    EXPECT_GT(check->answeredAt, 0);

    // An item the content does not mark as a concern does not route anyone.
    safety.record({"not-a-concern"}, kConcerns);
    EXPECT_FALSE(safety.needsIndividualPath());
    EXPECT_TRUE(SafetyService(*alex()).hasAnswered()); // survives a new session
    EXPECT_EQ(a->entries({.exerciseId = SafetyService::kExerciseId}).size(), 1u); // one row, updated in place
}

TEST_F(SafetyTest, EachPartnersCheckIsTheirOwn)
{
    SafetyService(*alex()).record({"afraid"}, kConcerns);
    auto s = sam();
    SafetyService samSafety(*s);
    EXPECT_FALSE(samSafety.hasAnswered());
    EXPECT_FALSE(samSafety.needsIndividualPath());
    EXPECT_TRUE(s->entries().empty());
    samSafety.record({}, kConcerns);
    EXPECT_FALSE(samSafety.needsIndividualPath());
    EXPECT_TRUE(SafetyService(*alex()).needsIndividualPath());
}

TEST_F(SafetyTest, SamsKeysCannotOpenAlexsAnswer)
{
    SafetyService(*alex()).record({"walking-on-eggshells"}, kConcerns);
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    EXPECT_TRUE(raw.rows.empty()); // the answer is in Alex's private store, not in the shared file
    EXPECT_TRUE(openableTexts(raw).empty());
    EXPECT_FALSE(viewerCanRead(raw, "walking-on-eggshells"));
    EXPECT_FALSE(viewerCanRead(raw, "concern"));
}

// The heart of it: two couples that differ only in Alex's answer look the same to Sam, through every
// Session call and service Sam has, through the raw table Sam's keys open, and in the plaintext log.
TEST(SafetyPrivacy, PartnerCannotTellConcernFromNone)
{
    std::vector<std::vector<std::string>> observed;
    std::vector<std::vector<std::string>> logs;
    for (const bool concern : {true, false}) {
        TempDir dir;
        createCouple(dir);
        tw::log::init(dir.path());
        {
            auto a = open(dir, "Alex", "alex passphrase");
            SafetyService safety(*a);
            safety.record({}, kConcerns);
            // Ticking every item is the longest answer there is; it must still fit the same size.
            safety.record(concern ? kConcerns : std::vector<std::string>{}, kConcerns);
            ASSERT_EQ(safety.needsIndividualPath(), concern);
        }
        {
            auto s = open(dir, "Sam", "sam passphrase");
            SafetyService(*s).record({}, kConcerns);
        }
        tw::log::shutdown();
        logs.push_back(logEvents(dir.path()));
        observed.push_back(observeAsSam(dir));
    }
    EXPECT_EQ(observed[0], observed[1]);
    EXPECT_EQ(logs[0], logs[1]);
    EXPECT_FALSE(logs[0].empty()); // positive control: the log was written and read
}
