// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The assignment builder over a real practice: what it ticks, dates and notes is what the signed
// file says, and templates keep a set of items for later.
#include "TherapistGui.h"
#include "therapist/AssignmentBuilder.h"
#include "tw/workbook/AssignmentFile.h"

#include <QDate>
#include <QTreeWidget>

namespace tw::test {
namespace {

using app::therapist::AssignmentBuilder;

struct TherapistBuilderTest : TherapistGui {
    std::unique_ptr<workbook::Session> practice;
    std::unique_ptr<AssignmentBuilder> builder;

    void SetUp() override
    {
        TherapistGui::SetUp();
        practice = therapist();
        builder = std::make_unique<AssignmentBuilder>(
            *practice, curriculum(), practiceDir.path() / "packs", QStringLiteral("A&S"));
        builder->show();
    }
    void TearDown() override
    {
        builder.reset();
        practice.reset();
    }
};

TEST_F(TherapistBuilderTest, TreeListsModulesAndTheirExercisesButNotTheSafetyCheck)
{
    auto* tree = builder->tree();
    EXPECT_GE(tree->topLevelItemCount(), 4);
    bool safetyListed = false;
    int exercises = 0;
    for (int m = 0; m < tree->topLevelItemCount(); ++m) {
        for (int e = 0; e < tree->topLevelItem(m)->childCount(); ++e) {
            ++exercises;
            const auto id = tree->topLevelItem(m)->child(e)->data(0, Qt::UserRole + 1).toString().toStdString();
            safetyListed = safetyListed || curriculum().findExercise(id)->safety;
        }
    }
    EXPECT_GT(exercises, 10);
    EXPECT_FALSE(safetyListed);
}

TEST_F(TherapistBuilderTest, ExportWritesASignedFileWithTheTickedItemsDatesAndNotes)
{
    const auto& first = exercise(1);
    const auto& second = exercise(2);
    builder->setExerciseChecked(first.id, true);
    builder->setCurrentDetails(QDate(2030, 1, 9), QStringLiteral("Read it twice."));
    builder->setExerciseChecked(second.id, true);
    builder->setWholeNote(QStringLiteral("Between sessions, one a day."));
    const auto path = files.path() / "built.twassign";
    ASSERT_TRUE(builder->exportTo(QString::fromStdString(path.string()))) << builder->errorText().toStdString();

    const auto a = workbook::AssignmentFile::load(path);
    EXPECT_EQ(a.therapist.name, "Dr Rivera");
    EXPECT_EQ(a.therapist.fingerprint, fingerprint);
    EXPECT_EQ(a.clientLabel, "A&S");
    EXPECT_EQ(a.note, "Between sessions, one a day.");
    ASSERT_EQ(a.items.size(), 2U);
    EXPECT_EQ(a.items[0].exerciseId, first.id);
    EXPECT_EQ(a.items[0].title, first.title);
    EXPECT_EQ(a.items[0].due, "2030-01-09");
    EXPECT_EQ(a.items[0].note, "Read it twice.");
    EXPECT_EQ(a.items[1].exerciseId, second.id);
    EXPECT_EQ(a.items[1].due, "");
    EXPECT_EQ(a.items[1].note, "");
    // The practice records what it sent under the client.
    EXPECT_EQ(workbook::PracticeService(*practice).clientView("A&S").assignments.size(), 1U);
}

TEST_F(TherapistBuilderTest, GivingAnExerciseADateTicksItAndUntickingLeavesItOut)
{
    const auto& first = exercise(1);
    builder->setExerciseChecked(first.id, false);
    builder->setCurrentDetails(QDate(2030, 2, 1), QString());
    ASSERT_EQ(builder->draft().items.size(), 1U);
    builder->setExerciseChecked(first.id, false);
    EXPECT_TRUE(builder->draft().items.empty());
}

TEST_F(TherapistBuilderTest, NothingTickedIsRefusedWithAMessageAndNoFile)
{
    const auto path = files.path() / "empty.twassign";
    EXPECT_FALSE(builder->exportTo(QString::fromStdString(path.string())));
    EXPECT_TRUE(builder->errorText().contains(QStringLiteral("Tick at least one")));
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(TherapistBuilderTest, TemplateKeepsItemsAndNotesForTheNextAssignment)
{
    builder->setExerciseChecked(exercise(1).id, true);
    builder->setCurrentDetails(QDate(2030, 1, 9), QStringLiteral("Read it twice."));
    builder->setWholeNote(QStringLiteral("Week one."));
    ASSERT_TRUE(builder->saveTemplate(QStringLiteral("First week"))) << builder->errorText().toStdString();

    AssignmentBuilder fresh(*practice, curriculum(), practiceDir.path() / "packs", QStringLiteral("A&S"));
    EXPECT_TRUE(fresh.draft().items.empty());
    fresh.loadTemplate(0);
    const auto draft = fresh.draft();
    ASSERT_EQ(draft.items.size(), 1U);
    EXPECT_EQ(draft.items[0].exerciseId, exercise(1).id);
    EXPECT_EQ(draft.items[0].due, "2030-01-09");
    EXPECT_EQ(draft.items[0].note, "Read it twice.");
    EXPECT_EQ(draft.note, "Week one.");
    EXPECT_EQ(draft.clientLabel, "A&S");
}

} // namespace
} // namespace tw::test
