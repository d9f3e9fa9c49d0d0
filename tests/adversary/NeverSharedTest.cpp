// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Answers to questions the curriculum marks as never shared ("My local help numbers": where Alex
// would go for help) are the lines a controlling partner most wants to read. The page promises Sam
// never reads them, so the workbook layer refuses to share them whatever a window or tool asks
// (Session::addEntry and setVisibility), and Sam, with his passphrase and every file, finds no line.
#include "AdversaryFixture.h"
#include "tw/storage/Statement.h"
#include "tw/workbook/ProgressService.h"

using namespace tw;
using namespace tw::test;
using workbook::ProgressService;
using workbook::Visibility;

namespace {

constexpr const char* kHelpLine = "SHELTER-LINE-0800-HIDDEN";
constexpr const char* kExercise = "start.local-help";

struct NeverSharedAttack : Adversary { };

TEST_F(NeverSharedAttack, HelpNumbersCannotBeSharedAndSamFindsNoLineOfThem)
{
    const std::string body = std::string(R"({"prompts":{"emergency":")") + kHelpLine + R"("}})";
    std::string kept;
    {
        auto a = alex();
        // Written straight as shared: refused, and nothing was written at all.
        const workbook::NewEntry shared{kExercise, workbook::kNeverSharedKind, Visibility::Shared, "", body};
        EXPECT_EQ(kindOf([&] { (void)a->addEntry(shared); }), ErrorKind::Usage);
        EXPECT_TRUE(a->entries({.exerciseId = kExercise}).empty());

        // Kept privately, then shared later by any caller: refused, still private, still whole.
        kept = a->addEntry({kExercise, workbook::kNeverSharedKind, Visibility::Private, "", body});
        EXPECT_EQ(kindOf([&] { a->setVisibility(kept, Visibility::Shared); }), ErrorKind::Usage);
        const auto after = a->entry(kept);
        ASSERT_TRUE(after);
        EXPECT_EQ(after->visibility, Visibility::Private);
        EXPECT_EQ(after->body, body);
        // Editing it and going on with the workbook publishes nothing of it either.
        a->updateEntry(kept, body + " ", workbook::Publish::Now);
        a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "Words Alex chose to share"});
    }

    // Sam: his passphrase, every file, every body his keys open.
    const OtherPartner sam = samAttacks();
    EXPECT_TRUE(sam.canFind("Words Alex chose to share")); // the search reaches what he may read
    EXPECT_FALSE(sam.canFind(kHelpLine));
    EXPECT_FALSE(sam.canFind("emergency"));
    auto s = this->sam();
    for (const auto& e : s->entries()) {
        EXPECT_NE(e.kind, workbook::kNeverSharedKind);
        EXPECT_EQ(e.body.find(kHelpLine), std::string::npos);
    }

    // Alex's own reading is unchanged by all of it.
    auto a = alex();
    const auto mine = a->entry(kept);
    ASSERT_TRUE(mine);
    EXPECT_NE(mine->body.find(kHelpLine), std::string::npos);
}

// Knowing that Alex wrote down where she would go for help can be as dangerous for her as the numbers:
// on a page whose every answer is private, "done" is hers alone. Sam's app and his own program,
// reading the markers table, learn nothing; a tick an older version showed him is withdrawn.
TEST_F(NeverSharedAttack, DoneOnAPageOfPrivateAnswersIsKeptFromSam)
{
    const auto markersOfHers = [this](const std::string& value) {
        const OtherPartner sam = samAttacks();
        auto db = sam.shared();
        storage::Statement rows(db, "SELECT count(*) FROM marker WHERE author = ?1 AND subject = ?2 AND value = ?3");
        rows.bind(1, sam.idOf("Alex")).bind(2, std::string(kExercise)).bind(3, value);
        return rows.step() ? rows.integer(0) : -1;
    };
    const auto samSeesItDone = [this] {
        auto s = sam();
        return ProgressService(*s).doneMarks(kExercise).doneByPartner;
    };
    const auto alexHasItDone = [this] {
        auto a = alex();
        return ProgressService(*a).doneMarks(kExercise).doneByMe;
    };

    {
        auto a = alex();
        ProgressService(*a).markDone(kExercise, ProgressService::DoneShown::OnlyToMe);
    }
    EXPECT_TRUE(alexHasItDone());
    EXPECT_FALSE(samSeesItDone());
    EXPECT_EQ(markersOfHers("true"), 0);
    EXPECT_FALSE(samAttacks().canFind(kExercise));

    // As an older version left it: a tick Sam sees. Keeping it to herself withdraws it.
    {
        auto a = alex();
        ProgressService(*a).markNotDone(kExercise);
        ProgressService(*a).markDone(kExercise);
    }
    EXPECT_TRUE(samSeesItDone());
    {
        auto a = alex();
        ProgressService(*a).keepDoneToMyself(kExercise);
    }
    EXPECT_TRUE(alexHasItDone());
    EXPECT_FALSE(samSeesItDone());
    EXPECT_EQ(markersOfHers("true"), 0);

    // Not done again: for her too, and still nothing for Sam.
    {
        auto a = alex();
        ProgressService(*a).markNotDone(kExercise);
    }
    EXPECT_FALSE(alexHasItDone());
    EXPECT_FALSE(samSeesItDone());
}

} // namespace
