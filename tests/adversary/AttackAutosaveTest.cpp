// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An autosave rewrites the row its window last committed without reading it back first
// (PrivateStore::rememberCommitted). If that remembered row were stale, an autosave would write
// back whatever the row said before: a "stop sharing" made in another window of Alex's would be
// undone and her words published to Sam again. Sam here has his passphrase, every file and every
// body his keys open.
#include "AdversaryFixture.h"

using namespace tw;
using namespace tw::test;
using workbook::Visibility;

namespace {

constexpr const char* kWithdrawn = "WITHDRAWN-WORDS-7731";

struct AutosaveAttack : Adversary { };

TEST_F(AutosaveAttack, WordsAlexStoppedSharingInOneWindowAreNotSharedAgainByTheOther)
{
    {
        auto first = alex();
        const auto id = first->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "shared at first"});
        // As the exercise window autosaves a shared answer: kept back until she presses Update.
        first->updateEntry(id, "typed in the first window", workbook::Publish::Later);

        // A second window of Alex's (the same computer, a second Trustwork) withdraws the entry.
        auto second = alex();
        second->setVisibility(id, Visibility::Private);

        // The first window goes on typing, and its Update is refused: nothing is shared any more.
        first->updateEntry(id, std::string("typed on after withdrawing: ") + kWithdrawn, workbook::Publish::Later);
        EXPECT_EQ(first->entry(id)->visibility, Visibility::Private);
        EXPECT_EQ(kindOf([&] { first->publish(id); }), ErrorKind::Usage);
    }

    const OtherPartner sam = samAttacks();
    EXPECT_FALSE(sam.canFind(kWithdrawn));
    EXPECT_FALSE(sam.canFind("typed in the first window"));
    EXPECT_TRUE(this->sam()->entries().empty());
}

} // namespace
