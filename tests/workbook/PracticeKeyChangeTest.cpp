// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A practice that changes its key: the change travels signed by the old key inside the next
// assignment, each partner confirms it for themselves, and nothing sent before is lost.
#include "TherapistFixture.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/ProgressService.h"

#include <gtest/gtest.h>

using namespace tw;
using namespace tw::workbook;
using tw::test::kindOf;

namespace {

struct PracticeKeyChanges : tw::test::TherapistFixture {
    std::string changeKey()
    {
        auto t = therapist();
        return PracticeService(*t).changeKey().after.fingerprint;
    }
    std::string messageOf(const std::function<void()>& f)
    {
        try {
            f();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::InvalidInput) << e.what();
            return e.what();
        }
        ADD_FAILURE() << "accepted";
        return {};
    }
};

} // namespace

TEST_F(PracticeKeyChanges, TheNextAssignmentCarriesTheChangeSignedByTheOldKey)
{
    const std::string newFingerprint = changeKey();
    EXPECT_NE(newFingerprint, fingerprint);
    auto t = therapist();
    PracticeService practice(*t);
    EXPECT_EQ(practice.identity().fingerprint, newFingerprint);
    ASSERT_EQ(practice.keyChanges().size(), 1U);
    EXPECT_EQ(practice.keyChanges()[0].from.fingerprint, fingerprint);

    const Assignment a = AssignmentFile::load(assign({{"step1.impact-letter", "", "", ""}}));
    EXPECT_EQ(a.therapist.fingerprint, newFingerprint);
    ASSERT_EQ(a.handovers.size(), 1U);
    EXPECT_EQ(a.handovers[0].from.fingerprint, fingerprint);
    EXPECT_EQ(a.handovers[0].to.fingerprint, newFingerprint);
    EXPECT_NE(a.signedText.find("\"version\":3"), std::string::npos);
}

TEST_F(PracticeKeyChanges, EachPartnerConfirmsTheChangeForThemselvesAndEarlierAssignmentsStay)
{
    const auto first = assign({{"step1.impact-letter", "", "", ""}}, "first.twassign");
    {
        auto a = alex();
        AssignmentService(*a).importFile(first, fingerprint);
        auto s = sam();
        AssignmentService(*s).importFile(first, fingerprint);
    }
    const std::string newFingerprint = changeKey();
    const auto second = assign({{"step1.where-we-are", "", "", ""}}, "second.twassign");
    {
        auto a = alex();
        AssignmentService service(*a);
        const TrustCheck check = service.check(AssignmentFile::load(second));
        EXPECT_EQ(check.state, TrustState::HandedOver);
        ASSERT_TRUE(check.handover);
        EXPECT_EQ(check.handover->from.fingerprint, fingerprint);
        // Not imported until confirmed; the message names both keys and how to go on.
        const std::string message = messageOf([&] { service.importFile(second); });
        EXPECT_NE(message.find("changed keys"), std::string::npos) << message;
        EXPECT_NE(message.find(fingerprint), std::string::npos) << message;
        EXPECT_NE(message.find(newFingerprint), std::string::npos) << message;
        EXPECT_EQ(service.assignments().size(), 1U);
        // A wrong fingerprint is refused like at any import.
        EXPECT_EQ(kindOf([&] { service.importFile(second, fingerprint); }), ErrorKind::InvalidInput);
        EXPECT_TRUE(service.importFile(second, newFingerprint).newlyTrusted);
        EXPECT_EQ(service.therapist()->identity.fingerprint, newFingerprint);
        EXPECT_EQ(service.items().size(), 2U) << "the assignment the old key signed stays";
        EXPECT_TRUE(service.pending().empty());
    }
    {
        // Sam has not confirmed: his pin is the old key, the new assignment waits for him, the old one stays.
        auto s = sam();
        AssignmentService service(*s);
        EXPECT_EQ(service.therapist()->identity.fingerprint, fingerprint);
        ASSERT_EQ(service.pending().size(), 1U);
        EXPECT_EQ(service.pending()[0].trust.state, TrustState::HandedOver);
        EXPECT_EQ(service.items().size(), 1U);
        service.confirm(service.pending()[0].imported.assignment.id, newFingerprint);
        EXPECT_EQ(service.items().size(), 2U);
    }
}

TEST_F(PracticeKeyChanges, ReportsSealedToTheOldOrTheNewKeyBothOpenAtThePractice)
{
    const auto first = assign({{"step1.impact-letter", "", "", ""}}, "first.twassign");
    {
        auto s = sam();
        AssignmentService(*s).importFile(first, fingerprint);
        ProgressService(*s).markDone("step1.impact-letter");
    }
    const std::string newFingerprint = changeKey();
    const auto second = assign({{"step1.where-we-are", "", "", ""}}, "second.twassign");
    {
        auto a = alex();
        AssignmentService(*a).importFile(first, fingerprint);
        AssignmentService(*a).importFile(second, newFingerprint);
        ReportService(*a).exportTo({}, practiceDir / "alex.twreport");
        auto s = sam();
        ReportService(*s).exportTo({}, practiceDir / "sam.twreport"); // still sealed to the old key
    }
    auto t = therapist();
    PracticeService practice(*t);
    EXPECT_EQ(practice.importReport(practiceDir / "alex.twreport").report.therapistFingerprint, newFingerprint);
    EXPECT_EQ(practice.importReport(practiceDir / "sam.twreport").report.therapistFingerprint, fingerprint);
    const auto view = practice.clientView("A&S");
    EXPECT_EQ(view.reports.size(), 2U);
    EXPECT_EQ(view.assignments.size(), 2U);
}

TEST_F(PracticeKeyChanges, TwoChangesAreFollowedFromTheFirstKey)
{
    const auto first = assign({{"step1.impact-letter", "", "", ""}}, "first.twassign");
    {
        auto a = alex();
        AssignmentService(*a).importFile(first, fingerprint);
    }
    const std::string middle = changeKey();
    const std::string last = changeKey();
    const Assignment a = AssignmentFile::load(assign({{"step1.where-we-are", "", "", ""}}, "third.twassign"));
    ASSERT_EQ(a.handovers.size(), 2U);
    EXPECT_EQ(a.handovers[1].from.fingerprint, middle);
    EXPECT_EQ(a.therapist.fingerprint, last);
    auto session = alex();
    AssignmentService service(*session);
    EXPECT_EQ(service.check(a).state, TrustState::HandedOver);
    service.importVerified(a, last);
    const auto pin = service.therapist();
    ASSERT_TRUE(pin);
    EXPECT_EQ(pin->earlierFingerprints, (std::vector<std::string>{fingerprint, middle}));
    EXPECT_EQ(service.items().size(), 2U);
}

TEST_F(PracticeKeyChanges, EveryFlippedByteOfAnAssignmentWithAKeyChangeIsRejected)
{
    changeKey();
    const auto bytes = tw::test::readBytes(assign({{"step1.impact-letter", "", "", ""}}));
    ASSERT_EQ(AssignmentFile::read(bytes).handovers.size(), 1U);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (const int mask : {0x01, 0x20, 0x80}) {
            auto changed = bytes;
            changed[i] = static_cast<std::uint8_t>(changed[i] ^ mask);
            const std::string message = messageOf([&] { (void)AssignmentFile::read(changed); });
            ASSERT_NE(message.find("The assignment file"), std::string::npos) << "byte " << i << ": " << message;
        }
    }
}
