// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Practice and couple workbooks together: identity, trust on first import, assigned items,
// consented reports and the practice's client view.
#include "TherapistFixture.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/SealedBox.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/ReportFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace tw;
using namespace tw::workbook;
using nlohmann::json;
using tw::test::kindOf;
using tw::test::secret;

namespace {

using Therapist = tw::test::TherapistFixture;

ReportChoices sharedOnly()
{
    ReportChoices c;
    c.shared = true;
    return c;
}

std::string errorText(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    ADD_FAILURE() << "no error";
    return {};
}

std::string fileText(const std::filesystem::path& path)
{
    const auto bytes = tw::test::readBytes(path);
    return {bytes.begin(), bytes.end()};
}

} // namespace

TEST_F(Therapist, PracticeIsItsOwnKindWithAStableIdentity)
{
    EXPECT_EQ(Workbook::info(practiceDir.path()).kind, kPracticeKind);
    EXPECT_EQ(Workbook::info(dir.path()).kind, kCoupleKind);
    auto t = therapist();
    EXPECT_TRUE(t->isPractice());
    EXPECT_EQ(t->me().name, "Dr Rivera");
    PracticeService practice(*t);
    const auto id = practice.identity();
    EXPECT_EQ(id.fingerprint, fingerprint);
    EXPECT_EQ(id.fingerprint, crypto::fingerprint(id.signPublicKey, id.boxPublicKey));
    t->lock();
    auto again = therapist();
    EXPECT_EQ(PracticeService(*again).identity().fingerprint, fingerprint);
    // The seeds are sealed rows: nothing of them is readable in the practice's files.
    EXPECT_FALSE(tw::test::treeContains(practiceDir.path(), "signSeed"));
}

TEST_F(Therapist, EachSideRefusesTheOtherKindOfWorkbook)
{
    auto couple = alex();
    auto practice = therapist();
    EXPECT_EQ(kindOf([&] { PracticeService p(*couple); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { AssignmentService a(*practice); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { ReportService r(*practice); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { (void)practice->addPartner({"Eve", Role::Mutual, secret("eve pass")}); }), ErrorKind::Usage);
}

TEST_F(Therapist, ClientLabelsAreUniqueAndRequired)
{
    auto t = therapist();
    PracticeService practice(*t);
    EXPECT_EQ(kindOf([&] { practice.addClient("A&S"); }), ErrorKind::Usage);
    EXPECT_EQ(kindOf([&] { practice.addClient("  "); }), ErrorKind::Usage);
    practice.addClient("J&K");
    ASSERT_EQ(practice.clients().size(), 2U);
    EXPECT_EQ(kindOf([&] { (void)practice.client("Nobody"); }), ErrorKind::NotFound);
    EXPECT_EQ(kindOf([&] {
        practice.exportAssignment(
            {"Nobody", {{"step1.impact-letter", "", "", ""}}, "", ""}, practiceDir / "x.twassign");
    }),
        ErrorKind::NotFound);
}

TEST_F(Therapist, TemplatesAreSavedListedAndDeleted)
{
    auto t = therapist();
    PracticeService practice(*t);
    const auto id = practice.saveTemplate(
        "Step 1 week", {"", {{"step1.impact-letter", "The impact letter", "", "Slowly"}}, "Note", ""});
    auto list = practice.templates();
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0].name, "Step 1 week");
    EXPECT_EQ(list[0].draft.items.at(0).note, "Slowly");
    practice.deleteTemplate(id);
    EXPECT_TRUE(practice.templates().empty());
}

TEST_F(Therapist, FirstImportNeedsTheMatchingFingerprint)
{
    const auto file = assign({{"step1.impact-letter", "", "2026-01-09", ""}});
    auto a = alex();
    AssignmentService service(*a);
    EXPECT_EQ(service.check(AssignmentFile::load(file)).state, TrustState::FirstTime);
    const auto first = errorText([&] { service.importFile(file); });
    EXPECT_NE(first.find(fingerprint), std::string::npos) << first;
    EXPECT_EQ(
        kindOf([&] { service.importFile(file, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"); }), ErrorKind::InvalidInput);
    EXPECT_TRUE(service.assignments().empty());
    // Typed by hand: lower case, spaces instead of dashes.
    std::string typed = fingerprint;
    std::replace(typed.begin(), typed.end(), '-', ' ');
    std::transform(
        typed.begin(), typed.end(), typed.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
    const auto outcome = service.importFile(file, typed);
    EXPECT_TRUE(outcome.newlyTrusted);
    ASSERT_TRUE(service.therapist());
    EXPECT_EQ(service.therapist()->identity.name, "Dr Rivera");
    EXPECT_EQ(service.therapist()->confirmedBy, "Alex");
    // Sam sees the shared assignment, but trusts nobody on Alex's word: he confirms for himself.
    a->lock();
    auto s = sam();
    AssignmentService samSide(*s);
    EXPECT_EQ(samSide.assignments().size(), 1U);
    EXPECT_FALSE(samSide.therapist());
    EXPECT_TRUE(samSide.items().empty());
    ASSERT_EQ(samSide.pending().size(), 1U);
    EXPECT_EQ(samSide.pending()[0].imported.importedBy, "Alex");
    EXPECT_EQ(kindOf([&] { samSide.importFile(file); }), ErrorKind::Usage);
    const auto confirmed = samSide.importFile(file, fingerprint);
    EXPECT_TRUE(confirmed.alreadyImported);
    EXPECT_TRUE(confirmed.newlyTrusted);
    EXPECT_TRUE(samSide.pending().empty());
    EXPECT_EQ(samSide.therapist()->confirmedBy, "Sam");
    // A later file from the same key, for the same client, needs no fingerprint.
    const auto later = assign({{"step1.where-we-are", "", "", ""}}, "b.twassign");
    EXPECT_FALSE(samSide.importFile(later).newlyTrusted);
    EXPECT_EQ(samSide.assignments().size(), 2U);
}

TEST_F(Therapist, AnotherKeyIsRefusedWithAMessageNamingTheChange)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    auto a = alex();
    AssignmentService service(*a);
    service.importFile(file, fingerprint);

    // Someone else makes a practice under the same name and signs an assignment for the same label.
    tw::test::TempDir impostorDir;
    const auto impostor
        = PracticeService::create(impostorDir.path(), "Dr Rivera", secret("other pass"), options).identity;
    auto other = Workbook::unlock(impostorDir.path(), "Dr Rivera", secret("other pass"), options);
    PracticeService(*other).addClient("A&S");
    const auto forged = impostorDir / "forged.twassign";
    PracticeService(*other).exportAssignment({"A&S", {{"step4.review", "", "", ""}}, "", ""}, forged);

    const auto message = errorText([&] { service.importFile(forged); });
    EXPECT_EQ(kindOf([&] { service.importFile(forged); }), ErrorKind::InvalidInput);
    EXPECT_NE(message.find("signed by a different key than the therapist you confirmed on " + localDate(a->nowMs())),
        std::string::npos)
        << message;
    EXPECT_NE(message.find(fingerprint), std::string::npos) << message;
    EXPECT_NE(message.find(impostor.fingerprint), std::string::npos) << message;
    EXPECT_EQ(service.assignments().size(), 1U);
    EXPECT_EQ(service.therapist()->identity.fingerprint, fingerprint);
    // Only an explicit confirmation of the new fingerprint moves the workbook to the new key.
    EXPECT_TRUE(service.importFile(forged, impostor.fingerprint).newlyTrusted);
    EXPECT_EQ(service.therapist()->identity.fingerprint, impostor.fingerprint);
}

TEST_F(Therapist, AssignedItemsShowDueDatesOverdueAndCompletionPerPartner)
{
    options.now = [] { return 1767614400000LL; }; // 2026-01-05 12:00 UTC
    const auto file = assign({{"step1.impact-letter", "", "2026-01-02", ""},
        {"step1.where-we-are", "", "2026-02-01", ""}, {"step1.apology", "", "", ""}});
    auto a = alex();
    AssignmentService(*a).importFile(file, fingerprint);
    ProgressService(*a).markDone("step1.impact-letter");
    a->lock();
    auto s = sam();
    EXPECT_TRUE(AssignmentService(*s).items().empty()); // not yet confirmed by Sam himself
    const auto id = AssignmentService(*s).pending().at(0).imported.assignment.id;
    AssignmentService(*s).confirm(id, fingerprint);
    auto items = AssignmentService(*s).items();
    ASSERT_EQ(items.size(), 3U);
    EXPECT_EQ(items[0].item.exerciseId, "step1.impact-letter"); // soonest due first, undated last
    EXPECT_EQ(items[2].item.exerciseId, "step1.apology");
    ASSERT_EQ(items[0].completion.size(), 2U);
    EXPECT_EQ(items[0].completion[0].partnerName, "Sam");
    EXPECT_FALSE(items[0].completion[0].done);
    EXPECT_EQ(items[0].completion[1].partnerName, "Alex");
    EXPECT_TRUE(items[0].completion[1].done);
    EXPECT_TRUE(items[0].overdue);
    EXPECT_FALSE(items[1].overdue);
    EXPECT_FALSE(items[2].overdue);
    ProgressService(*s).markDone("step1.impact-letter");
    EXPECT_FALSE(AssignmentService(*s).items()[0].overdue);
}

TEST_F(Therapist, ReportRoundTripShowsCompletionPerPartnerInTheClientView)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}, {"step1.where-we-are", "", "", ""}});
    {
        auto a = alex();
        AssignmentService(*a).importFile(file, fingerprint);
        ProgressService(*a).markDone("step1.impact-letter");
        ReportService(*a).exportTo({}, practiceDir / "alex.twreport");
    }
    {
        auto s = sam();
        AssignmentService(*s).importFile(file, fingerprint); // Sam confirms the therapist for himself
        ProgressService(*s).markDone("step1.where-we-are");
        ReportService(*s).exportTo({}, practiceDir / "sam.twreport");
    }
    auto t = therapist();
    PracticeService practice(*t);
    EXPECT_FALSE(practice.importReport(practiceDir / "alex.twreport").alreadyImported);
    EXPECT_EQ(practice.importReport(practiceDir / "sam.twreport").clientLabel, "A&S");
    EXPECT_TRUE(practice.importReport(practiceDir / "alex.twreport").alreadyImported);
    const auto view = practice.clientView("A&S");
    ASSERT_EQ(view.reports.size(), 2U);
    ASSERT_EQ(view.assignments.size(), 1U);
    const auto& items = view.assignments[0].items;
    ASSERT_EQ(items.size(), 2U);
    auto doneBy = [&](std::size_t item, const std::string& who) {
        for (const auto& c : items[item].completion) {
            if (c.partnerName == who) {
                return c.done;
            }
        }
        ADD_FAILURE() << who << " has no completion for item " << item;
        return false;
    };
    EXPECT_TRUE(doneBy(0, "Alex"));
    EXPECT_FALSE(doneBy(0, "Sam"));
    EXPECT_FALSE(doneBy(1, "Alex"));
    EXPECT_TRUE(doneBy(1, "Sam"));
}

TEST_F(Therapist, AReportForAnotherPracticeCannotBeOpened)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    {
        auto a = alex();
        AssignmentService(*a).importFile(file, fingerprint);
        ReportService(*a).exportTo({}, practiceDir / "alex.twreport");
    }
    tw::test::TempDir otherDir;
    PracticeService::create(otherDir.path(), "Dr Chen", secret("chen pass"), options);
    auto other = Workbook::unlock(otherDir.path(), "Dr Chen", secret("chen pass"), options);
    PracticeService(*other).addClient("A&S");
    const auto message = errorText([&] { PracticeService(*other).importReport(practiceDir / "alex.twreport"); });
    EXPECT_NE(message.find("not addressed to this practice"), std::string::npos) << message;
    EXPECT_TRUE(PracticeService(*other).clientView("A&S").reports.empty());
}

TEST_F(Therapist, OnlyWhatThePartnerTickedIsInTheReport)
{
    const auto file = assign({{"step1.where-we-are", "", "", ""}});
    {
        auto s = sam();
        s->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-SAM-PRIVATE"});
    }
    auto a = alex();
    AssignmentService(*a).importFile(file, fingerprint);
    a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-ALEX-PRIVATE"});
    a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "ALEX-SHARED-WORDS"});
    EntryService(*a).addCheckin("step1.where-we-are", R"({"closeness": 4})");
    EntryService(*a).addCheckin("step1.where-we-are", R"({"closeness": 6})");

    ReportService reports(*a);
    const Report minimal = reports.build({});
    EXPECT_TRUE(minimal.sharedEntries.empty());
    EXPECT_TRUE(minimal.privateEntries.empty());
    EXPECT_TRUE(minimal.checkins.empty());
    EXPECT_EQ(minimal.items.size(), 1U);

    ReportChoices everything;
    everything.checkins = true;
    everything.shared = true;
    for (const auto& c : reports.candidates()) {
        if (!c.shared) {
            everything.privateEntryIds.push_back(c.id);
        }
    }
    const Report full = reports.build(everything);
    ASSERT_EQ(full.checkins.size(), 1U);
    EXPECT_DOUBLE_EQ(full.checkins[0].mean, 5.0);
    EXPECT_EQ(full.checkins[0].count, 2);
    const std::string all = ReportFile::contentsJson(full);
    EXPECT_NE(all.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    EXPECT_NE(all.find("ALEX-SHARED-WORDS"), std::string::npos);
    EXPECT_EQ(all.find("CANARY-SAM-PRIVATE"), std::string::npos);

    // Shared only: written, then opened by the practice.
    const auto path = practiceDir / "alex.twreport";
    reports.exportTo(sharedOnly(), path);
    const std::string raw = fileText(path);
    EXPECT_EQ(raw.find("ALEX-SHARED-WORDS"), std::string::npos);
    EXPECT_EQ(raw.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    auto t = therapist();
    const Report opened = PracticeService(*t).importReport(path).report;
    const std::string decrypted = ReportFile::contentsJson(opened);
    EXPECT_NE(decrypted.find("ALEX-SHARED-WORDS"), std::string::npos);
    EXPECT_EQ(decrypted.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    EXPECT_EQ(decrypted.find("CANARY-SAM-PRIVATE"), std::string::npos);
    EXPECT_FALSE(tw::test::treeContains(practiceDir.path(), "ALEX-SHARED-WORDS"));
}

// "My local help numbers" says its answers never go in a report: not offered, and refused by id.
TEST_F(Therapist, NeverSharedAnswersAreNotOfferedOrTakenIntoAReport)
{
    const auto file = assign({{"start.local-help", "", "", ""}});
    auto a = alex();
    AssignmentService(*a).importFile(file, fingerprint);
    const std::string help = a->addEntry({"start.local-help", kNeverSharedKind, Visibility::Private, "",
        R"({"prompts":{"crisis":"CANARY-HELP-LINE"}})"});
    a->addEntry({"start.local-help", "answer", Visibility::Private, "", "CANARY-ALEX-PRIVATE"});

    ReportService reports(*a);
    ReportChoices everything;
    everything.checkins = true;
    everything.shared = true;
    for (const auto& c : reports.candidates()) {
        EXPECT_NE(c.id, help);
        if (!c.shared) {
            everything.privateEntryIds.push_back(c.id);
        }
    }
    ASSERT_EQ(everything.privateEntryIds.size(), 1U);
    const std::string all = ReportFile::contentsJson(reports.build(everything));
    EXPECT_NE(all.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    EXPECT_EQ(all.find("CANARY-HELP-LINE"), std::string::npos);

    // Asked for by id, as a tool could: refused with the usual message, and no file written.
    everything.privateEntryIds.push_back(help);
    EXPECT_EQ(kindOf([&] { (void)reports.build(everything); }), ErrorKind::NotFound);
    const auto path = practiceDir / "alex.twreport";
    EXPECT_EQ(kindOf([&] { (void)reports.exportTo(everything, path); }), ErrorKind::NotFound);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(Therapist, NoReportWithoutATherapist)
{
    auto a = alex();
    EXPECT_EQ(kindOf([&] { (void)ReportService(*a).build({}); }), ErrorKind::Usage);
}

TEST_F(Therapist, BytesThatAreNotUtf8DoNotStopAReport)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    auto a = alex();
    AssignmentService(*a).importFile(file, fingerprint);
    a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "before \xff\xfe after"});
    ReportService(*a).exportTo(sharedOnly(), practiceDir / "alex.twreport");
    auto t = therapist();
    const Report opened = PracticeService(*t).importReport(practiceDir / "alex.twreport").report;
    ASSERT_EQ(opened.sharedEntries.size(), 1U);
    EXPECT_EQ(opened.sharedEntries[0].text, "before \xEF\xBF\xBD\xEF\xBF\xBD after");
}

// A pin made before assignments named their client (format 1) learns the client id from the first
// assignment that names one; from then on another client's assignment is refused.
TEST_F(Therapist, APinWithoutClientIdLearnsItFromTheNextAssignment)
{
    const auto first = assign({{"step1.impact-letter", "", "", ""}}, "first.twassign");
    const Assignment a1 = AssignmentFile::load(first);
    auto a = alex();
    const json oldPin = {{"name", a1.therapist.name}, {"signPublicKey", crypto::toBase64(a1.therapist.signPublicKey)},
        {"boxPublicKey", crypto::toBase64(a1.therapist.boxPublicKey)},
        {"clientId", ""}}; // as a format-1 import left it
    a->addEntry({AssignmentService::kExerciseId, AssignmentService::kPinKind, Visibility::Private, "", oldPin.dump()});
    AssignmentService service(*a);
    ASSERT_TRUE(service.therapist()->clientId.empty());
    EXPECT_FALSE(service.importFile(first).newlyTrusted);
    EXPECT_EQ(service.therapist()->clientId, a1.clientId);

    auto t = therapist();
    PracticeService(*t).addClient("J&K");
    const auto other = practiceDir / "other.twassign";
    PracticeService(*t).exportAssignment({"J&K", {{"step4.review", "", "", ""}}, "", ""}, other);
    EXPECT_EQ(service.check(AssignmentFile::load(other)).state, TrustState::OtherClient);
    EXPECT_EQ(kindOf([&] { service.importFile(other); }), ErrorKind::InvalidInput);
}
