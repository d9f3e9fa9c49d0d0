// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21, seventh round: each partner's rows in the shared file take their rowids from a range
// of their own (partner rowid times 2^40), so the unlock check decrypts only the pages of the
// person unlocking. The range is only where a row lies, never what it is: Sam moving a row of
// Alex's out of her range, planting rows in it, or bending the ranges themselves must neither
// hide a change from her check nor make her app overwrite a row when it writes.
#include "AdversaryFixture.h"
#include "tw/storage/Statement.h"

#include <map>
#include <set>
#include <vector>

using namespace tw;
using namespace tw::test;
using workbook::UnlockNotice;
using workbook::Visibility;

namespace {

constexpr long long kRange = 1LL << 40;

struct RowRangeAttack : Adversary {
    std::int64_t now = 1'800'000'000'000;
    std::string herShared; ///< a shared answer of Alex's, published

    void SetUp() override
    {
        Adversary::SetUp();
        options.now = [this] { return now; };
        // Interleaved, as two partners write over the weeks.
        for (int i = 0; i < 3; ++i) {
            now += 60'000;
            herShared = alex()->addEntry(
                {"step2.what-i-need", "answer", Visibility::Shared, "", "Alex " + std::to_string(i)});
            now += 60'000;
            sam()->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "Sam " + std::to_string(i)});
        }
    }

    // author -> the ranges (rowid / 2^40) their rows lie in, as Sam's program reads them.
    std::map<std::string, std::set<long long>> rangesByAuthor() const
    {
        auto db = samAttacks().shared();
        storage::Statement rows(db, "SELECT author, rowid FROM entry");
        std::map<std::string, std::set<long long>> out;
        while (rows.step()) {
            const long long rowid = rows.integer(1);
            out[rows.text(0)].insert(rowid >= 0 ? rowid / kRange : -1);
        }
        return out;
    }

    long long rowidOf(const std::string& id) const
    {
        auto db = samAttacks().shared();
        storage::Statement row(db, "SELECT rowid FROM entry WHERE id = ?1");
        row.bind(1, id);
        return row.step() ? row.integer(0) : 0;
    }

    long long rowCount() const
    {
        auto db = samAttacks().shared();
        return db.queryInt("SELECT count(*) FROM entry");
    }

    void expectEachInOneRangeOfTheirOwn() const
    {
        const auto ranges = rangesByAuthor();
        const auto& hers = ranges.at(samAttacks().idOf("Alex"));
        const auto& his = ranges.at(samAttacks().id());
        ASSERT_EQ(hers.size(), 1U);
        ASSERT_EQ(his.size(), 1U);
        EXPECT_GE(*hers.begin(), 1);
        EXPECT_GE(*his.begin(), 1);
        EXPECT_NE(*hers.begin(), *his.begin());
    }

    // Her next unlock finds nothing of hers changed and everything readable as written.
    void expectNothingOfHersChanged()
    {
        now += 3'600'000;
        auto a = alex();
        EXPECT_EQ(noticeOf(*a, UnlockNotice::Kind::MyRowsChanged), nullptr);
        EXPECT_EQ(a->entry(herShared)->body, "Alex 2");
        EXPECT_EQ(a->verify(), "");
    }
};

} // namespace

TEST_F(RowRangeAttack, EachPartnersRowsLieInARangeOfTheirOwnAlsoAfterAnUpgrade)
{
    expectEachInOneRangeOfTheirOwn();
    // Read: the ranges say whose a row is, which the author column already said; nothing private
    // of hers comes into the file with them, before or after the grouping below.
    now += 60'000;
    alex()->addEntry({"step2.what-i-need", "answer", Visibility::Private, "", "a private line of Alex's"});
    EXPECT_FALSE(samAttacks().canFind("a private line of Alex's"));
    // A file from before the ranges: every rowid small and the partners' rows interleaved (here
    // negated, which keeps them apart from any range). The next unlock groups them, once, without
    // taking the move for a change to anyone's rows.
    samAttacks().exec("UPDATE entry SET rowid = -rowid");
    ASSERT_EQ(rangesByAuthor().at(samAttacks().id()), std::set<long long>{-1});
    const auto rows = rowCount();
    expectNothingOfHersChanged();
    expectEachInOneRangeOfTheirOwn();
    EXPECT_EQ(rowCount(), rows);
    EXPECT_FALSE(samAttacks().canFind("a private line of Alex's"));
    auto s = sam();
    EXPECT_EQ(noticeOf(*s, UnlockNotice::Kind::MyRowsChanged), nullptr);
    EXPECT_EQ(s->verify(), "");
    // A row written again takes a new rowid in its author's range (Home's memo relies on it).
    const auto before = rowidOf(herShared);
    alex()->updateEntry(herShared, "Alex 2");
    EXPECT_GT(rowidOf(herShared), before);
    expectEachInOneRangeOfTheirOwn();
}

// The check reads her rows by author, not by range: a row of hers that Sam moved into his own
// range and changed there is still found and put back.
TEST_F(RowRangeAttack, ARowOfHersMovedOutOfHerRangeAndChangedIsFoundAndUndone)
{
    const auto samsRange = *rangesByAuthor().at(samAttacks().id()).begin();
    samAttacks().exec("UPDATE entry SET rowid = " + std::to_string(samsRange * kRange + kRange - 7)
        + ", updated_at = updated_at + 1 WHERE id = '" + herShared + "'");
    now += 3'600'000;
    auto a = alex();
    expectMyRowsPutBack(*a, 1);
    EXPECT_EQ(a->entry(herShared)->body, "Alex 2");
}

// Sam fills the end of her range with a row of his own, so the next rowid there would fall in
// the range after hers, and takes that one too; then moves his partner row far out, so his range
// cannot be computed.
// Writing must still never land on an existing rowid (INSERT OR REPLACE would delete that row).
TEST_F(RowRangeAttack, RowsPlantedAtTheEndOfHerRangeOrPartnerRowsMovedDeleteNothing)
{
    const auto hersRange = *rangesByAuthor().at(samAttacks().idOf("Alex")).begin();
    const auto samsRows = [&] {
        auto db = samAttacks().shared();
        storage::Statement rows(db, "SELECT id FROM entry WHERE author = ?1 LIMIT 2");
        rows.bind(1, samAttacks().id());
        std::vector<std::string> ids;
        while (rows.step()) {
            ids.push_back(rows.text(0));
        }
        return ids;
    }();
    ASSERT_EQ(samsRows.size(), 2U);
    // The last rowid of her range and the first of the next are both taken.
    const auto end = hersRange * kRange + kRange - 1;
    samAttacks().exec("UPDATE entry SET rowid = " + std::to_string(end) + " WHERE id = '" + samsRows[0] + "'");
    samAttacks().exec("UPDATE entry SET rowid = " + std::to_string(end + 1) + " WHERE id = '" + samsRows[1] + "'");
    samAttacks().exec("UPDATE partner SET rowid = 9000000000000 WHERE id = '" + samAttacks().id() + "'");
    const auto rows = rowCount();
    now += 60'000;
    const auto added = alex()->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "Alex 3"});
    EXPECT_EQ(rowCount(), rows + 1) << "her write replaced another row";
    now += 60'000;
    {
        auto s = sam();
        EXPECT_EQ(noticeOf(*s, UnlockNotice::Kind::MyRowsChanged), nullptr) << "his rows were touched";
        s->addEntry({"step2.what-i-need", "answer", Visibility::Shared, "", "Sam 3"});
    }
    EXPECT_EQ(rowCount(), rows + 2) << "his write replaced another row";
    expectNothingOfHersChanged();
    EXPECT_EQ(alex()->entry(added)->body, "Alex 3");
    EXPECT_EQ(sam()->verify(), "");
}

// Rows below every range whose author's range cannot be computed stay where they are: moving one
// to "no rowid" is an error in SQLite, and an error here would stop her unlock.
TEST_F(RowRangeAttack, RowsThatCannotBeGroupedDoNotStopAnUnlock)
{
    samAttacks().exec("UPDATE partner SET rowid = 9000000000000 WHERE id = '" + samAttacks().id() + "'");
    samAttacks().exec("UPDATE entry SET rowid = -rowid WHERE author = '" + samAttacks().id() + "'");
    const auto rows = rowCount();
    expectNothingOfHersChanged();
    auto s = sam();
    EXPECT_EQ(noticeOf(*s, UnlockNotice::Kind::MyRowsChanged), nullptr);
    EXPECT_EQ(s->verify(), "");
    EXPECT_EQ(rowCount(), rows);
}
