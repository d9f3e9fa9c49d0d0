// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathModel.h"

#include "GuiHelpers.h"
#include "exercises/EditorContext.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace tw;

TEST(PathModel, PassesQtModelTesterThroughResetsAndProgress)
{
    app::PathModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reset(&tw::test::curriculum(), "hurt", false);
    EXPECT_EQ(model.rowCount(), static_cast<int>(tw::test::curriculum().modules.size()));
    model.setProgress({"step1.impact-letter"}, {"start.how-it-works"}, QStringLiteral("Sam"));
    const QModelIndex letter = model.indexOfExercise("step1.impact-letter");
    ASSERT_TRUE(letter.isValid());
    EXPECT_TRUE(letter.data(app::PathModel::DoneByMeRole).toBool());
    EXPECT_EQ(letter.parent().row(), model.indexOfExercise("step1.why-acknowledge").parent().row());
    EXPECT_TRUE(
        model.indexOfExercise("start.how-it-works").data(Qt::DisplayRole).toString().contains(QStringLiteral("Sam")));
    model.reset(nullptr, {}, false);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(PathModel, IndividualPathHidesCoupleExercises)
{
    app::PathModel model;
    model.reset(&tw::test::curriculum(), "hurt", true);
    for (const auto& module : tw::test::curriculum().modules) {
        for (const auto& e : module.exercises) {
            if (app::isCoupleExercise(e)) {
                EXPECT_FALSE(model.indexOfExercise(e.id).isValid()) << e.id;
            }
        }
    }
    EXPECT_TRUE(model.indexOfExercise("start.help-now").isValid());
}

TEST(PathModel, RoleFilterFollowsContent)
{
    app::PathModel model;
    for (const char* role : {"hurt", "involved", "mutual", "solo"}) {
        model.reset(&tw::test::curriculum(), role, false);
        for (const auto& module : tw::test::curriculum().modules) {
            for (const auto& e : module.exercises) {
                EXPECT_EQ(model.indexOfExercise(e.id).isValid(), e.visibleTo(role)) << e.id << " " << role;
            }
        }
    }
}
