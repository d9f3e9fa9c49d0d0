// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The therapist's views (issue 18): entries read as the questions and answers the partner saw, in
// the exercise's order and never as JSON; counts in words; a due day in the past refused; the
// default file name carries the client's label.
#include "TherapistGui.h"
#include "therapist/AssignmentBuilder.h"
#include "therapist/ClientPanel.h"
#include "therapist/PracticeView.h"
#include "therapist/PracticeWindow.h"
#include "therapist/ReportConsentDialog.h"
#include "tw/workbook/AssignmentService.h"

#include <QCheckBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTextBrowser>
#include <QTreeWidget>

#include <filesystem>

namespace tw::test {
namespace {

constexpr const char* kLetter = "step1.impact-letter";

struct TherapistViews : TherapistGui { };

QString question(const char* promptId)
{
    for (const auto& p : curriculum().findExercise(kLetter)->prompts) {
        if (p.id == promptId) {
            return QString::fromStdString(p.text.defaultText);
        }
    }
    return {};
}

} // namespace

TEST_F(TherapistViews, EntriesReadAsTheQuestionsAndAnswersInTheExercisesOrder)
{
    const auto path = assign({{kLetter, "", "2030-01-09", ""}}, "week.twassign");
    {
        auto alex = unlockPartner(dir.path(), "Alex", options);
        workbook::AssignmentService(*alex).importFile(path.toStdString(), fingerprint);
        // Stored with sorted keys ("beliefs" before "since"); the letter asks "since" first.
        alex->addEntry({kLetter, "answer", workbook::Visibility::Shared, "",
            R"({"prompts":{"since":"CANARY-SINCE","beliefs":"CANARY-BELIEFS"}})"});
        app::therapist::ReportConsentDialog dialog(*alex);
        dialog.sharedBox()->setChecked(true);
        ASSERT_TRUE(dialog.saveTo(QString::fromStdString((files.path() / "alex.twreport").string())));
    }
    app::AppContext practiceContext(QString::fromStdString(practiceDir.path().string()), options);
    app::therapist::PracticeWindow practiceWindow(practiceContext, curriculum());
    practiceWindow.show();
    practiceContext.setSession(therapist());
    auto* view = practiceWindow.practiceView();
    ASSERT_TRUE(view->importReport(QString::fromStdString((files.path() / "alex.twreport").string())).imported);

    auto* entries = view->clientPanel()->entries();
    ASSERT_EQ(entries->topLevelItemCount(), 1);
    EXPECT_EQ(entries->topLevelItem(0)->text(4), QStringLiteral("CANARY-SINCE \u00b7 CANARY-BELIEFS"));
    auto* text = byName<QTextBrowser>(view, QStringLiteral("Text of the chosen entry"));
    ASSERT_NE(text, nullptr);
    const QString shown = text->toPlainText();
    EXPECT_FALSE(shown.contains(QLatin1Char('{'))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("prompts")));
    const auto at = [&](const QString& s) { return shown.indexOf(s); };
    ASSERT_GE(at(question("since")), 0) << shown.toStdString();
    EXPECT_LT(at(question("since")), at(QStringLiteral("CANARY-SINCE")));
    EXPECT_LT(at(QStringLiteral("CANARY-SINCE")), at(question("beliefs")));
    EXPECT_LT(at(question("beliefs")), at(QStringLiteral("CANARY-BELIEFS")));

    // Counts in words, with the right form for one.
    bool summary = false;
    for (auto* label : view->clientPanel()->findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("imported"))) {
            summary = true;
            EXPECT_TRUE(label->text().startsWith(QStringLiteral("1 assignment sent, 1 report imported.")))
                << label->text().toStdString();
            EXPECT_FALSE(label->text().contains(QStringLiteral("(s)")));
        }
    }
    EXPECT_TRUE(summary);
    // Every header reads whole.
    for (auto* tree : {view->clientPanel()->assignments(), entries}) {
        for (int c = 0; c < tree->columnCount() - 1; ++c) {
            EXPECT_GE(tree->columnWidth(c), tree->header()->sectionSizeHint(c)) << c;
        }
    }
}

TEST_F(TherapistViews, ADueDayInThePastIsRefusedAndTheFileNameNamesTheClient)
{
    auto practice = therapist();
    app::therapist::AssignmentBuilder builder(
        *practice, curriculum(), practiceDir.path() / "packs", QStringLiteral("A&S"));
    builder.show();
    builder.setExerciseChecked(kLetter, true);
    builder.setCurrentDetails(QDate(2020, 1, 9), QString());
    const auto path = files.path() / "late.twassign";
    EXPECT_FALSE(builder.exportTo(QString::fromStdString(path.string())));
    EXPECT_TRUE(builder.errorText().contains(QStringLiteral("has already passed")))
        << builder.errorText().toStdString();
    EXPECT_TRUE(builder.errorText().contains(QStringLiteral("9 Jan 2020")));
    EXPECT_FALSE(std::filesystem::exists(path));
    builder.setCurrentDetails(QDate(2099, 1, 9), QString());
    EXPECT_TRUE(builder.exportTo(QString::fromStdString(path.string()))) << builder.errorText().toStdString();

    using app::therapist::AssignmentBuilder;
    EXPECT_EQ(AssignmentBuilder::suggestedFileName(QStringLiteral("A&S"), QDate(2026, 12, 2)),
        QStringLiteral("assignment-A-S-2026-12-02.twassign"));
    EXPECT_EQ(AssignmentBuilder::suggestedFileName(QStringLiteral("  Case 12 / Müller "), QDate(2026, 12, 2)),
        QStringLiteral("assignment-Case-12-Müller-2026-12-02.twassign"));
}

} // namespace tw::test
