// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Discretion (issue 18): a partner whose safety check raised a concern has a Home, a path and
// counts that look like anyone's, so someone who makes them unlock learns nothing. Their guidance is
// one neutral click away, and on Home only if they choose it.
#include "AppContext.h"
#include "CoupleWorkbook.h"
#include "ExerciseView.h"
#include "GuiHelpers.h"
#include "HomeView.h"
#include "MainWindow.h"
#include "PathModel.h"
#include "TempDir.h"
#include "Workspace.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/SafetyService.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <gtest/gtest.h>

using namespace tw;

namespace {

constexpr const char* kSafety = "start.safety-check";

/** @brief One couple's workbook in its own window, unlocked as its first partner. */
struct Couple {
    tw::test::TempDir dir;
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<app::MainWindow> window;
    std::string first;
    std::string second;

    Couple(const std::string& a, const std::string& b, const workbook::Options& options, bool concern)
        : first(a)
        , second(b)
    {
        std::vector<workbook::NewPartner> partners;
        // With their recovery codes, as after the set-up wizard: unlocking opens the workbook itself.
        partners.push_back(
            {a, workbook::Role::Hurt, crypto::SecretBytes::fromString(a + " pass"), crypto::makeRecoveryCode()});
        partners.push_back(
            {b, workbook::Role::Involved, crypto::SecretBytes::fromString(b + " pass"), crypto::makeRecoveryCode()});
        workbook::Workbook::create(dir.path(), std::move(partners), options);
        auto session = std::shared_ptr<workbook::Session>(
            workbook::Workbook::unlock(dir.path(), a, crypto::SecretBytes::fromString(a + " pass"), options));
        const auto* check = tw::test::curriculum().findExercise(kSafety);
        std::vector<std::string> ticked;
        std::vector<std::string> concerns;
        for (const auto& item : check->checkItems) {
            if (item.concern) {
                concerns.push_back(item.id);
            }
        }
        if (concern) {
            ticked.push_back(concerns.front());
        }
        workbook::SafetyService(*session).record(ticked, concerns);
        EXPECT_EQ(workbook::SafetyService(*session).needsIndividualPath(), concern);
        context = std::make_unique<app::AppContext>(QString::fromStdString(dir.path().string()), options);
        window = std::make_unique<app::MainWindow>(*context, tw::test::curriculum());
        window->resize(1100, 720);
        window->show();
        context->setSession(session);
    }

    /** @brief What the widgets say, in order, with the partners' names taken out. */
    QStringList tree(QWidget* root) const
    {
        QStringList lines;
        for (auto* w : root->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(root)) {
                continue;
            }
            QString text;
            if (auto* label = qobject_cast<QLabel*>(w)) {
                text = label->text();
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                text = button->text() + QLatin1Char('|') + button->accessibleName();
            }
            text.replace(QString::fromStdString(first), QStringLiteral("<first>"));
            text.replace(QString::fromStdString(second), QStringLiteral("<second>"));
            lines << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + text;
        }
        return lines;
    }

    QStringList path() const
    {
        QStringList rows;
        const auto* model = window->workspace()->pathModel();
        for (int m = 0; m < model->rowCount(); ++m) {
            const QModelIndex module = model->index(m, 0);
            rows << module.data().toString();
            for (int e = 0; e < model->rowCount(module); ++e) {
                rows << model->index(e, 0, module).data(app::PathModel::ExerciseIdRole).toString();
            }
        }
        return rows;
    }
};

struct Discretion : ::testing::Test {
    workbook::Options options;
    void SetUp() override
    {
        options.kdf = crypto::KdfParams::fastForTests();
        options.enforcePassphraseStrength = false;
        options.dailyBackup = false;
    }
};

} // namespace

TEST_F(Discretion, HomePathAndCountsAfterAConcernMatchAnyonesMinusTheName)
{
    Couple calm("Alex", "Sam", options, false);
    Couple worried("Robin", "Jo", options, true);
    auto* calmHome = calm.window->workspace()->homeView();
    auto* worriedHome = worried.window->workspace()->homeView();
    const QStringList calmTree = calm.tree(calmHome);
    ASSERT_GT(calmTree.size(), 20); // a real Home, not an empty one
    EXPECT_EQ(calmTree, worried.tree(worriedHome));
    EXPECT_EQ(calm.path(), worried.path());
    // The whole workspace too: the side panel, the path's own widgets, Home.
    EXPECT_EQ(calm.tree(calm.window->workspace()), worried.tree(worried.window->workspace()));
    // The couple exercises are still on the path for both.
    EXPECT_TRUE(worried.path().contains(QStringLiteral("start.pause-signal")));
    EXPECT_FALSE(worried.window->workspace()->individualOnly());

    // Help and the safety check itself are one neutral click from both Homes, in the same words.
    const QString help = QString::fromStdString(tw::test::curriculum().findExercise("start.help-now")->title);
    EXPECT_NE(tw::test::byName<QAbstractButton>(worriedHome, help), nullptr);
    EXPECT_NE(tw::test::byName<QAbstractButton>(calmHome, help), nullptr);
}

TEST_F(Discretion, TheNoteShowsOnHomeOnlyWhenThePartnerChoosesIt)
{
    Couple worried("Robin", "Jo", options, true);
    auto* workspace = worried.window->workspace();
    workspace->openExercise(QString::fromLatin1(kSafety));
    auto* choice = tw::test::byName<QCheckBox>(
        workspace->exerciseView(), QStringLiteral("Show a note about individual work on my Home"));
    ASSERT_NE(choice, nullptr);
    EXPECT_TRUE(choice->isVisibleTo(workspace));
    EXPECT_FALSE(choice->isChecked());
    choice->click();
    workspace->showHome();
    EXPECT_TRUE(workspace->individualOnly());
    const QStringList home = worried.tree(workspace->homeView());
    EXPECT_TRUE(home.join(QLatin1Char('\n')).contains(QStringLiteral("Individual work comes first")));

    // Kept in Robin's own store: Jo's session cannot read it.
    auto jo = workbook::Workbook::unlock(worried.dir.path(), "Jo", crypto::SecretBytes::fromString("Jo pass"), options);
    EXPECT_FALSE(jo->privateSetting(app::HomeView::kShowSafetyNoteKey).has_value());

    // Without a concern the choice is not even offered.
    Couple calm("Alex", "Sam", options, false);
    calm.window->workspace()->openExercise(QString::fromLatin1(kSafety));
    auto* none = tw::test::byName<QCheckBox>(
        calm.window->workspace()->exerciseView(), QStringLiteral("Show a note about individual work on my Home"));
    ASSERT_NE(none, nullptr);
    EXPECT_FALSE(none->isVisibleTo(calm.window->workspace()));
}
