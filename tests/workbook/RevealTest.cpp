// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawTable.h"
#include "WorkbookFixture.h"
#include "tw/workbook/RevealService.h"

using namespace tw;
using namespace tw::test;
using workbook::RevealService;
using workbook::Visibility;

namespace {

const std::string kExercise = "start.better-in-three-months";

std::string answerJson(const std::string& text)
{
    return R"({"picture":")" + text + R"("})";
}

bool mentions(const std::optional<std::string>& json, const std::string& needle)
{
    return json && json->find(needle) != std::string::npos;
}

const RawRow* findRow(const RawView& view, const std::string& author, const std::string& kind)
{
    for (const auto& r : view.rows) {
        if (r.author == author && r.kind == kind) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class RevealTest : public CoupleFixture { };

TEST_F(RevealTest, PartnerLearnsOnlyThatIAnsweredUntilBothHave)
{
    std::string alexId;
    {
        auto a = alex();
        alexId = a->me().id;
        RevealService reveal(*a);
        reveal.answer(kExercise, answerJson("CANARY-alex-reveal"));
        const auto mine = reveal.state(kExercise);
        EXPECT_TRUE(mentions(mine.myAnswer, "CANARY-alex-reveal"));
        EXPECT_FALSE(mine.partnerHasAnswered);
        EXPECT_FALSE(mine.bothAnswered);
        EXPECT_FALSE(mine.myAnswerPublished);
        EXPECT_FALSE(mine.solo);
    }
    // Alex's answer lies in her private store: the shared file holds no row of it at all.
    const auto rawBefore = readRaw(dir.path(), "Sam", "sam passphrase");
    EXPECT_EQ(findRow(rawBefore, alexId, RevealService::kAnswerKind), nullptr);
    {
        auto s = sam();
        RevealService reveal(*s);
        const auto state = reveal.state(kExercise);
        EXPECT_TRUE(state.partnerHasAnswered); // the one thing Sam may know, from Alex's signed marker
        EXPECT_FALSE(state.bothAnswered);
        EXPECT_FALSE(state.myAnswer);
        EXPECT_FALSE(state.partnerAnswer);
        EXPECT_TRUE(s->entries().empty());
        EXPECT_TRUE(s->entries({.exerciseId = kExercise, .authorId = alexId}).empty());
        EXPECT_FALSE(s->hasEntry(alexId, kExercise, RevealService::kPublishedKind));
        EXPECT_EQ(reveal.publishPending(), 0);
    }
    EXPECT_FALSE(viewerCanRead(readRaw(dir.path(), "Sam", "sam passphrase"), "CANARY-alex-reveal"));
}

TEST_F(RevealTest, BothSeeBothOnceBothAnsweredAndPublished)
{
    std::string alexId, samId;
    {
        auto a = alex();
        alexId = a->me().id;
        RevealService(*a).answer(kExercise, answerJson("CANARY-alex-reveal"));
    }
    {
        auto s = sam();
        samId = s->me().id;
        RevealService reveal(*s);
        reveal.answer(kExercise, answerJson("CANARY-sam-reveal"));
        const auto state = reveal.state(kExercise);
        EXPECT_TRUE(state.bothAnswered);
        EXPECT_TRUE(state.myAnswerPublished); // Alex had answered, so Sam's session published at once
        EXPECT_FALSE(state.partnerAnswer); // Alex's words wait for Alex's next unlock
    }
    // Until Alex's own session publishes, Alex's text stays out of Sam's reach.
    EXPECT_FALSE(viewerCanRead(readRaw(dir.path(), "Sam", "sam passphrase"), "CANARY-alex-reveal"));
    EXPECT_TRUE(viewerCanRead(readRaw(dir.path(), "Alex", "alex passphrase"), "CANARY-sam-reveal"));
    {
        auto a = alex();
        RevealService reveal(*a);
        EXPECT_EQ(reveal.publishPending(), 1);
        EXPECT_EQ(reveal.publishPending(), 0);
        const auto state = reveal.state(kExercise);
        EXPECT_TRUE(state.bothAnswered);
        EXPECT_TRUE(state.myAnswerPublished);
        EXPECT_TRUE(mentions(state.myAnswer, "CANARY-alex-reveal"));
        EXPECT_TRUE(mentions(state.partnerAnswer, "CANARY-sam-reveal"));
        EXPECT_FALSE(state.partnerChangedAfterSeeingMine);
    }
    {
        auto s = sam();
        const auto state = RevealService(*s).state(kExercise);
        EXPECT_TRUE(mentions(state.myAnswer, "CANARY-sam-reveal"));
        EXPECT_TRUE(mentions(state.partnerAnswer, "CANARY-alex-reveal"));
        EXPECT_FALSE(state.partnerChangedAfterSeeingMine);
    }
    // Positive control of the raw check above: the published copy is now under the couple key.
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    EXPECT_TRUE(viewerCanRead(raw, "CANARY-alex-reveal"));
    for (const auto& who : {alexId, samId}) {
        EXPECT_EQ(findRow(raw, who, RevealService::kAnswerKind), nullptr);
        const RawRow* published = findRow(raw, who, RevealService::kPublishedKind);
        ASSERT_NE(published, nullptr);
        EXPECT_EQ(published->visibility, "shared");
    }
}

TEST_F(RevealTest, AnsweringSecondPublishesAtOnce)
{
    RevealService(*sam()).answer(kExercise, answerJson("sam first"));
    {
        auto a = alex();
        RevealService reveal(*a);
        reveal.answer(kExercise, answerJson("alex second"));
        const auto state = reveal.state(kExercise);
        EXPECT_TRUE(state.myAnswerPublished);
        EXPECT_FALSE(state.partnerAnswer);
    }
    auto s = sam();
    RevealService reveal(*s);
    // Showing Alex's answer publishes (and so freezes) Sam's first.
    const auto state = reveal.state(kExercise);
    EXPECT_TRUE(mentions(state.partnerAnswer, "alex second"));
    EXPECT_TRUE(state.myAnswerPublished);
    EXPECT_EQ(reveal.publishPending(), 0);
    EXPECT_TRUE(mentions(RevealService(*alex()).state(kExercise).partnerAnswer, "sam first"));
}

TEST_F(RevealTest, PublishedAnswersAreFrozenAndLaterEditsShowAsRevisions)
{
    auto a = alex();
    RevealService alexReveal(*a);
    alexReveal.answer(kExercise, answerJson("draft one"));
    alexReveal.answer(kExercise, answerJson("draft two"));
    EXPECT_TRUE(mentions(alexReveal.state(kExercise).myAnswer, "draft two"));
    EXPECT_FALSE(alexReveal.state(kExercise).myAnswerPublished);

    RevealService(*sam()).answer(kExercise, answerJson("sam"));
    EXPECT_EQ(alexReveal.publishPending(), 1);
    EXPECT_TRUE(mentions(RevealService(*sam()).state(kExercise).partnerAnswer, "draft two"));

    alexReveal.answer(kExercise, answerJson("after reveal"));
    const auto mine = alexReveal.state(kExercise);
    EXPECT_TRUE(mentions(mine.myAnswer, "after reveal"));
    EXPECT_TRUE(mentions(mine.myPublishedAnswer, "draft two"));
    EXPECT_TRUE(mentions(mine.myRevision, "after reveal"));
    const auto theirs = RevealService(*sam()).state(kExercise);
    EXPECT_TRUE(mentions(theirs.partnerAnswer, "draft two")); // what was revealed stays
    EXPECT_TRUE(mentions(theirs.partnerRevision, "after reveal")); // the change is shown as a change
    alexReveal.answer(kExercise, answerJson("second thoughts"));
    EXPECT_TRUE(mentions(RevealService(*sam()).state(kExercise).partnerRevision, "second thoughts"));
    // One answer, one published copy and one revision of Alex's, however often she edits.
    EXPECT_EQ(a->entries({.exerciseId = kExercise, .authorId = a->me().id}).size(), 3u);
}

TEST_F(RevealTest, RejectsBodiesThatAreNotJsonObjects)
{
    auto a = alex();
    RevealService reveal(*a);
    EXPECT_EQ(kindOf([&] { reveal.answer(kExercise, "just words"); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { reveal.answer(kExercise, "[1, 2]"); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { reveal.answer(kExercise, R"({"_pad": "x"})"); }), ErrorKind::Usage);
    EXPECT_FALSE(reveal.state(kExercise).myAnswer);
}

TEST(RevealSolo, PartnerNeverAnswersUntilOneJoins)
{
    TempDir dir;
    auto options = fastOptions();
    std::vector<workbook::NewPartner> one;
    one.push_back({"Robin", workbook::Role::Hurt, secret("robin pass"), {}});
    workbook::Workbook::create(dir.path(), std::move(one), options);
    {
        auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
        RevealService reveal(*r);
        reveal.answer(kExercise, answerJson("robin alone"));
        const auto state = reveal.state(kExercise);
        EXPECT_TRUE(state.solo);
        EXPECT_FALSE(state.partnerHasAnswered);
        EXPECT_FALSE(state.bothAnswered);
        EXPECT_EQ(reveal.publishPending(), 0);
        r->addPartner({"Jo", workbook::Role::Involved, secret("jo pass"), {}});
        EXPECT_FALSE(reveal.state(kExercise).solo);
        EXPECT_EQ(reveal.publishPending(), 0);
    }
    {
        auto jo = workbook::Workbook::unlock(dir.path(), "Jo", secret("jo pass"), options);
        RevealService reveal(*jo);
        EXPECT_TRUE(reveal.state(kExercise).partnerHasAnswered);
        EXPECT_FALSE(reveal.state(kExercise).partnerAnswer);
        reveal.answer(kExercise, answerJson("jo joins"));
    }
    auto r = workbook::Workbook::unlock(dir.path(), "Robin", secret("robin pass"), options);
    RevealService reveal(*r);
    EXPECT_EQ(reveal.publishPending(), 1);
    EXPECT_EQ(reveal.publishPending(), 0);
    EXPECT_TRUE(mentions(reveal.state(kExercise).partnerAnswer, "jo joins"));
    auto jo = workbook::Workbook::unlock(dir.path(), "Jo", secret("jo pass"), options);
    EXPECT_TRUE(mentions(RevealService(*jo).state(kExercise).partnerAnswer, "robin alone"));
}
