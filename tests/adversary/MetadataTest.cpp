// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Attack 7 of issue 16: what the other partner's key opens says nothing of my private activity.
#include "AdversaryFixture.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/SafetyService.h"

#include <sys/stat.h>

using namespace tw;
using namespace tw::test;
using workbook::Visibility;

namespace {

/** Everything Sam can see: every table and column his keys open, and every file's name and size. */
struct SamsView {
    std::map<std::string, TableDump> tables;
    std::map<std::string, std::uintmax_t> files;
};

SamsView look(const std::filesystem::path& dir)
{
    SamsView v;
    v.tables = OtherPartner(dir, "Sam", "sam passphrase").everythingReadable();
    for (const auto& item : std::filesystem::recursive_directory_iterator(dir)) {
        if (item.is_regular_file()) {
            v.files[std::filesystem::relative(item.path(), dir).string()] = item.file_size();
        }
    }
    return v;
}

/** The rows that differ between two views, as "file/table: row". */
std::vector<std::string> differences(const SamsView& a, const SamsView& b)
{
    std::vector<std::string> out;
    for (const auto& [file, tables] : b.tables) {
        for (const auto& [table, rows] : tables) {
            const auto& before = a.tables.at(file).count(table) ? a.tables.at(file).at(table) : std::vector<RowText>{};
            for (const auto& row : rows) {
                if (std::find(before.begin(), before.end(), row) == before.end()) {
                    std::string text = file + "/" + table + ":";
                    for (const auto& [column, value] : row) {
                        text += " " + column + "=" + value.substr(0, 40);
                    }
                    out.push_back(text);
                }
            }
            if (rows.size() != before.size()) {
                out.push_back(file + "/" + table + ": row count " + std::to_string(before.size()) + " -> "
                    + std::to_string(rows.size()));
            }
        }
    }
    for (const auto& [name, size] : b.files) {
        if (!a.files.count(name) || a.files.at(name) != size) {
            out.push_back("file " + name + " size " + std::to_string(size));
        }
    }
    return out;
}

} // namespace

// Before private stores Sam listed, for each of Alex's private rows, its exercise, kind, size,
// times to the millisecond and deleted flag: that she opened too-broken.deciding at 2 a.m.
TEST_F(Adversary, Attack07_MyPrivateActivityChangesNothingTheOtherPartnerCanSeeButMyHead)
{
    options.dailyBackup = false; // backups come with every unlock alike; they are not the question
    std::int64_t now = 1'800'000'000'000;
    options.now = [&] { return now; };
    {
        auto a = alex();
        workbook::SafetyService(*a).record({}, {"afraid-of-partner"});
        workbook::ProgressService(*a).markDone("step1.why-acknowledge"); // a fact Sam may see
    }
    {
        auto s = sam();
    }
    // A session of Alex's without private writing, then what Sam sees...
    now += 3'600'000;
    (void)alex();
    const SamsView quiet = look(dir.path());
    // ...and a session full of it, at 2 a.m., with a concern ticked.
    now += 3'600'000;
    {
        auto a = alex();
        for (int i = 0; i < 40; ++i) {
            const auto id = a->addEntry({"too-broken.deciding", "answer", Visibility::Private, "",
                "CANARY-deciding-" + std::to_string(i) + std::string(static_cast<std::size_t>(i) * 40, 'x')});
            if (i % 5 == 0) {
                a->deleteEntry(id);
            }
        }
        a->addEntry({"step3.trigger-log", "log", Visibility::Private, "", R"({"situation":"CANARY-trigger"})"});
        workbook::SafetyService(*a).record({"afraid-of-partner"}, {"afraid-of-partner"});
    }
    const SamsView busy = look(dir.path());

    const auto changed = differences(quiet, busy);
    const std::string alexId = samAttacks().idOf("Alex");
    for (const auto& d : changed) {
        // The only thing allowed to differ: Alex's sealed head (a new seal each session), which Sam cannot open.
        EXPECT_NE(d.find("workbook.db/sealed_head:"), std::string::npos) << d;
        EXPECT_NE(d.find(alexId), std::string::npos) << d;
    }
    EXPECT_EQ(changed.size(), 1u);
    // Nothing names the exercise, the kinds, the words or the concern anywhere Sam can look.
    const auto sam = samAttacks();
    for (const char* needle : {"too-broken.deciding", "step3.trigger-log", "CANARY-deciding", "CANARY-trigger",
             "afraid-of-partner", "\"concern\""}) {
        EXPECT_FALSE(sam.canFind(needle)) << needle;
    }
    // What the app shows Sam on purpose is there: "done" and "has taken the safety check".
    EXPECT_TRUE(sam.canFind("step1.why-acknowledge"));
    EXPECT_TRUE(sam.canFind("start.safety-check"));
}

// The size of Alex's private store moves in classes (about 1 MiB, then 2, 4 ...), not with each entry:
// a few entries and a few hundred look the same from outside.
TEST_F(Adversary, Attack07_ThePrivateStoreSizeSaysNothingOfAFewHundredEntries)
{
    std::string alexId;
    {
        auto a = alex();
        alexId = a->me().id;
        a->addEntry({"x", "answer", Visibility::Private, "", "one"});
    }
    const auto store = dir / "private" / (alexId + ".db");
    const auto small = std::filesystem::file_size(store);
    // The first class: 1 MiB of room (plus the few pages SQLite needs around it).
    EXPECT_GE(small, 1u << 20);
    EXPECT_LT(small, (1u << 20) + (64u << 10));
    {
        auto a = alex();
        for (int i = 0; i < 300; ++i) {
            a->addEntry({"x", "answer", Visibility::Private, "", std::string(600, 'w')});
        }
    }
    EXPECT_EQ(std::filesystem::file_size(store), small);
    EXPECT_FALSE(std::filesystem::exists(store.string() + "-wal")); // nothing waits beside it after a lock
}

// The same when the words outgrow the first class within one session (the store checks its free
// room after every write, and asks for the file's size only when that room runs low): the file
// jumps to the next class whole, never to a size that follows what was written.
TEST_F(Adversary, Attack07_AStoreOutgrowingItsClassInOneSessionJumpsToTheNextClassWhole)
{
    std::filesystem::path store;
    {
        auto a = alex();
        store = dir / "private" / (a->me().id + ".db");
        const std::string id = a->addEntry({"x", "answer", Visibility::Private, "", "first words"});
        for (int i = 0; i < 40; ++i) {
            a->addEntry({"x", "answer", Visibility::Private, "", std::string(30'000, static_cast<char>('a' + i % 26))});
            a->updateEntry(id, "edited " + std::to_string(i)); // an autosave between the long answers
        }
    }
    const auto size = std::filesystem::file_size(store);
    EXPECT_GE(size, 2u << 20) << size;
    EXPECT_LT(size, (2u << 20) + (64u << 10));
}
