// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report consent dialog and the practice's client view, end to end over real files: what a
// partner does not tick never reaches the therapist, and what they do tick shows under the client.
#include "TherapistGui.h"
#include "therapist/ClientPanel.h"
#include "therapist/PracticeView.h"
#include "therapist/PracticeWindow.h"
#include "therapist/ReportConsentDialog.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/ReportFile.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

namespace tw::test {
namespace {

using app::therapist::ReportConsentDialog;

struct TherapistReportTest : TherapistGui {
    std::string assigned;

    void SetUp() override
    {
        TherapistGui::SetUp();
        assigned = exercise(1).id;
        const auto path = assign({{assigned, "", "2030-01-09", ""}}, "week.twassign");
        auto alex = unlockPartner(dir.path(), "Alex", options);
        workbook::AssignmentService(*alex).importFile(path.toStdString(), fingerprint);
        alex->addEntry({assigned, "answer", workbook::Visibility::Shared, "", "CANARY-ALEX-SHARED"});
        alex->addEntry({assigned, "answer", workbook::Visibility::Private, "", "CANARY-ALEX-PRIVATE"});
        workbook::ProgressService(*alex).markDone(assigned);
        auto sam = unlockPartner(dir.path(), "Sam", options);
        sam->addEntry({assigned, "answer", workbook::Visibility::Private, "", "CANARY-SAM-PRIVATE"});
        sam->addEntry({assigned, "answer", workbook::Visibility::Shared, "", "CANARY-SAM-SHARED"});
    }
    /** @brief Alex's report with the dialog's boxes as @p tick leaves them, opened by the practice. */
    workbook::Report alexReport(const std::function<void(ReportConsentDialog&)>& tick, const std::string& name)
    {
        auto alex = unlockPartner(dir.path(), "Alex", options);
        ReportConsentDialog dialog(*alex);
        tick(dialog);
        const auto path = files.path() / name;
        EXPECT_TRUE(dialog.saveTo(QString::fromStdString(path.string()))) << dialog.errorText().toStdString();
        auto t = therapist();
        return workbook::PracticeService(*t).importReport(path).report;
    }
};

TEST_F(TherapistReportTest, DefaultsAreCompletionOnlyAndTheReportHoldsNoEntryText)
{
    auto alex = unlockPartner(dir.path(), "Alex", options);
    ReportConsentDialog dialog(*alex);
    EXPECT_FALSE(dialog.checkinsBox()->isChecked());
    EXPECT_FALSE(dialog.sharedBox()->isChecked());
    EXPECT_FALSE(dialog.privateBox()->isChecked());
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("Assigned exercises: 1, of which you have done 1")))
        << dialog.previewText().toStdString();
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("Your private entries: not included")));
    alex.reset();

    const auto report = alexReport([](ReportConsentDialog&) { return; }, "default.twreport");
    ASSERT_EQ(report.items.size(), 1U);
    EXPECT_TRUE(report.items[0].done);
    EXPECT_TRUE(report.sharedEntries.empty());
    EXPECT_TRUE(report.privateEntries.empty());
    const auto contents = workbook::ReportFile::contentsJson(report);
    EXPECT_EQ(contents.find("CANARY"), std::string::npos) << contents;
}

TEST_F(TherapistReportTest, TickingSharedAddsMySharedEntriesOnly)
{
    const auto report = alexReport([](ReportConsentDialog& d) { d.sharedBox()->setChecked(true); }, "shared.twreport");
    const auto contents = workbook::ReportFile::contentsJson(report);
    EXPECT_NE(contents.find("CANARY-ALEX-SHARED"), std::string::npos);
    EXPECT_EQ(contents.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    // The partner's entries, shared or private, are theirs to send.
    EXPECT_EQ(contents.find("CANARY-SAM"), std::string::npos);
}

// Ticking "private" alone sends nothing private: each private entry goes in only when ticked itself.
TEST_F(TherapistReportTest, TickingPrivateAloneAddsNoPrivateEntry)
{
    const auto report
        = alexReport([](ReportConsentDialog& d) { d.privateBox()->setChecked(true); }, "private-none.twreport");
    const auto contents = workbook::ReportFile::contentsJson(report);
    EXPECT_EQ(contents.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    EXPECT_TRUE(report.privateEntries.empty());
}

TEST_F(TherapistReportTest, AChosenPrivateEntryGoesInNeverThePartners)
{
    const auto report = alexReport(
        [](ReportConsentDialog& d) {
            d.privateBox()->setChecked(true);
            auto* list = d.entryList();
            bool ticked = false;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text().contains(QStringLiteral("CANARY-ALEX-PRIVATE"))) {
                    ticked = d.setEntryChecked(list->item(i)->data(Qt::UserRole).toString(), true);
                }
                // The partner's entries are never offered at all.
                EXPECT_FALSE(list->item(i)->text().contains(QStringLiteral("CANARY-SAM")));
            }
            EXPECT_TRUE(ticked);
            // The preview shows exactly the text that will be sent.
            EXPECT_TRUE(d.previewTexts().contains(QStringLiteral("CANARY-ALEX-PRIVATE")));
            EXPECT_FALSE(d.previewTexts().contains(QStringLiteral("CANARY-ALEX-SHARED")));
        },
        "private.twreport");
    const auto contents = workbook::ReportFile::contentsJson(report);
    EXPECT_NE(contents.find("CANARY-ALEX-PRIVATE"), std::string::npos);
    EXPECT_EQ(contents.find("CANARY-SAM-PRIVATE"), std::string::npos);
    EXPECT_EQ(contents.find("CANARY-ALEX-SHARED"), std::string::npos);
}

TEST_F(TherapistReportTest, PreviewFollowsTheBoxes)
{
    auto alex = unlockPartner(dir.path(), "Alex", options);
    ReportConsentDialog dialog(*alex);
    dialog.sharedBox()->setChecked(true);
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("Your shared entries: 1")))
        << dialog.previewText().toStdString();
    dialog.sharedBox()->setChecked(false);
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("Your shared entries: not included")));
}

TEST_F(TherapistReportTest, PracticeWindowShowsCompletionAndSharedItemsAfterImport)
{
    const auto reportPath = files.path() / "for-practice.twreport";
    {
        auto alex = unlockPartner(dir.path(), "Alex", options);
        ReportConsentDialog dialog(*alex);
        dialog.sharedBox()->setChecked(true);
        ASSERT_TRUE(dialog.saveTo(QString::fromStdString(reportPath.string())));
    }
    app::AppContext practiceContext(QString::fromStdString(practiceDir.path().string()), options);
    app::therapist::PracticeWindow practiceWindow(practiceContext, curriculum());
    practiceWindow.show();
    EXPECT_TRUE(practiceWindow.showingUnlock());
    practiceContext.setSession(therapist());
    ASSERT_FALSE(practiceWindow.showingUnlock());
    auto* view = practiceWindow.practiceView();
    EXPECT_EQ(view->fingerprintText().remove(QLatin1Char('\n')).remove(QLatin1Char('-')),
        QString::fromStdString(fingerprint).remove(QLatin1Char('-')));
    ASSERT_EQ(view->clientList()->count(), 1);
    EXPECT_EQ(view->currentClient(), QStringLiteral("A&S"));

    auto* assignments = view->clientPanel()->assignments();
    ASSERT_EQ(assignments->topLevelItemCount(), 1);
    ASSERT_EQ(assignments->topLevelItem(0)->childCount(), 1);
    EXPECT_EQ(assignments->topLevelItem(0)->child(0)->text(2), QStringLiteral("no report yet"));

    const auto result = view->importReport(QString::fromStdString(reportPath.string()));
    EXPECT_TRUE(result.imported) << result.message.toStdString();
    ASSERT_EQ(assignments->topLevelItemCount(), 1);
    EXPECT_EQ(assignments->topLevelItem(0)->child(0)->text(2), QStringLiteral("Alex: done"));
    auto* entries = view->clientPanel()->entries();
    ASSERT_EQ(entries->topLevelItemCount(), 1);
    EXPECT_EQ(entries->topLevelItem(0)->text(1), QStringLiteral("Alex"));
    EXPECT_EQ(entries->topLevelItem(0)->text(4), QStringLiteral("CANARY-ALEX-SHARED"));
    ASSERT_EQ(view->clientPanel()->reports()->topLevelItemCount(), 1);
    auto* entryText = byName<QTextBrowser>(view, QStringLiteral("Text of the chosen entry"));
    ASSERT_NE(entryText, nullptr);
    EXPECT_EQ(entryText->toPlainText(), QStringLiteral("CANARY-ALEX-SHARED"));

    // The same file twice changes nothing; locking clears every decrypted line from the screen.
    EXPECT_FALSE(view->importReport(QString::fromStdString(reportPath.string())).imported);
    practiceContext.lock();
    EXPECT_TRUE(practiceWindow.showingUnlock());
    EXPECT_EQ(entries->topLevelItemCount(), 0);
    EXPECT_TRUE(entryText->toPlainText().isEmpty());
    EXPECT_EQ(view->clientList()->count(), 0);
}

TEST_F(TherapistReportTest, PracticeViewAddsClientsAndRefusesADuplicate)
{
    app::AppContext practiceContext(QString::fromStdString(practiceDir.path().string()), options);
    app::therapist::PracticeWindow practiceWindow(practiceContext, curriculum());
    practiceContext.setSession(therapist());
    auto* view = practiceWindow.practiceView();
    EXPECT_TRUE(view->addClient(QStringLiteral("B&C")).imported);
    EXPECT_EQ(view->currentClient(), QStringLiteral("B&C"));
    const auto duplicate = view->addClient(QStringLiteral("A&S"));
    EXPECT_FALSE(duplicate.imported);
    EXPECT_FALSE(duplicate.message.isEmpty());
    EXPECT_FALSE(view->addClient(QStringLiteral("  ")).imported);
    EXPECT_EQ(view->clientList()->count(), 2);
    practiceContext.lock();
}

} // namespace
} // namespace tw::test

namespace tw::test {
namespace {

bool anyLabelContains(QWidget* root, const QString& text)
{
    const auto labels = root->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel* l) { return l->text().contains(text); });
}

} // namespace

// The partner and the practice can compare the same fingerprint in a session: the partner's report
// screen shows theirs, and the practice lists it under the client once the first report is in.
TEST_F(TherapistReportTest, PartnerAndPracticeShowTheSameSigningFingerprint)
{
    const auto reportPath = files.path() / "compare.twreport";
    QString alexPrint;
    {
        auto alex = unlockPartner(dir.path(), "Alex", options);
        alexPrint = QString::fromStdString(crypto::fingerprint(alex->signingKeys().publicKey, {}));
        ReportConsentDialog dialog(*alex);
        EXPECT_TRUE(anyLabelContains(&dialog, alexPrint)) << alexPrint.toStdString();
        ASSERT_TRUE(dialog.saveTo(QString::fromStdString(reportPath.string())));
    }
    app::AppContext practiceContext(QString::fromStdString(practiceDir.path().string()), options);
    app::therapist::PracticeWindow practiceWindow(practiceContext, curriculum());
    practiceContext.setSession(therapist());
    auto* view = practiceWindow.practiceView();
    EXPECT_FALSE(anyLabelContains(view, alexPrint));
    ASSERT_TRUE(view->importReport(QString::fromStdString(reportPath.string())).imported);
    EXPECT_TRUE(anyLabelContains(view, QStringLiteral("Alex signs with the key ") + alexPrint));

    // A key change from the window: a new fingerprint shown, and the change said in words.
    const QString before = view->fingerprintText();
    const auto changed = view->changeKey();
    EXPECT_TRUE(changed.imported) << changed.message.toStdString();
    EXPECT_NE(view->fingerprintText(), before);
    EXPECT_TRUE(anyLabelContains(view, QStringLiteral("You changed the key on")));
}

} // namespace tw::test
