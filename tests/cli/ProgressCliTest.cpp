// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `checkin add` and `export --format json|pdf` through the real trustwork-cli binary.
#include "CliRunner.h"
#include "TempDir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <memory>

using nlohmann::json;
using tw::test::runCli;

namespace {

struct ProgressCli : ::testing::Test {
    tw::test::TempDir dir;
    const std::string content = std::string(TW_SOURCE_DIR) + "/content";

    void SetUp() override
    {
        const auto r = runCli({"--data-dir", dir.path().string(), "create", "--partner", "Alex:hurt", "--partner",
                                  "Sam:involved", "--passphrase-stdin"},
            "alex pass\nsam pass\n");
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    tw::test::CliResult as(const std::string& who, std::vector<std::string> args, const std::string& input = {})
    {
        std::vector<std::string> all
            = {"--data-dir", dir.path().string(), "--content-dir", content, "--as", who, "--passphrase-stdin"};
        all.insert(all.end(), args.begin(), args.end());
        const std::string passphrase = who == "Alex" ? "alex pass\n" : "sam pass\n";
        return runCli(all, passphrase + input);
    }
    json exportJson(const std::string& who)
    {
        const auto file = dir / (who + ".json");
        const auto r = as(who, {"export", "--format", "json", "--output", file.string()});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        const auto bytes = tw::test::readBytes(file);
        return json::parse(std::string(bytes.begin(), bytes.end()));
    }
    static std::vector<json> checkins(const json& doc, const std::string& author)
    {
        std::vector<json> out;
        for (const auto& e : doc.at("entries")) {
            if (e.at("kind") == "checkin" && e.at("author") == author) {
                out.push_back(e);
            }
        }
        return out;
    }
};

std::string pdfText(const std::filesystem::path& pdf)
{
    const std::string command = "pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string text;
    std::array<char, 4096> buffer{};
    while (pipe && std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get())) {
        text += buffer.data();
    }
    return text;
}

} // namespace

TEST_F(ProgressCli, CheckinAddRefusesValuesOutsideTheScale)
{
    for (const auto& bad : {"11", "-1", "x", "7.5", ""}) {
        const auto r = as("Alex", {"checkin", "add", "--trust", bad});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_NE(r.err.find("--trust takes a whole number from 0 to 10"), std::string::npos) << r.err;
    }
    const auto connected = as("Alex", {"checkin", "add", "--trust", "5", "--connected", "12"});
    EXPECT_EQ(connected.exitCode, 2);
    EXPECT_NE(connected.err.find("--connected takes a whole number from 0 to 10"), std::string::npos);
    EXPECT_EQ(as("Alex", {"checkin", "add"}).exitCode, 2);
    EXPECT_EQ(as("Alex", {"checkin", "add", "--trust", "5", "--shared", "--private"}).exitCode, 2);
    EXPECT_EQ(as("Alex", {"checkin", "list"}).exitCode, 2);
    EXPECT_EQ(
        as("Alex", {"checkin", "add", "--trust", "5", "--note-file", "-", "--appreciation-file", "-"}).exitCode, 2);
    // Nothing was saved by any of them.
    EXPECT_TRUE(checkins(exportJson("Alex"), "Alex").empty());
}

TEST_F(ProgressCli, CheckinAddThenExportShowsIt)
{
    const auto note = dir / "note.txt";
    tw::test::writeText(note, "We talked after dinner.\n");
    auto r = as("Alex",
        {"checkin", "add", "--trust", "7", "--connected", "6", "--note-file", note.string(), "--appreciation-file",
            "-"},
        "You made tea.\n");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string id = r.out.substr(0, r.out.find('\n'));
    r = as("Sam", {"checkin", "add", "--trust", "4", "--shared"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = as("Sam", {"checkin", "add", "--trust", "1", "--note-file", "-"}, "CANARY-sam-private-checkin");
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const json alex = exportJson("Alex");
    const auto mine = checkins(alex, "Alex");
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].at("id"), id);
    EXPECT_EQ(mine[0].at("exerciseId"), "step4.trust-thermometer");
    EXPECT_EQ(mine[0].at("visibility"), "private"); // private by default
    EXPECT_EQ(mine[0].at("body"),
        json({{"trust", 7}, {"connected", 6}, {"appreciation", "You made tea."}, {"note", "We talked after dinner."}}));
    const auto& trend = alex.at("checkinTrend");
    EXPECT_EQ(trend.at("mine").at("weeks").at(0).at("trust"), 7.0);
    // Sam's shared check-in is Sam's trend for Alex; the private one is in neither.
    EXPECT_EQ(trend.at("partner").at("weeks").at(0).at("trust"), 4.0);
    EXPECT_EQ(trend.at("partner").at("weeks").at(0).at("checkins"), 1);
    EXPECT_EQ(checkins(alex, "Sam").size(), 1u);
    EXPECT_EQ(alex.dump().find("CANARY-sam-private-checkin"), std::string::npos);

    const json sam = exportJson("Sam");
    EXPECT_EQ(checkins(sam, "Sam").size(), 2u);
    EXPECT_TRUE(checkins(sam, "Alex").empty()); // Alex's check-in was private
    // Both of Sam's check-ins count for Sam (weighted, in case the two fell either side of a week's start).
    double sum = 0;
    int count = 0;
    for (const auto& week : sam.at("checkinTrend").at("mine").at("weeks")) {
        sum += week.at("trust").get<double>() * week.at("checkins").get<int>();
        count += week.at("checkins").get<int>();
    }
    EXPECT_EQ(count, 2);
    EXPECT_DOUBLE_EQ(sum / count, 2.5);
    EXPECT_TRUE(sam.at("checkinTrend").at("partner").at("weeks").empty());
}

TEST_F(ProgressCli, ExportRefusesBadRequestsClearly)
{
    auto r = as("Alex", {"export", "--format", "docx", "--output", (dir / "x").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("Unknown export format \"docx\"; use pdf or json."), std::string::npos) << r.err;
    EXPECT_EQ(as("Alex", {"export", "--format", "json"}).exitCode, 2);
    r = as("Alex", {"export", "--format", "json", "--output", (dir / "missing" / "x.json").string()});
    EXPECT_EQ(r.exitCode, 6) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "missing"));
    r = runCli({"--data-dir", dir.path().string(), "--content-dir", (dir / "nowhere").string(), "--as", "Alex",
                   "--passphrase-stdin", "export", "--format", "json", "--output", (dir / "x.json").string()},
        "alex pass\n");
    EXPECT_EQ(r.exitCode, 6);
    EXPECT_FALSE(std::filesystem::exists(dir / "x.json"));
    EXPECT_EQ(as("Alex", {"export", "--format", "json", "--output", (dir / "x.json").string()}, "").exitCode, 0);
    const auto wrong
        = runCli({"--data-dir", dir.path().string(), "--content-dir", content, "--as", "Alex", "--passphrase-stdin",
                     "export", "--format", "json", "--output", (dir / "y.json").string()},
            "not the passphrase\n");
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_FALSE(std::filesystem::exists(dir / "y.json"));
}

TEST_F(ProgressCli, PdfExportHasSharedTextAndNotThePartnersPrivateText)
{
    ASSERT_EQ(as("Alex", {"entry", "add", "--exercise", "step1.impact-letter", "--shared", "--text-file", "-"},
                  "Shared-lighthouse-words")
                  .exitCode,
        0);
    ASSERT_EQ(as("Alex", {"checkin", "add", "--trust", "8", "--note-file", "-"}, "Alex-own-private-note").exitCode, 0);
    ASSERT_EQ(as("Sam", {"entry", "add", "--exercise", "step1.impact-letter", "--private", "--text-file", "-"},
                  "CANARY-sam-private-letter")
                  .exitCode,
        0);
    ASSERT_EQ(as("Sam", {"entry", "add", "--exercise", "step1.impact-letter", "--shared", "--text-file", "-"},
                  "Sam-shared-harbour")
                  .exitCode,
        0);
    const auto pdf = dir / "journal.pdf";
    const auto r = as("Alex", {"export", "--format", "pdf", "--output", pdf.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("-page PDF"), std::string::npos) << r.out;
    const auto bytes = tw::test::readBytes(pdf);
    ASSERT_GT(bytes.size(), 4u);
    EXPECT_EQ(std::string(bytes.begin(), bytes.begin() + 5), "%PDF-");
    const std::string text = pdfText(pdf);
    ASSERT_FALSE(text.empty()) << "pdftotext (poppler-utils) must be installed";
    EXPECT_NE(text.find("Shared-lighthouse-words"), std::string::npos);
    EXPECT_NE(text.find("Sam-shared-harbour"), std::string::npos);
    EXPECT_NE(text.find("Alex-own-private-note"), std::string::npos);
    EXPECT_EQ(text.find("CANARY-sam-private-letter"), std::string::npos);
}
