// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF journal written from real couple workbooks and read back with poppler (pdftotext,
// pdfinfo): what is in it, what must never be, how it paginates, and how a failed write ends.
#include "tw/export/PdfJournal.h"

#include "PdfTools.h"
#include "ProgressFixture.h"
#include "Unprivileged.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

using namespace tw;
using namespace tw::test;
using namespace tw::workbook;

namespace {

constexpr const char* kCheckin = "step4.trust-thermometer";
constexpr const char* kPromises = "step4.small-promises";

class PdfJournalTest : public DatedCoupleFixture {
protected:
    TempDir out;
    DashboardSources sources = dashboardSourcesFor(realCurriculum());

    Journal journalOf(Session& s) const { return collectJournal(s, realCurriculum(), sources, {}); }

    static std::string answer(const std::string& prompt, const std::string& text)
    {
        return nlohmann::json{{"prompts", {{prompt, text}}}}.dump();
    }

    static std::vector<std::string> filesIn(const std::filesystem::path& folder)
    {
        std::vector<std::string> names;
        for (const auto& item : std::filesystem::directory_iterator(folder)) {
            names.push_back(item.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }
};

/** @brief "16 March 2026" for @p ms in the local time zone, through the C library rather than Qt. */
std::string localDay(std::int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&seconds, &tm);
    char day[64];
    std::strftime(day, sizeof day, "%b %Y", &tm); // "2 Dec 2026", as the window writes dates
    return std::to_string(tm.tm_mday) + " " + day;
}

/** @brief Ordinary words, so generated paragraphs wrap like writing does. */
std::string prose(std::size_t words, unsigned seed)
{
    static const std::vector<std::string> vocabulary = {"we", "talked", "about", "the", "evening", "when", "it", "felt",
        "hard", "again", "and", "I", "noticed", "my", "chest", "tighten", "before", "saying", "anything", "slowly",
        "tried", "to", "listen", "without", "planning", "an", "answer", "week", "promise", "kept", "small", "steps",
        "matter", "more", "than", "grand", "gestures", "honest", "tired", "hopeful", "walk", "kitchen", "message",
        "later", "together", "calm", "worried", "trust", "returning"};
    std::string text;
    unsigned state = seed * 2654435761u + 1;
    for (std::size_t i = 0; i < words; ++i) {
        state = state * 1103515245u + 12345u;
        text += (i == 0 ? "" : (i % 17 == 0 ? ". " : " ")) + vocabulary[(state >> 8) % vocabulary.size()];
    }
    return text + ".";
}

} // namespace

TEST_F(PdfJournalTest, HoldsMyEntriesAndSharedOnesButNeverThePartnersPrivateWriting)
{
    {
        auto s = sam();
        at("2026-03-02", 9);
        const auto shared = s->addEntry({"step4.relapse-plan", "answer", Visibility::Private, "",
            answer("signs", "SAMSHAREDCANARY when I go quiet for days")});
        s->setVisibility(shared, Visibility::Shared);
        s->addEntry(
            {"step1.impact-letter", "answer", Visibility::Private, "", answer("discovery", "SAMPRIVATECANARY")});
        EntryService(*s).addCheckin(kCheckin, R"({"trust":3,"connected":4})", Visibility::Shared);
        at("2026-03-10", 9);
        EntryService(*s).addCheckin(kCheckin, R"({"trust":5,"connected":5,"note":"SAMPRIVATECHECKIN"})");
    }
    {
        auto a = alex();
        at("2026-03-04", 20);
        const auto shared = a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "",
            answer("discovery", "ALEXSHAREDCANARY, the night everything changed")});
        a->setVisibility(shared, Visibility::Shared);
        // Stored with sorted keys ("beliefs" before "since"); the exercise asks "since" first.
        a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "",
            nlohmann::json{{"prompts", {{"beliefs", "BELIEFSCANARY"}, {"since", "SINCECANARY"}}}}.dump()});
        a->addEntry(
            {"start.what-brings-me-here", "answer", Visibility::Private, "", answer("hope", "ALEXPRIVATECANARY")});
        EntryService entries(*a);
        entries.addCheckin(kCheckin, R"({"trust":4,"connected":6,"appreciation":"ALEXCHECKIN"})");
        at("2026-03-11", 20);
        entries.addCheckin(kCheckin, R"({"trust":6,"connected":7})");
        const auto kept = entries.addCommitment(kPromises, "Phone when I am late", "2026-03-06");
        const auto missed = entries.addCommitment(kPromises, "Cook on Friday", "2026-03-13");
        entries.markOutcome(kept, CommitmentOutcome::Kept);
        entries.markOutcome(missed, CommitmentOutcome::Missed);
        AgreementService(*a).propose("step2.transparency", "messages", "AGREEMENTCANARY: phones stay unlocked");
    }
    at("2026-03-16", 10);
    auto a = alex();
    const Journal journal = journalOf(*a);
    const auto pdf = out / "alex.pdf";
    const int pages = exporting::writePdfJournal(journal, pdf);

    EXPECT_EQ(pdfPageCount(pdf), pages);
    EXPECT_GE(pages, 3); // title, progress, entries
    const std::string text = pdfText(pdf);
    for (const char* present : {"Trustwork journal", "ALEXSHAREDCANARY", "ALEXPRIVATECANARY", "SAMSHAREDCANARY",
             "AGREEMENTCANARY", "ALEXCHECKIN", "How much I trust, right now: 4 / 10", "Trust over the weeks",
             "Sam (shared)", "You kept 1 of 2 commitments", "Phone when I am late",
             "Transparency, offered freely" /* no ligatures: PDF viewers must find the words */}) {
        EXPECT_NE(text.find(present), std::string::npos) << "missing: " << present;
    }
    EXPECT_NE(
        text.find("Private - Alex's Trustwork journal, exported " + localDay(journal.exportedAt)), std::string::npos);
    EXPECT_EQ(text.find("SAMPRIVATECANARY"), std::string::npos);
    EXPECT_EQ(text.find("SAMPRIVATECHECKIN"), std::string::npos);
    EXPECT_EQ(text.find("_pad"), std::string::npos) << "padding is storage detail, not text";
    EXPECT_NE(pdfText(pdf, 1).find("Page 1 of " + std::to_string(pages)), std::string::npos);

    // Each answer sits under its question as Alex (hurt) was asked it, in the exercise's order.
    const auto* letter = realCurriculum().findExercise("step1.impact-letter");
    ASSERT_NE(letter, nullptr);
    const auto question = [&](const std::string& id) {
        for (const auto& p : letter->prompts) {
            if (p.id == id) {
                return p.text.forRole("hurt").substr(0, 24); // pdftotext wraps long lines
            }
        }
        return std::string("no such prompt");
    };
    const auto asked = text.find(question("discovery"));
    ASSERT_NE(asked, std::string::npos) << question("discovery");
    EXPECT_LT(asked, text.find("ALEXSHAREDCANARY"));
    EXPECT_NE(text.find(question("since")), std::string::npos);
    EXPECT_LT(text.find(question("since")), text.find("SINCECANARY"));
    EXPECT_LT(text.find("SINCECANARY"), text.find(question("beliefs")));
    EXPECT_LT(text.find(question("beliefs")), text.find("BELIEFSCANARY"));

    // Curriculum order, not date order: step 1 comes before step 4 although Sam wrote first.
    const auto step1 = text.find("Step 1: Acknowledge the hurt without blame");
    const auto step4 = text.find("Step 4: Consistent action over time");
    ASSERT_NE(step1, std::string::npos);
    ASSERT_NE(step4, std::string::npos);
    EXPECT_LT(step1, text.find("ALEXSHAREDCANARY"));
    EXPECT_LT(text.find("ALEXSHAREDCANARY"), step4);
    EXPECT_LT(step4, text.find("SAMSHAREDCANARY"));
    EXPECT_EQ(filesIn(out.path()), std::vector<std::string>{"alex.pdf"}) << "no temp file may stay behind";
}

TEST_F(PdfJournalTest, AHundredPageJournalPaginatesAndLongTextContinuesOnTheNextPage)
{
    const std::vector<std::pair<std::string, std::string>> prompts = {{"step1.impact-letter", "since"},
        {"step4.relapse-plan", "signs"}, {"step4.after-a-slip", "what"}, {"start.what-brings-me-here", "hope"}};
    {
        auto a = alex();
        for (unsigned i = 0; i < 100; ++i) {
            at("2026-03-02", 8);
            now += static_cast<std::int64_t>(i) * 60'000;
            const auto& [exercise, prompt] = prompts[i % prompts.size()];
            a->addEntry({exercise, "answer", Visibility::Private, "", answer(prompt, prose(620, i))});
        }
        const std::string longText = "LONGSTART " + prose(4000, 999) + "\n\nLONGEND";
        a->addEntry({"step3.trigger-plan", "answer", Visibility::Private, "", answer("usual", longText)});
    }
    auto a = alex();
    const auto pdf = out / "long.pdf";
    const int pages = exporting::writePdfJournal(journalOf(*a), pdf);

    EXPECT_EQ(pdfPageCount(pdf), pages);
    EXPECT_GE(pages, 80);
    EXPECT_LE(pages, 140);
    int longStart = 0;
    int longEnd = 0;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pdfText(pdf, page);
        EXPECT_NE(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)), std::string::npos)
            << "page " << page;
        // Every entry page carries writing, not only a footer: no blank pages from the pagination. The
        // last page holds whatever is left over, which may be a few lines.
        if (page > 2 && page < pages) {
            EXPECT_GT(text.size(), 1000u) << "page " << page;
        }
        longStart = text.find("LONGSTART") != std::string::npos ? page : longStart;
        longEnd = text.find("LONGEND") != std::string::npos ? page : longEnd;
    }
    ASSERT_GT(longStart, 0);
    EXPECT_GE(longEnd - longStart, 3) << "4,000 words take several pages";
}

TEST_F(PdfJournalTest, AnEmptyJournalStillHasATitleAndProgressPage)
{
    auto a = alex();
    const auto pdf = out / "empty.pdf";
    const int pages = exporting::writePdfJournal(journalOf(*a), pdf);
    EXPECT_EQ(pages, 2);
    EXPECT_EQ(pdfPageCount(pdf), 2);
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("There are no entries yet."), std::string::npos);
    EXPECT_NE(text.find("No check-ins yet."), std::string::npos);

    const auto plain = out / "no-charts.pdf";
    EXPECT_EQ(exporting::writePdfJournal(journalOf(*a), plain, {.includeCharts = false}), 1);
    EXPECT_EQ(pdfText(plain).find("Trust over the weeks"), std::string::npos);
}

TEST_F(PdfJournalTest, AnUnwritableOutputGivesAClearErrorAndLeavesNoTempFiles)
{
    auto a = alex();
    const Journal journal = journalOf(*a);

    // A folder where the file should go: the temp file is written, the rename fails, and the temp
    // file must be gone again.
    std::filesystem::create_directories(out / "taken" / "inside");
    try {
        exporting::writePdfJournal(journal, out / "taken");
        ADD_FAILURE() << "writing over a folder succeeded";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_NE(std::string(e.what()).find((out / "taken").string()), std::string::npos) << e.what();
    }
    EXPECT_EQ(filesIn(out.path()), std::vector<std::string>{"taken"});

    try {
        exporting::writePdfJournal(journal, out / "missing" / "journal.pdf");
        ADD_FAILURE() << "writing into a missing folder succeeded";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_NE(std::string(e.what()).find("No such file or directory"), std::string::npos) << e.what();
    }

    EXPECT_EQ(kindOf([&] { exporting::writePdfJournal(journal, ""); }), ErrorKind::Usage);

    // Permissions as a user meets them, also when the tests run as root (which ignores them).
    std::filesystem::create_directory(out / "locked");
    {
        Unprivileged asUser(out.path()); // the whole tree, so the path to "locked" stays searchable
        std::filesystem::permissions(
            out / "locked", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        EXPECT_EQ(kindOf([&] { exporting::writePdfJournal(journal, out / "locked" / "j.pdf"); }), ErrorKind::ReadOnly);
        std::filesystem::permissions(out / "locked", std::filesystem::perms::owner_all);
    }
    EXPECT_TRUE(std::filesystem::is_empty(out / "locked"));
}
