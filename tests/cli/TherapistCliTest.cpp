// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Therapist mode through the real trustwork-cli binary: a practice and a couple's workbook in two
// folders, the files passed between them exactly as a therapist and a couple would.
#include "CliRunner.h"
#include "TempDir.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/Workbook.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

using nlohmann::json;
using tw::test::CliResult;
using tw::test::runCli;

namespace {

constexpr const char* kTherapist = "Dr Rivera";

struct TherapistCli : ::testing::Test {
    tw::test::TempDir dir;
    std::filesystem::path practice = dir / "practice";
    std::filesystem::path couple = dir / "couple";
    std::string fingerprint;

    void SetUp() override
    {
        auto r
            = runCli({"--data-dir", practice.string(), "create-practice", "--name", kTherapist, "--passphrase-stdin"},
                "rivera pass\n");
        ASSERT_EQ(r.exitCode, 0) << r.err;
        r = asTherapist({"identity"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        std::smatch m;
        ASSERT_TRUE(std::regex_search(r.out, m, std::regex("Fingerprint: ([0-9A-Z-]{39})"))) << r.out;
        fingerprint = m[1];
        ASSERT_EQ(asTherapist({"client", "add", "--label", "A&S"}).exitCode, 0);
        r = runCli({"--data-dir", couple.string(), "create", "--partner", "Alex:hurt", "--partner", "Sam:involved",
                       "--passphrase-stdin"},
            "alex pass\nsam pass\n");
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }

    CliResult in(const std::filesystem::path& where, const std::string& who, const std::string& pass,
        std::vector<std::string> args, const std::string& more = {})
    {
        std::vector<std::string> all = {"--data-dir", where.string(), "--as", who, "--passphrase-stdin"};
        all.insert(all.end(), args.begin(), args.end());
        return runCli(all, pass + "\n" + more);
    }
    CliResult asTherapist(std::vector<std::string> args) { return in(practice, kTherapist, "rivera pass", args); }
    CliResult asAlex(std::vector<std::string> args, const std::string& more = {})
    {
        return in(couple, "Alex", "alex pass", args, more);
    }
    CliResult asSam(std::vector<std::string> args, const std::string& more = {})
    {
        return in(couple, "Sam", "sam pass", args, more);
    }

    std::filesystem::path assign(const std::string& name = "week1.twassign")
    {
        const auto path = dir / name;
        const auto r = asTherapist({"assignment", "create", "--client", "A&S", "--item",
            "step1.impact-letter@2026-01-09", "--item", "step1.where-we-are", "--output", path.string()});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return path;
    }
    // Each partner confirms the therapist for themselves (Alex imports; Sam confirms the same file).
    void importConfirmed(const std::filesystem::path& file)
    {
        auto r = asAlex({"assignment", "import", file.string(), "--trust-fingerprint", fingerprint});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        r = asSam({"assignment", "import", file.string(), "--trust-fingerprint", fingerprint});
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    // Marks done the way the app does; the CLI has no command for it.
    void markDone(const std::string& who, const std::string& pass, const std::string& exerciseId)
    {
        auto session = tw::workbook::Workbook::unlock(couple, who, tw::crypto::SecretBytes::fromString(pass));
        tw::workbook::ProgressService(*session).markDone(exerciseId);
    }
    json clientJson()
    {
        const auto r = asTherapist({"client", "show", "A&S", "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return json::parse(r.out);
    }
};

std::string textOf(const std::filesystem::path& path)
{
    const auto bytes = tw::test::readBytes(path);
    return {bytes.begin(), bytes.end()};
}

// Flips one byte of @p original into @p target, cycling through masks so that low bits, the case bit
// and the top bit all get their turn.
void writeFlipped(const std::vector<std::uint8_t>& original, std::size_t i, const std::filesystem::path& target)
{
    static constexpr std::uint8_t kMasks[] = {0x01, 0x20, 0x80, 0x04};
    auto changed = original;
    changed[i] = static_cast<std::uint8_t>(changed[i] ^ kMasks[i % 4]);
    tw::test::writeBytes(target, changed);
}

} // namespace

TEST_F(TherapistCli, RoundTripShowsTheRightCompletion)
{
    const auto file = assign();
    const auto show = runCli({"assignment", "show", file.string()});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_NE(show.out.find(fingerprint), std::string::npos);
    EXPECT_NE(show.out.find("Signature:   valid"), std::string::npos);
    EXPECT_NE(show.out.find("step1.impact-letter"), std::string::npos);
    EXPECT_NE(show.out.find("due 2026-01-09"), std::string::npos);

    // The first import from an unknown therapist needs the fingerprint, and says which.
    const auto unconfirmed = asAlex({"assignment", "import", file.string()});
    EXPECT_EQ(unconfirmed.exitCode, 2);
    EXPECT_NE(unconfirmed.err.find(fingerprint), std::string::npos) << unconfirmed.err;
    importConfirmed(file);

    markDone("Alex", "alex pass", "step1.impact-letter");
    markDone("Sam", "sam pass", "step1.where-we-are");
    const auto list = asSam({"assignment", "list", "--json"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    const json items = json::parse(list.out);
    ASSERT_EQ(items.size(), 2U);
    EXPECT_EQ(items[0]["exerciseId"], "step1.impact-letter");
    EXPECT_EQ(items[0]["due"], "2026-01-09");
    EXPECT_EQ(items[0]["completion"]["Alex"], true);
    EXPECT_EQ(items[0]["completion"]["Sam"], false);

    ASSERT_EQ(
        asAlex({"report", "export", "--include", "completion", "--output", (dir / "alex.twreport").string()}).exitCode,
        0);
    ASSERT_EQ(
        asSam({"report", "export", "--include", "completion", "--output", (dir / "sam.twreport").string()}).exitCode,
        0);
    EXPECT_EQ(asTherapist({"report", "import", (dir / "alex.twreport").string()}).exitCode, 0);
    EXPECT_EQ(asTherapist({"report", "import", (dir / "sam.twreport").string()}).exitCode, 0);

    const json view = clientJson();
    ASSERT_EQ(view["assignments"].size(), 1U);
    const json& assigned = view["assignments"][0]["items"];
    ASSERT_EQ(assigned.size(), 2U);
    EXPECT_EQ(assigned[0]["exerciseId"], "step1.impact-letter");
    EXPECT_EQ(assigned[0]["completion"]["Alex"]["done"], true);
    EXPECT_EQ(assigned[0]["completion"]["Sam"]["done"], false);
    EXPECT_EQ(assigned[1]["completion"]["Alex"]["done"], false);
    EXPECT_EQ(assigned[1]["completion"]["Sam"]["done"], true);
    EXPECT_EQ(view["reports"].size(), 2U);
}

TEST_F(TherapistCli, EveryFlippedByteOfAnAssignmentIsRejectedWithExit7)
{
    const auto file = assign();
    const auto original = tw::test::readBytes(file);
    const auto target = dir / "flipped.twassign";
    for (std::size_t i = 0; i < original.size(); ++i) {
        writeFlipped(original, i, target);
        const auto r = asAlex({"assignment", "import", target.string(), "--trust-fingerprint", fingerprint});
        ASSERT_EQ(r.exitCode, 7) << "byte " << i << ": " << r.err;
        ASSERT_NE(r.err.find("The assignment file"), std::string::npos) << "byte " << i << ": " << r.err;
    }
    EXPECT_EQ(json::parse(asAlex({"assignment", "list", "--json"}).out).size(), 0U);
    EXPECT_EQ(runCli({"assignment", "show", target.string()}).exitCode, 7);
}

TEST_F(TherapistCli, EveryFlippedByteOfAReportIsRejectedWithExit7)
{
    importConfirmed(assign());
    const auto file = dir / "alex.twreport";
    ASSERT_EQ(asAlex({"report", "export", "--include", "completion", "--output", file.string()}).exitCode, 0);
    const auto original = tw::test::readBytes(file);
    const auto target = dir / "flipped.twreport";
    for (std::size_t i = 0; i < original.size(); ++i) {
        writeFlipped(original, i, target);
        const auto r = asTherapist({"report", "import", target.string()});
        ASSERT_EQ(r.exitCode, 7) << "byte " << i << ": " << r.err;
        ASSERT_NE(r.err.find("report"), std::string::npos) << "byte " << i << ": " << r.err;
    }
    EXPECT_EQ(clientJson()["reports"].size(), 0U);
    EXPECT_EQ(asTherapist({"report", "import", file.string()}).exitCode, 0);
}

TEST_F(TherapistCli, UnknownVersionsAreNamedWithExit7)
{
    const auto file = assign();
    json doc = json::parse(textOf(file));
    doc["version"] = 4; // 3 is the format with the practice's key changes
    tw::test::writeText(dir / "v4.twassign", doc.dump(2) + "\n");
    auto r = runCli({"assignment", "show", (dir / "v4.twassign").string()});
    EXPECT_EQ(r.exitCode, 7);
    EXPECT_NE(r.err.find("format version 4"), std::string::npos) << r.err;

    importConfirmed(file);
    ASSERT_EQ(
        asAlex({"report", "export", "--include", "completion", "--output", (dir / "r.twreport").string()}).exitCode, 0);
    doc = json::parse(textOf(dir / "r.twreport"));
    doc["version"] = 3;
    tw::test::writeText(dir / "v3.twreport", doc.dump(2) + "\n");
    r = asTherapist({"report", "import", (dir / "v3.twreport").string()});
    EXPECT_EQ(r.exitCode, 7);
    EXPECT_NE(r.err.find("format version 3"), std::string::npos) << r.err;
}

TEST_F(TherapistCli, AReportForAnotherTherapistCannotBeOpened)
{
    importConfirmed(assign());
    const auto file = dir / "alex.twreport";
    ASSERT_EQ(asAlex({"report", "export", "--include", "completion", "--output", file.string()}).exitCode, 0);
    const auto other = dir / "other-practice";
    ASSERT_EQ(runCli({"--data-dir", other.string(), "create-practice", "--name", "Dr Chen", "--passphrase-stdin"},
                  "chen pass\n")
                  .exitCode,
        0);
    ASSERT_EQ(in(other, "Dr Chen", "chen pass", {"client", "add", "--label", "A&S"}).exitCode, 0);
    const auto r = in(other, "Dr Chen", "chen pass", {"report", "import", file.string()});
    EXPECT_EQ(r.exitCode, 7);
    EXPECT_NE(r.err.find("not addressed to this practice"), std::string::npos) << r.err;
}

TEST_F(TherapistCli, ASignatureFromAnotherKeyIsRefusedNamingTheChange)
{
    importConfirmed(assign());
    // A second practice under the same name, with a client of the same label.
    const auto impostor = dir / "impostor";
    ASSERT_EQ(runCli({"--data-dir", impostor.string(), "create-practice", "--name", kTherapist, "--passphrase-stdin"},
                  "other pass\n")
                  .exitCode,
        0);
    ASSERT_EQ(in(impostor, kTherapist, "other pass", {"client", "add", "--label", "A&S"}).exitCode, 0);
    const auto forged = dir / "forged.twassign";
    ASSERT_EQ(
        in(impostor, kTherapist, "other pass",
            {"assignment", "create", "--client", "A&S", "--item", "step4.weekly-meeting", "--output", forged.string()})
            .exitCode,
        0);
    const auto r = asSam({"assignment", "import", forged.string()});
    EXPECT_EQ(r.exitCode, 7);
    EXPECT_NE(r.err.find("signed by a different key than the therapist you confirmed on"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(fingerprint), std::string::npos) << r.err;
    EXPECT_EQ(json::parse(asSam({"assignment", "list", "--json"}).out).size(), 2U);
}

TEST_F(TherapistCli, UntickedAndPartnerPrivateEntriesAppearNowhere)
{
    importConfirmed(assign());
    ASSERT_EQ(asAlex({"entry", "add", "--exercise", "step1.impact-letter", "--private", "--text-file", "-"},
                  "CANARY-ALEX-UNTICKED")
                  .exitCode,
        0);
    ASSERT_EQ(asAlex({"entry", "add", "--exercise", "step1.impact-letter", "--shared", "--text-file", "-"},
                  "ALEX-SHARED-TICKED")
                  .exitCode,
        0);
    const auto samEntry = asSam(
        {"entry", "add", "--exercise", "step1.impact-letter", "--private", "--text-file", "-"}, "CANARY-SAM-PRIVATE");
    ASSERT_EQ(samEntry.exitCode, 0);
    const std::string samEntryId = samEntry.out.substr(0, samEntry.out.find('\n'));
    const auto file = dir / "alex.twreport";
    ASSERT_EQ(
        asAlex({"report", "export", "--include", "completion,checkins,shared", "--output", file.string()}).exitCode, 0);
    const std::string raw = textOf(file);
    for (const char* word : {"CANARY-ALEX-UNTICKED", "CANARY-SAM-PRIVATE", "ALEX-SHARED-TICKED"}) {
        EXPECT_EQ(raw.find(word), std::string::npos) << word << " is readable in the report file";
    }
    ASSERT_EQ(asTherapist({"report", "import", file.string()}).exitCode, 0);
    const std::string decrypted = clientJson().dump();
    EXPECT_NE(decrypted.find("ALEX-SHARED-TICKED"), std::string::npos);
    EXPECT_EQ(decrypted.find("CANARY-ALEX-UNTICKED"), std::string::npos);
    EXPECT_EQ(decrypted.find("CANARY-SAM-PRIVATE"), std::string::npos);
    // And the practice keeps it encrypted at rest.
    EXPECT_FALSE(tw::test::treeContains(practice, "ALEX-SHARED-TICKED"));

    // Sam ticks private and names his entry: Sam's own canary goes in, Alex's never does.
    const auto samFile = dir / "sam.twreport";
    EXPECT_EQ(asSam({"report", "export", "--include", "completion,private", "--output", samFile.string()}).exitCode, 2);
    ASSERT_EQ(asSam({"report", "export", "--include", "completion,private", "--entry", samEntryId, "--output",
                        samFile.string()})
                  .exitCode,
        0);
    EXPECT_EQ(textOf(samFile).find("CANARY-SAM-PRIVATE"), std::string::npos);
    ASSERT_EQ(asTherapist({"report", "import", samFile.string()}).exitCode, 0);
    const std::string both = clientJson().dump();
    EXPECT_NE(both.find("CANARY-SAM-PRIVATE"), std::string::npos);
    EXPECT_EQ(both.find("CANARY-ALEX-UNTICKED"), std::string::npos);
}

TEST_F(TherapistCli, EachKindOfWorkbookRefusesTheOtherSidesCommands)
{
    EXPECT_EQ(asTherapist({"entry", "list"}).exitCode, 2);
    EXPECT_EQ(asTherapist({"assignment", "list"}).exitCode, 2);
    EXPECT_EQ(asTherapist({"add-partner", "--partner", "Eve:mutual"}).exitCode, 2);
    EXPECT_EQ(asAlex({"identity"}).exitCode, 2);
    EXPECT_EQ(asAlex({"client", "add", "--label", "X"}).exitCode, 2);
    const auto noTherapist = asAlex({"report", "export", "--include", "completion", "--output", (dir / "r").string()});
    EXPECT_EQ(noTherapist.exitCode, 2);
    EXPECT_NE(noTherapist.err.find("import an assignment"), std::string::npos) << noTherapist.err;
    EXPECT_EQ(asAlex({"report", "export", "--include", "shared", "--output", (dir / "r").string()}).exitCode, 2);
    const auto info = runCli({"--data-dir", practice.string(), "info"});
    EXPECT_NE(info.out.find("practice"), std::string::npos) << info.out;
    const auto unknownItem = asTherapist(
        {"assignment", "create", "--client", "A&S", "--item", "step9.nothing", "--output", (dir / "x").string()});
    EXPECT_EQ(unknownItem.exitCode, 2);
    EXPECT_NE(unknownItem.err.find("step9.nothing"), std::string::npos);
}

TEST_F(TherapistCli, APracticesOwnPackTravelsInTheAssignmentAndIsInstalled)
{
    std::filesystem::create_directories(practice / "packs");
    std::filesystem::copy(std::filesystem::path(TW_SOURCE_DIR) / "content" / "packs" / "example",
        practice / "packs" / "example", std::filesystem::copy_options::recursive);
    const auto file = dir / "pack.twassign";
    const auto created = asTherapist({"assignment", "create", "--client", "A&S", "--item",
        "example:money-and-trust.hidden-debt@2026-02-01", "--output", file.string()});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_NE(textOf(file).find("pack"), std::string::npos);
    EXPECT_NE(runCli({"assignment", "show", file.string()}).out.find("It carries a content pack."), std::string::npos);

    importConfirmed(file);
    const auto installed = couple / "packs" / "example.json";
    ASSERT_TRUE(std::filesystem::exists(installed));
    const auto valid = runCli({"content", "validate", installed.string()});
    EXPECT_EQ(valid.exitCode, 0) << valid.out << valid.err;
    const json items = json::parse(asSam({"assignment", "list", "--json"}).out);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0]["exerciseId"], "example:money-and-trust.hidden-debt");
    EXPECT_EQ(items[0]["title"], "When money was the secret");
}

TEST_F(TherapistCli, APracticeKeyChangeIsShownAndEachPartnerConfirmsIt)
{
    importConfirmed(assign());
    auto r = asTherapist({"identity", "change-key"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex("Now: +([0-9A-Z-]{39})"))) << r.out;
    const std::string newFingerprint = m[1];
    EXPECT_NE(r.out.find("Before:      " + fingerprint), std::string::npos) << r.out;
    r = asTherapist({"identity"});
    EXPECT_NE(r.out.find("Fingerprint: " + newFingerprint), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Key change:"), std::string::npos) << r.out;
    EXPECT_EQ(asTherapist({"identity", "rotate"}).exitCode, 2);

    const auto next = assign("week2.twassign");
    r = runCli({"assignment", "show", next.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Key change:  " + fingerprint + " signed over to " + newFingerprint), std::string::npos)
        << r.out;
    // Not imported without the partner's own yes; the message says what happened and how to go on.
    r = asAlex({"assignment", "import", next.string()});
    EXPECT_EQ(r.exitCode, 7);
    EXPECT_NE(r.err.find("changed keys"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--trust-fingerprint " + newFingerprint), std::string::npos) << r.err;
    r = asAlex({"assignment", "import", next.string(), "--trust-fingerprint", newFingerprint});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(json::parse(asAlex({"assignment", "list", "--json"}).out).size(), 4U) << "old and new items";
    // Sam is asked for himself.
    r = asSam({"assignment", "pending"});
    EXPECT_NE(r.out.find("a new key of the same practice"), std::string::npos) << r.out;

    // Every byte of the key change inside the file, flipped, is refused with exit 7.
    const auto original = tw::test::readBytes(next);
    const std::string text(original.begin(), original.end());
    const auto start = text.find("handovers");
    const auto end = text.find("items", start);
    ASSERT_NE(start, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    const auto target = dir / "flipped.twassign";
    for (std::size_t i = start; i < end; ++i) {
        writeFlipped(original, i, target);
        r = runCli({"assignment", "show", target.string()});
        ASSERT_EQ(r.exitCode, 7) << "byte " << i << ": " << r.err;
    }
}
