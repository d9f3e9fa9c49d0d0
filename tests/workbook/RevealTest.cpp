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
    const auto rawBefore = readRaw(dir.path(), "Sam", "sam passphrase");
    const RawRow* alexRow = findRow(rawBefore, alexId, RevealService::kAnswerKind);
    ASSERT_NE(alexRow, nullptr);
    EXPECT_EQ(alexRow->visibility, "private");
    {
        auto s = sam();
        RevealService reveal(*s);
        const auto state = reveal.state(kExercise);
        EXPECT_TRUE(state.partnerHasAnswered); // the one thing Sam may know
        EXPECT_FALSE(state.bothAnswered);
        EXPECT_FALSE(state.myAnswer);
        EXPECT_FALSE(state.partnerAnswer);
        // No Session API hands Sam the row or its text.
        EXPECT_TRUE(s->entries().empty());
        EXPECT_TRUE(s->entries({.exerciseId = kExercise, .authorId = alexId}).empty());
        EXPECT_FALSE(s->entry(alexRow->id));
        EXPECT_FALSE(s->hasEntry(alexId, kExercise, RevealService::kPublishedKind));
        EXPECT_EQ(reveal.publishPending(), 0);
    }
    // Going around the app: Sam's keys open nothing holding Alex's text, even with the exact context.
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    EXPECT_FALSE(viewerCanRead(raw, "CANARY-alex-reveal"));
    for (const auto* key : {&raw.keys.personalKey, &raw.keys.coupleKey}) {
        EXPECT_FALSE(crypto::open(*key, alexRow->body, rowContext(*alexRow)));
    }
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
    }
    {
        auto s = sam();
        const auto state = RevealService(*s).state(kExercise);
        EXPECT_TRUE(mentions(state.myAnswer, "CANARY-sam-reveal"));
        EXPECT_TRUE(mentions(state.partnerAnswer, "CANARY-alex-reveal"));
    }
    // Positive control of the raw check above: the published copy is now under the couple key.
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    EXPECT_TRUE(viewerCanRead(raw, "CANARY-alex-reveal"));
    for (const auto& who : {alexId, samId}) {
        const RawRow* answer = findRow(raw, who, RevealService::kAnswerKind);
        const RawRow* published = findRow(raw, who, RevealService::kPublishedKind);
        ASSERT_NE(answer, nullptr);
        ASSERT_NE(published, nullptr);
        EXPECT_EQ(answer->visibility, "private");
        EXPECT_EQ(published->visibility, "shared");
        EXPECT_EQ(published->parentId, answer->id);
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
    EXPECT_TRUE(mentions(reveal.state(kExercise).partnerAnswer, "alex second"));
    EXPECT_EQ(reveal.publishPending(), 1);
    EXPECT_TRUE(mentions(RevealService(*alex()).state(kExercise).partnerAnswer, "sam first"));
}

TEST_F(RevealTest, EditingBeforeAndAfterPublishing)
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
    EXPECT_TRUE(mentions(alexReveal.state(kExercise).myAnswer, "after reveal"));
    EXPECT_TRUE(mentions(RevealService(*sam()).state(kExercise).partnerAnswer, "after reveal"));
    // Still one private and one published row of Alex's.
    EXPECT_EQ(a->entries({.exerciseId = kExercise, .authorId = a->me().id}).size(), 2u);
}

TEST_F(RevealTest, PublishPendingRepairsAnInterruptedEdit)
{
    auto a = alex();
    RevealService reveal(*a);
    reveal.answer(kExercise, answerJson("the real answer"));
    RevealService(*sam()).answer(kExercise, answerJson("sam"));
    ASSERT_EQ(reveal.publishPending(), 1);
    // As if the process died between the two rows of an edit.
    const auto published = a->entries({.exerciseId = kExercise, .kind = RevealService::kPublishedKind});
    ASSERT_EQ(published.size(), 2u);
    for (const auto& p : published) {
        if (p.authorId == a->me().id) {
            a->updateEntry(p.id, answerJson("stale copy"));
        }
    }
    EXPECT_TRUE(mentions(RevealService(*sam()).state(kExercise).partnerAnswer, "stale copy"));
    EXPECT_EQ(reveal.publishPending(), 1);
    EXPECT_TRUE(mentions(RevealService(*sam()).state(kExercise).partnerAnswer, "the real answer"));
}

TEST_F(RevealTest, AnswerLengthIsPaddedInThePrivateRow)
{
    {
        auto a = alex();
        RevealService(*a).answer(kExercise, answerJson("ok"));
        RevealService(*a).answer("step2.what-safety-means", answerJson(std::string(900, 'x')));
    }
    const auto raw = readRaw(dir.path(), "Sam", "sam passphrase");
    ASSERT_EQ(raw.rows.size(), 2u);
    EXPECT_EQ(raw.rows[0].body.size(), raw.rows[1].body.size());
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
    one.push_back({"Robin", workbook::Role::Hurt, secret("robin pass")});
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
        r->addPartner({"Jo", workbook::Role::Involved, secret("jo pass")});
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
    EXPECT_TRUE(mentions(reveal.state(kExercise).partnerAnswer, "jo joins"));
    auto jo = workbook::Workbook::unlock(dir.path(), "Jo", secret("jo pass"), options);
    EXPECT_TRUE(mentions(RevealService(*jo).state(kExercise).partnerAnswer, "robin alone"));
}
