// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: therapist files each partner can trust. The attacks come from the other partner (Sam)
// or an outsider holding an assignment file; the victim is Alex, or the practice.
#include "PdfTools.h"
#include "TherapistFixture.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"
#include "tw/crypto/SealedBox.h"
#include "tw/export/PdfPractice.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/ReportFile.h"

#include <nlohmann/json.hpp>

using namespace tw;
using namespace tw::test;
using namespace tw::workbook;

namespace {

std::string errorOf(const std::function<void()>& f, ErrorKind expected = ErrorKind::InvalidInput)
{
    try {
        f();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), expected) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

std::string fileText(const std::filesystem::path& path)
{
    const auto bytes = readBytes(path);
    return {bytes.begin(), bytes.end()};
}

ReportChoices sharedOnly()
{
    ReportChoices c;
    c.shared = true;
    return c;
}

struct TherapistAttack : TherapistFixture {
    /** A second practice under the same name as the real one, with a client of the same label. */
    std::filesystem::path impostorAssignment(TempDir& where)
    {
        PracticeService::create(where.path(), "Dr Rivera", secret("impostor pass"), options);
        auto other = Workbook::unlock(where.path(), "Dr Rivera", secret("impostor pass"), options);
        PracticeService(*other).addClient("A&S");
        const auto path = where / "forged.twassign";
        PracticeService(*other).exportAssignment({"A&S", {{"step1.impact-letter", "", "", ""}}, "", ""}, path);
        return path;
    }
};

} // namespace

// Attack 1. Before per-partner pins, whoever signed the latest imported assignment was trusted for
// the whole workbook: Sam confirmed his own "Dr Rivera", and Alex's next report was sealed to him.
TEST_F(TherapistAttack, ThePartnersConfirmedKeyNeverReceivesMyReport)
{
    const auto real = assign({{"step1.impact-letter", "", "", ""}});
    {
        auto a = alex();
        AssignmentService(*a).importFile(real, fingerprint);
        a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "ALEX-FOR-HER-THERAPIST"});
    }
    TempDir impostor;
    const auto forged = impostorAssignment(impostor);
    const auto impostorPrint = AssignmentFile::load(forged).therapist.fingerprint;
    {
        auto s = sam();
        AssignmentService(*s).importFile(forged, impostorPrint); // Sam trusts his own practice
    }
    auto a = alex();
    // Alex is asked about it, never switched to it.
    AssignmentService mine(*a);
    EXPECT_EQ(mine.therapist()->identity.fingerprint, fingerprint);
    ASSERT_EQ(mine.pending().size(), 1U);
    EXPECT_EQ(mine.pending()[0].trust.state, TrustState::DifferentKey);
    EXPECT_EQ(mine.pending()[0].imported.importedBy, "Sam");
    const auto report = practiceDir / "alex.twreport";
    ReportService(*a).exportTo(sharedOnly(), report);
    auto fake = Workbook::unlock(impostor.path(), "Dr Rivera", secret("impostor pass"), options);
    EXPECT_NE(errorOf([&] { PracticeService(*fake).importReport(report); }).find("not addressed to this practice"),
        std::string::npos);
    auto t = therapist();
    EXPECT_EQ(PracticeService(*t).importReport(report).report.partnerName, "Alex");
}

// Attack 2. Before signed reports, a report "from Alex" made from the assignment alone was filed as hers.
TEST_F(TherapistAttack, AReportForgedInAPartnersNameIsRefusedNamingWhy)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    std::string alexId;
    {
        auto a = alex();
        alexId = a->me().id;
        AssignmentService(*a).importFile(file, fingerprint);
        ReportService(*a).exportTo({}, practiceDir / "alex.twreport");
    }
    auto t = therapist();
    const auto first = PracticeService(*t).importReport(practiceDir / "alex.twreport");
    EXPECT_TRUE(first.newPartnerKey);
    t->lock();
    // Sam builds a report in Alex's name from what he can see, signed with a key of his own.
    const auto assignment = AssignmentFile::load(file);
    Report forged;
    forged.id = crypto::randomUuid();
    forged.createdAt = 1'900'000'000'000;
    forged.clientId = assignment.clientId;
    forged.clientLabel = "A&S";
    forged.partnerId = alexId;
    forged.partnerName = "Alex";
    forged.therapistFingerprint = fingerprint;
    forged.assignmentIds = {assignment.id};
    forged.includesPrivate = true;
    forged.items = {{assignment.id, "step1.impact-letter", "", "", true}};
    forged.privateEntries = {{"x", "step1.impact-letter", "answer", "private", 1, 1, "INVENTED-CONFESSION", false}};
    forged.signerWorkbookId = "w";
    forged.signerKeyVersion = 1;
    const auto samKeys = crypto::SigningKeyPair::fromSeed(crypto::SecretBytes::random(crypto::kSeedBytes));
    writeBytes(practiceDir / "forged.twreport", ReportFile::seal(forged, assignment.therapist.boxPublicKey, samKeys));
    t = therapist();
    const auto message = errorOf([&] { PracticeService(*t).importReport(practiceDir / "forged.twreport"); });
    EXPECT_NE(message.find("signed by a different key than their earlier reports"), std::string::npos) << message;
    EXPECT_TRUE(PracticeService(*t).clientView("A&S").reports.size() == 1U);
    for (const auto& r : PracticeService(*t).clientView("A&S").reports) {
        EXPECT_EQ(ReportFile::contentsJson(r).find("INVENTED-CONFESSION"), std::string::npos);
    }
}

// Attack 2, unsigned: a report in the old format (no signature) is refused, not filed.
TEST_F(TherapistAttack, AnUnsignedReportIsRefused)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    const auto assignment = AssignmentFile::load(file);
    Report r;
    r.id = "r";
    r.clientLabel = "A&S";
    r.partnerName = "Alex";
    r.therapistFingerprint = fingerprint;
    // What version 1 wrote: the contents sealed to the practice, nothing more.
    nlohmann::json contents = nlohmann::json::parse(ReportFile::contentsJson(r));
    contents["version"] = 1;
    const std::string text = contents.dump();
    const auto sealed = crypto::sealTo(assignment.therapist.boxPublicKey, crypto::asBytes(text));
    const nlohmann::json doc = {{"format", "trustwork-report"}, {"version", 1}, {"sealed", crypto::toBase64(sealed)}};
    writeBytes(practiceDir / "v1.twreport", crypto::asBytes(doc.dump(2) + "\n"));
    auto t = therapist();
    const auto message = errorOf([&] { PracticeService(*t).importReport(practiceDir / "v1.twreport"); });
    EXPECT_NE(message.find("did not sign reports"), std::string::npos) << message;
}

// Attack 3. Before client ids, another couple's assignment imported without a word and their next
// reports were filed under that other client.
TEST_F(TherapistAttack, AnAssignmentForAnotherClientIsRefusedAndAReportNeverLandsUnderAnother)
{
    {
        auto t = therapist();
        PracticeService(*t).addClient("J&K");
        PracticeService(*t).exportAssignment(
            {"J&K", {{"step2.what-i-need", "", "", ""}}, "", ""}, practiceDir / "jk.twassign");
    }
    auto a = alex();
    AssignmentService service(*a);
    service.importFile(assign({{"step1.impact-letter", "", "", ""}}), fingerprint);
    const auto message = errorOf([&] { service.importFile(practiceDir / "jk.twassign"); });
    EXPECT_NE(message.find("another client"), std::string::npos) << message;
    EXPECT_EQ(service.assignments().size(), 1U);
    // A report names the client its assignments were for, and lands there and nowhere else.
    ReportService(*a).exportTo({}, practiceDir / "alex.twreport");
    {
        auto t = therapist();
        PracticeService practice(*t);
        EXPECT_EQ(practice.importReport(practiceDir / "alex.twreport").clientLabel, "A&S");
        EXPECT_TRUE(practice.clientView("J&K").reports.empty());
    }
    // Even signed by Alex, a report that names one client but answers another's assignment is refused.
    Report crossed = ReportService(*a).build({});
    crossed.clientId = PracticeService(*therapist()).client("J&K").id;
    crossed.signerWorkbookId = a->workbookId();
    crossed.signerKeyVersion = a->keyVersion();
    const auto box = AssignmentFile::load(practiceDir / "jk.twassign").therapist.boxPublicKey;
    writeBytes(practiceDir / "crossed.twreport", ReportFile::seal(crossed, box, a->signingKeys()));
    auto t = therapist();
    const auto refused = errorOf([&] { PracticeService(*t).importReport(practiceDir / "crossed.twreport"); });
    EXPECT_NE(refused.find("not sent to J&K"), std::string::npos) << refused;
    EXPECT_TRUE(PracticeService(*t).clientView("J&K").reports.empty());
    // Accepting the other client's assignment is possible only on purpose (after a restore, say).
    EXPECT_TRUE(service.importFile(practiceDir / "jk.twassign", fingerprint, true).newlyTrusted);
}

// Attack 4. Ticking "private entries" sent every private entry ever written.
TEST_F(TherapistAttack, OnlyTheChosenPrivateEntryIsInTheReportAndOnlyAfterDecryption)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    auto a = alex();
    AssignmentService(*a).importFile(file, fingerprint);
    const auto chosen = a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-CHOSEN"});
    a->addEntry({"step1.impact-letter", "answer", Visibility::Private, "", "CANARY-NOT-CHOSEN"});
    a->addEntry({"step1.impact-letter", "answer", Visibility::Shared, "", "SHARED-CHOSEN"});
    ReportChoices choices;
    choices.shared = true;
    choices.privateEntryIds = {chosen};
    const auto path = practiceDir / "alex.twreport";
    ReportService(*a).exportTo(choices, path);
    const std::string raw = fileText(path);
    for (const char* canary : {"CANARY-CHOSEN", "CANARY-NOT-CHOSEN", "SHARED-CHOSEN"}) {
        EXPECT_EQ(raw.find(canary), std::string::npos) << canary;
    }
    auto t = therapist();
    const auto opened = ReportFile::contentsJson(PracticeService(*t).importReport(path).report);
    EXPECT_NE(opened.find("CANARY-CHOSEN"), std::string::npos);
    EXPECT_NE(opened.find("SHARED-CHOSEN"), std::string::npos);
    EXPECT_EQ(opened.find("CANARY-NOT-CHOSEN"), std::string::npos);

    // The practice's printable record holds what was chosen and nothing else.
    const auto pdf = practiceDir / "record.pdf";
    exporting::writePracticePdf(PracticeService(*t).clientView("A&S"), pdf, t->nowMs());
    const auto text = pdfText(pdf);
    EXPECT_NE(text.find("SHARED-CHOSEN"), std::string::npos) << text;
    EXPECT_NE(text.find("CANARY-CHOSEN"), std::string::npos);
    EXPECT_EQ(text.find("CANARY-NOT-CHOSEN"), std::string::npos);
    EXPECT_NE(text.find("Alex"), std::string::npos);
}

// A partner's passphrase change gives them a new signing key; announced by the old one, the
// practice follows it, and a key that was not announced is refused.
TEST_F(TherapistAttack, APartnersRotatedKeyIsFollowedOnlyThroughItsAnnouncement)
{
    const auto file = assign({{"step1.impact-letter", "", "", ""}});
    {
        auto a = alex();
        AssignmentService(*a).importFile(file, fingerprint);
        ReportService(*a).exportTo({}, practiceDir / "one.twreport");
        (void)a->changePassphrase(secret("alex passphrase"), secret("alex new passphrase"));
        ReportService(*a).exportTo({}, practiceDir / "two.twreport");
    }
    auto t = therapist();
    PracticeService practice(*t);
    EXPECT_TRUE(practice.importReport(practiceDir / "one.twreport").newPartnerKey);
    const auto second = practice.importReport(practiceDir / "two.twreport");
    EXPECT_FALSE(second.newPartnerKey);
    ASSERT_EQ(practice.clientView("A&S").partners.size(), 1U);
    EXPECT_EQ(practice.clientView("A&S").partners[0].keyVersion, 2U);
}
