// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Search over a real couple workbook: own private and shared text, never the partner's private text.
#include "tw/workbook/SearchIndex.h"

#include "ProgressFixture.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/RevealService.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using namespace tw::workbook;

namespace {

class SearchIndexTest : public DatedCoupleFixture {
protected:
    std::string add(Session& s, const std::string& exercise, const std::string& body, Visibility v,
        const std::string& kind = "answer")
    {
        now += 60'000;
        return s.addEntry({exercise, kind, v, "", body});
    }

    static std::vector<std::string> ids(const std::vector<SearchHit>& hits)
    {
        std::vector<std::string> out;
        for (const auto& h : hits) {
            out.push_back(h.entryId);
        }
        return out;
    }

    static bool isValidUtf8(const std::string& text)
    {
        for (std::size_t i = 0; i < text.size();) {
            const auto c = static_cast<unsigned char>(text[i]);
            const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
            if (length == 0 || i + length > text.size()) {
                return false;
            }
            for (std::size_t k = 1; k < length; ++k) {
                if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
};

} // namespace

TEST_F(SearchIndexTest, FindsOwnPrivateAndSharedTextButNeverThePartnersPrivateText)
{
    std::string alexPrivate, alexShared, samShared, samPrivate;
    {
        auto a = alex();
        alexPrivate
            = add(*a, "step1.impact-letter", R"({"letter":"CANARY-alex-private walnut grove"})", Visibility::Private);
        alexShared = add(*a, "step1.impact-letter", R"({"letter":"the lighthouse walnut"})", Visibility::Shared);
    }
    {
        auto s = sam();
        samPrivate
            = add(*s, "step1.impact-letter", R"({"letter":"CANARY-sam-private walnut harbour"})", Visibility::Private);
        samShared
            = add(*s, "step2.when-agreements-strain", R"({"reflection":"the harbour at dusk"})", Visibility::Shared);
    }
    auto a = alex();
    SearchIndex index;
    index.reload(*a);
    EXPECT_EQ(index.size(), 3u);

    EXPECT_EQ(ids(index.find("walnut")), (std::vector<std::string>{alexShared, alexPrivate})); // newest first
    EXPECT_EQ(ids(index.find("harbour")), std::vector<std::string>{samShared});
    EXPECT_EQ(ids(index.find("HARBOUR Dusk")), std::vector<std::string>{samShared}); // ASCII case folded
    EXPECT_TRUE(index.find("CANARY-sam-private").empty());
    EXPECT_TRUE(index.find("walnut harbour").empty()); // every word must occur in the same entry
    EXPECT_EQ(ids(index.find("canary-alex")), std::vector<std::string>{alexPrivate});
    EXPECT_TRUE(index.find("   ").empty());

    const auto hit = index.find("lighthouse").at(0);
    EXPECT_EQ(hit.exerciseId, "step1.impact-letter");
    EXPECT_EQ(hit.kind, "answer");
    EXPECT_EQ(hit.authorId, a->me().id);
    EXPECT_EQ(hit.visibility, Visibility::Shared);
    EXPECT_EQ(hit.createdAt, utcMs("2026-03-02", 12) + 2 * 60'000);
    EXPECT_EQ(hit.snippet, "the lighthouse walnut");

    EXPECT_EQ(index.find("walnut", 1).size(), 1u);

    // Sam's own index finds Sam's private words, not Alex's.
    auto s = sam();
    SearchIndex theirs;
    theirs.reload(*s);
    EXPECT_EQ(ids(theirs.find("walnut")), (std::vector<std::string>{samPrivate, alexShared}));
}

TEST_F(SearchIndexTest, SearchesStringValuesOnlyAndSkipsInternalRows)
{
    auto a = alex();
    EntryService(*a).addCheckin("step4.trust-thermometer", R"({"trust":7,"appreciation":"the garden"})");
    add(*a, "step1.impact-letter", "plain text, not JSON: trust me", Visibility::Private);
    add(*a, "step3.trigger-log", R"({"values":{"situation":"drafted words"}})", Visibility::Private, "draft");
    ProgressService(*a).markDone("step1.impact-letter");
    RevealService(*a).answer("step1.questions-and-answers", R"({"q1":"an answer of mine"})");
    SearchIndex index;
    index.reload(*a);
    EXPECT_EQ(index.size(), 3u); // check-in, plain text, reveal answer
    EXPECT_EQ(index.find("trust").size(), 1u); // the plain text; the check-in's key is not its words
    EXPECT_EQ(index.find("garden").size(), 1u);
    EXPECT_TRUE(index.find("drafted").empty());
    EXPECT_TRUE(index.find("done").empty());
    EXPECT_TRUE(index.find("_pad").empty());
    EXPECT_EQ(index.find("answer of mine").size(), 1u);
}

TEST_F(SearchIndexTest, NonAsciiMatchesExactlyAndSnippetsStayValidUtf8)
{
    auto a = alex();
    std::string longText;
    for (int i = 0; i < 30; ++i) {
        longText += "Grüße über Straße ";
    }
    longText += "Kuchenstück ";
    for (int i = 0; i < 30; ++i) {
        longText += "ÄÖÜ äöü ñ 日本 ";
    }
    add(*a, "step1.impact-letter", nlohmann::json({{"letter", longText}}).dump(), Visibility::Private);
    SearchIndex index;
    index.reload(*a);
    const auto hits = index.find("kuchenstück");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_NE(hits[0].snippet.find("Kuchenstück"), std::string::npos);
    EXPECT_LT(hits[0].snippet.size(), 200u);
    EXPECT_TRUE(isValidUtf8(hits[0].snippet)) << hits[0].snippet;
    EXPECT_EQ(hits[0].snippet.rfind("\xE2\x80\xA6", 0), 0u); // starts with an ellipsis: text was cut
    EXPECT_EQ(index.find("straße").size(), 1u);
    EXPECT_TRUE(index.find("STRASSE").empty()); // case folding is ASCII only
    EXPECT_TRUE(index.find("KUCHENSTÜCK").empty());
}

TEST_F(SearchIndexTest, ClearForgetsEverything)
{
    auto a = alex();
    add(*a, "step1.impact-letter", R"({"letter":"something to forget"})", Visibility::Private);
    SearchIndex index;
    index.reload(*a);
    ASSERT_EQ(index.find("forget").size(), 1u);
    index.clear();
    EXPECT_EQ(index.size(), 0u);
    EXPECT_TRUE(index.find("forget").empty());
    index.reload(*a); // usable again after the next unlock
    EXPECT_EQ(index.find("forget").size(), 1u);
}
