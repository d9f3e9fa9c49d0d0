// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/EntryService.h"

#include "RawTable.h"
#include "WorkbookFixture.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using workbook::CommitmentOutcome;
using workbook::EntryService;
using workbook::Visibility;

namespace {

// Records are listed oldest first; a clock that moves keeps two quick writes in a known order.
class TickingFixture : public CoupleFixture {
protected:
    void SetUp() override
    {
        CoupleFixture::SetUp();
        options.now = [this] { return m_clock += 1000; };
    }
    std::int64_t m_clock = 1'700'000'000'000;
};

} // namespace

class LogTest : public TickingFixture { };
class CommitmentTest : public TickingFixture { };
class CheckinTest : public TickingFixture { };

TEST_F(LogTest, RecordsRoundTripAndStayPrivateUntilShared)
{
    const std::string fields = R"({"when":"2026-03-01","trigger":"CANARY-log","response":"went for a walk","level":7})";
    std::string privateId;
    {
        auto a = alex();
        EntryService entries(*a);
        privateId = entries.addLog("step3.trigger-log", fields);
        entries.addLog("step3.trigger-log", R"({"trigger":"shared one","level":3})", Visibility::Shared);
        const auto logs = entries.logs("step3.trigger-log");
        ASSERT_EQ(logs.size(), 2u);
        EXPECT_EQ(nlohmann::json::parse(logs[0].fieldsJson), nlohmann::json::parse(fields)); // padding never shows
        EXPECT_EQ(logs[0].id, privateId);
        EXPECT_EQ(logs[0].authorId, a->me().id);
        EXPECT_EQ(logs[0].visibility, Visibility::Private);
        EXPECT_GT(logs[0].createdAt, 0);

        entries.updateLog(privateId, R"({"trigger":"CANARY-log","level":5})");
        EXPECT_EQ(nlohmann::json::parse(entries.logs("step3.trigger-log")[0].fieldsJson).at("level").get<int>(), 5);
        EXPECT_EQ(kindOf([&] { entries.updateLog(privateId, "not json"); }), ErrorKind::Usage);
        EXPECT_EQ(kindOf([&] { entries.updateLog("unknown", "{}"); }), ErrorKind::NotFound);
    }
    {
        auto s = sam();
        EntryService entries(*s);
        const auto seen = entries.logs("step3.trigger-log");
        ASSERT_EQ(seen.size(), 1u);
        EXPECT_EQ(seen[0].fieldsJson, R"({"level":3,"trigger":"shared one"})");
        EXPECT_EQ(kindOf([&] { entries.updateLog(seen[0].id, "{}"); }), ErrorKind::NotFound); // not Sam's
    }
    EXPECT_FALSE(viewerCanRead(readRaw(dir.path(), "Sam", "sam passphrase"), "CANARY-log"));
    alex()->setVisibility(privateId, Visibility::Shared);
    EXPECT_EQ(EntryService(*sam()).logs("step3.trigger-log").size(), 2u);
}

TEST_F(CheckinTest, ValuesRoundTripInOrder)
{
    auto a = alex();
    EntryService entries(*a);
    const auto first = entries.addCheckin("step4.trust-thermometer", R"({"trust":4,"note":"hard week"})");
    const auto second = entries.addCheckin("step4.trust-thermometer", R"({"trust":6,"note":"better"})");
    entries.updateCheckin(second, R"({"trust":7,"note":"better","ünïcode":"ça va"})");
    const auto list = entries.checkins("step4.trust-thermometer");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, first);
    EXPECT_EQ(list[1].id, second);
    const auto values = nlohmann::json::parse(list[1].fieldsJson);
    EXPECT_EQ(values.at("trust").get<int>(), 7);
    EXPECT_EQ(values.at("ünïcode").get<std::string>(), "ça va");
    EXPECT_FALSE(values.contains("_pad"));
    EXPECT_TRUE(entries.logs("step4.trust-thermometer").empty()); // kinds do not mix
    EXPECT_EQ(kindOf([&] { entries.updateLog(first, "{}"); }), ErrorKind::NotFound);
    EXPECT_EQ(kindOf([&] { entries.addCheckin("step4.trust-thermometer", "[7]"); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { entries.addCheckin("step4.trust-thermometer", "{\"note\":\"\xff\"}"); }), ErrorKind::Usage);
    EXPECT_TRUE(EntryService(*sam()).checkins("step4.trust-thermometer").empty());
}

TEST_F(CommitmentTest, OwnerMarksKeptPartnerConfirms)
{
    std::string id;
    {
        auto a = alex();
        EntryService entries(*a);
        id = entries.addCommitment("step4.small-promises", "Phone away at dinner", "2026-04-01", Visibility::Shared);
        auto list = entries.commitments("step4.small-promises");
        ASSERT_EQ(list.size(), 1u);
        EXPECT_EQ(list[0].what, "Phone away at dinner");
        EXPECT_EQ(list[0].due, "2026-04-01");
        EXPECT_EQ(list[0].outcome, CommitmentOutcome::Open);
        EXPECT_EQ(list[0].revision, 1);
        EXPECT_FALSE(list[0].confirmedByPartner);
        entries.markOutcome(id, CommitmentOutcome::Kept);
        EXPECT_EQ(kindOf([&] { entries.confirm(id, 2); }), ErrorKind::Usage); // not one's own
    }
    {
        auto s = sam();
        EntryService entries(*s);
        auto list = entries.commitments("step4.small-promises");
        ASSERT_EQ(list.size(), 1u);
        EXPECT_EQ(list[0].outcome, CommitmentOutcome::Kept);
        EXPECT_EQ(list[0].revision, 2);
        EXPECT_EQ(kindOf([&] { entries.confirm(id, 1); }), ErrorKind::Usage); // stale view
        EXPECT_EQ(kindOf([&] { entries.markOutcome(id, CommitmentOutcome::Missed); }), ErrorKind::NotFound);
        entries.confirm(id, 2);
        entries.confirm(id, 2);
        EXPECT_TRUE(entries.commitments("step4.small-promises")[0].confirmedByPartner);
        EXPECT_EQ(s->entries({.kind = EntryService::kConfirmKind}).size(), 1u);
    }
    {
        auto a = alex();
        EntryService entries(*a);
        EXPECT_TRUE(entries.commitments("step4.small-promises")[0].confirmedByPartner);
        // Changing the outcome (or the words) needs a fresh confirmation.
        entries.markOutcome(id, CommitmentOutcome::Missed);
        const auto c = entries.commitments("step4.small-promises")[0];
        EXPECT_EQ(c.outcome, CommitmentOutcome::Missed);
        EXPECT_FALSE(c.confirmedByPartner);
    }
    EntryService(*sam()).confirm(id, 3);
    EXPECT_TRUE(EntryService(*alex()).commitments("step4.small-promises")[0].confirmedByPartner);
}

TEST_F(CommitmentTest, PrivateCommitmentsAndValidation)
{
    std::string id;
    {
        auto a = alex();
        EntryService entries(*a);
        id = entries.addCommitment("solo.a-boundary", "CANARY-boundary", "");
        entries.reviseCommitment(id, "CANARY-boundary, kept kindly", "2026-05-31");
        entries.markOutcome(id, CommitmentOutcome::Kept);
        const auto c = entries.commitments("solo.a-boundary").at(0);
        EXPECT_EQ(c.what, "CANARY-boundary, kept kindly");
        EXPECT_EQ(c.due, "2026-05-31");
        EXPECT_EQ(c.visibility, Visibility::Private);
        EXPECT_EQ(c.revision, 3);
        EXPECT_EQ(kindOf([&] { entries.addCommitment("solo.a-boundary", " ", ""); }), ErrorKind::Usage);
        EXPECT_EQ(kindOf([&] { entries.addCommitment("solo.a-boundary", "x", "31/05/2026"); }), ErrorKind::Usage);
        EXPECT_EQ(kindOf([&] { entries.addCommitment("solo.a-boundary", "x", "2026-13-01"); }), ErrorKind::Usage);
    }
    auto s = sam();
    EntryService entries(*s);
    EXPECT_TRUE(entries.commitments("solo.a-boundary").empty());
    EXPECT_EQ(kindOf([&] { entries.confirm(id, 3); }), ErrorKind::NotFound);
    EXPECT_FALSE(viewerCanRead(readRaw(dir.path(), "Sam", "sam passphrase"), "CANARY-boundary"));
}
