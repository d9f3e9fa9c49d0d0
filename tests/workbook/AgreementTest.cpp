// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookFixture.h"
#include "tw/workbook/AgreementService.h"

#include <algorithm>

using namespace tw;
using namespace tw::test;
using workbook::AgreementItem;
using workbook::AgreementService;

namespace {

const std::string kExercise = "step2.communication";

AgreementItem only(const std::vector<AgreementItem>& items)
{
    EXPECT_EQ(items.size(), 1u);
    return items.empty() ? AgreementItem{} : items.front();
}

bool has(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

class AgreementTest : public CoupleFixture {
protected:
    void SetUp() override
    {
        CoupleFixture::SetUp();
        // A clock that moves, so "when both accepted" is a real, checkable time.
        options.now = [this] { return m_clock += 1000; };
    }
    std::int64_t m_clock = 1'700'000'000'000;
};

TEST_F(AgreementTest, InForceOnlyAfterBothAccept)
{
    auto a = alex();
    auto s = sam();
    AgreementService alexSide(*a);
    AgreementService samSide(*s);
    const auto id = alexSide.propose(kExercise, "communication", "We say when we need a pause.");

    auto item = only(samSide.items(kExercise));
    EXPECT_EQ(item.id, id);
    EXPECT_EQ(item.proposerId, a->me().id);
    EXPECT_EQ(item.area, "communication");
    EXPECT_EQ(item.text, "We say when we need a pause.");
    EXPECT_EQ(item.revision, 1);
    EXPECT_EQ(item.acceptedBy, std::vector<std::string>{a->me().id}); // proposing is accepting
    EXPECT_FALSE(item.inForce);
    EXPECT_EQ(item.acceptedAt, 0);
    EXPECT_TRUE(item.history.empty());

    alexSide.accept(id, 1); // the proposer accepting again changes nothing
    EXPECT_FALSE(only(alexSide.items(kExercise)).inForce);

    samSide.accept(id, 1);
    item = only(alexSide.items(kExercise));
    EXPECT_TRUE(item.inForce);
    EXPECT_TRUE(has(item.acceptedBy, s->me().id));
    EXPECT_GT(item.acceptedAt, 0);
    samSide.accept(id, 1); // idempotent
    EXPECT_EQ(only(samSide.items(kExercise)).acceptedAt, item.acceptedAt);
    EXPECT_EQ(s->entries({.kind = AgreementService::kAcceptKind}).size(), 1u);
}

TEST_F(AgreementTest, RevisionNeedsFreshAcceptanceAndKeepsHistory)
{
    auto a = alex();
    auto s = sam();
    AgreementService alexSide(*a);
    AgreementService samSide(*s);
    const auto id = alexSide.propose(kExercise, "communication", "first wording");
    samSide.accept(id, 1);
    ASSERT_TRUE(only(alexSide.items(kExercise)).inForce);

    EXPECT_EQ(alexSide.revise(id, "communication", "second wording"), id); // own row: revised in place
    auto item = only(samSide.items(kExercise));
    EXPECT_EQ(item.revision, 2);
    EXPECT_EQ(item.text, "second wording");
    EXPECT_FALSE(item.inForce);
    EXPECT_EQ(item.acceptedBy, std::vector<std::string>{a->me().id});
    ASSERT_EQ(item.history.size(), 1u);
    EXPECT_EQ(item.history[0].revision, 1);
    EXPECT_EQ(item.history[0].text, "first wording");
    EXPECT_EQ(item.history[0].proposerId, a->me().id);

    // Sam accepting what Sam saw before the revision is refused, not silently applied.
    EXPECT_EQ(kindOf([&] { samSide.accept(id, 1); }), ErrorKind::Usage);
    samSide.accept(id, 2);
    EXPECT_TRUE(only(alexSide.items(kExercise)).inForce);
}

TEST_F(AgreementTest, PartnersRevisionIsANewRowThatSupersedesTheOld)
{
    auto a = alex();
    auto s = sam();
    AgreementService alexSide(*a);
    AgreementService samSide(*s);
    const auto first = alexSide.propose(kExercise, "transparency", "one");
    alexSide.revise(first, "transparency", "two");
    samSide.accept(first, 2);

    const auto second = samSide.revise(first, "transparency", "three, for three months");
    EXPECT_NE(second, first);
    auto item = only(alexSide.items(kExercise)); // the old row is now history only
    EXPECT_EQ(item.id, second);
    EXPECT_EQ(item.proposerId, s->me().id);
    EXPECT_EQ(item.revision, 3);
    EXPECT_EQ(item.acceptedBy, std::vector<std::string>{s->me().id});
    EXPECT_FALSE(item.inForce);
    ASSERT_EQ(item.history.size(), 2u);
    EXPECT_EQ(item.history[0].text, "one");
    EXPECT_EQ(item.history[1].text, "two");
    EXPECT_EQ(item.history[1].proposerId, a->me().id);
    const auto row = s->entry(second);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->parentId, first);

    // The superseded row cannot be revised or accepted any more.
    EXPECT_EQ(kindOf([&] { alexSide.revise(first, "transparency", "sneaky"); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { alexSide.accept(first, 2); }), ErrorKind::Usage);

    alexSide.accept(second, 3);
    EXPECT_TRUE(only(samSide.items(kExercise)).inForce);
}

TEST_F(AgreementTest, WithdrawByProposerAndByPartner)
{
    auto a = alex();
    auto s = sam();
    AgreementService alexSide(*a);
    AgreementService samSide(*s);
    const auto id = alexSide.propose(kExercise, "third-parties", "no contact");
    samSide.accept(id, 1);
    ASSERT_TRUE(only(alexSide.items(kExercise)).inForce);

    samSide.withdraw(id); // Sam no longer agrees; the item stays proposed
    auto item = only(alexSide.items(kExercise));
    EXPECT_FALSE(item.inForce);
    EXPECT_FALSE(item.withdrawn);
    EXPECT_EQ(item.acceptedBy, std::vector<std::string>{a->me().id});
    samSide.accept(id, 1);
    EXPECT_TRUE(only(alexSide.items(kExercise)).inForce);

    alexSide.withdraw(id);
    item = only(samSide.items(kExercise));
    EXPECT_TRUE(item.withdrawn);
    EXPECT_FALSE(item.inForce);
    EXPECT_TRUE(item.acceptedBy.empty());
    EXPECT_EQ(item.text, "no contact"); // kept, readable
    EXPECT_EQ(kindOf([&] { samSide.accept(id, 1); }), ErrorKind::Usage);
}

TEST_F(AgreementTest, ItemsAreSharedAndOrderedByFirstProposal)
{
    auto a = alex();
    auto s = sam();
    AgreementService alexSide(*a);
    AgreementService samSide(*s);
    const auto first = alexSide.propose(kExercise, "communication", "first");
    samSide.propose(kExercise, "communication", "second");
    samSide.revise(first, "communication", "first, reworded by Sam"); // newer row, same place
    const auto items = alexSide.items(kExercise);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].text, "first, reworded by Sam");
    EXPECT_EQ(items[1].text, "second");
    EXPECT_TRUE(alexSide.items("step2.transparency").empty());
    for (const auto& e : s->entries()) {
        EXPECT_EQ(e.visibility, workbook::Visibility::Shared);
    }
    EXPECT_EQ(kindOf([&] { alexSide.propose(kExercise, "communication", "  "); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { alexSide.accept("no-such-id", 1); }), ErrorKind::NotFound);
}

TEST(AgreementSolo, NeverInForceUntilThePartnerJoinsAndAccepts)
{
    TempDir dir;
    auto options = fastOptions();
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Mutual, secret("robin pass")});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    std::string id;
    {
        auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
        AgreementService agreements(*r);
        id = agreements.propose("start.pause-signal", "pause", "We both say 'pause' and stop.");
        agreements.accept(id, 1);
        EXPECT_FALSE(only(agreements.items("start.pause-signal")).inForce);
        r->addPartner({"Jo", workbook::Role::Mutual, secret("jo pass")});
        EXPECT_FALSE(only(agreements.items("start.pause-signal")).inForce);
    }
    auto jo = workbook::Workbook::unlock(dir.path(), "Jo", secret("jo pass"), options);
    AgreementService agreements(*jo);
    EXPECT_FALSE(only(agreements.items("start.pause-signal")).inForce);
    agreements.accept(id, 1);
    EXPECT_TRUE(only(agreements.items("start.pause-signal")).inForce);
}
