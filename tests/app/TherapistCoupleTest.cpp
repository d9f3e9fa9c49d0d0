// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The couple's side of therapist mode in the real main window: importing an assignment (with the
// fingerprint question the first time, a refusal for another key) and what Home and the path show.
#include "ExerciseView.h"
#include "HomeView.h"
#include "PathModel.h"
#include "TherapistGui.h"
#include "Workspace.h"
#include "therapist/CoupleTherapist.h"
#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/ProgressService.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>

namespace tw::test {
namespace {

using app::therapist::CoupleTherapist;

QPushButton* buttonStartingWith(QWidget* root, const QString& prefix)
{
    for (auto* button : root->findChildren<QPushButton*>()) {
        if (button->text().startsWith(prefix)) {
            return button;
        }
    }
    return nullptr;
}

bool hasLabel(QWidget* root, const QString& text)
{
    for (auto* label : root->findChildren<QLabel*>()) {
        if (label->text().contains(text)) {
            return true;
        }
    }
    return false;
}

struct TherapistCoupleTest : TherapistGui {
    int asked = 0;
    std::string shownFingerprint;
    workbook::TrustState shownState = workbook::TrustState::Confirmed;

    CoupleTherapist& actions() { return *window->coupleTherapist(); }
    void answer(bool yes)
    {
        actions().setConfirm([this, yes](const app::therapist::CoupleTherapist::Question& q) {
            const workbook::Assignment& a = q.assignment;
            ++asked;
            shownFingerprint = a.therapist.fingerprint;
            shownState = q.trust.state;
            return yes;
        });
    }
};

TEST_F(TherapistCoupleTest, FirstImportAsksForTheFingerprintAndNoRefusesIt)
{
    openAs("Alex");
    const auto path = assign({{exercise(1).id, "", "2030-01-09", ""}}, "week1.twassign");
    answer(false);
    const auto refused = actions().importFile(*context->session(), path);
    EXPECT_FALSE(refused.imported);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("not confirmed"))) << refused.message.toStdString();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(shownFingerprint, fingerprint);
    EXPECT_TRUE(workbook::AssignmentService(*context->session()).items().empty());

    answer(true);
    const auto imported = actions().importFile(*context->session(), path);
    EXPECT_TRUE(imported.imported) << imported.message.toStdString();
    EXPECT_EQ(asked, 2);
    ASSERT_TRUE(workbook::AssignmentService(*context->session()).therapist());

    // The second file from the same key needs no question; the same file twice changes nothing.
    const auto second = assign({{exercise(2).id, "", "", ""}}, "week2.twassign");
    EXPECT_TRUE(actions().importFile(*context->session(), second).imported);
    EXPECT_FALSE(actions().importFile(*context->session(), second).imported);
    EXPECT_EQ(asked, 2);
}

TEST_F(TherapistCoupleTest, AnotherKeyIsAskedAboutAsADifferentKeyAndCancelImportsNothing)
{
    openAs("Alex");
    answer(true);
    ASSERT_TRUE(
        actions().importFile(*context->session(), assign({{exercise(1).id, "", "", ""}}, "a.twassign")).imported);

    // Someone else calling themselves Dr Rivera: a new practice, a new key.
    TempDir forger;
    workbook::PracticeService::create(
        forger.path(), "Dr Rivera", crypto::SecretBytes::fromString("forged pass"), options);
    auto f = workbook::Workbook::unlock(
        forger.path(), "Dr Rivera", crypto::SecretBytes::fromString("forged pass"), options);
    workbook::PracticeService(*f).addClient("A&S");
    const auto forged = files.path() / "forged.twassign";
    workbook::PracticeService(*f).exportAssignment({"A&S", {{exercise(2).id, "", "", ""}}, "", ""}, forged);

    // Asked with the warning of a key nobody signed over (not as a first time or a hand-over); the
    // default answer, Cancel, imports nothing and the pin stays.
    answer(false);
    const auto result = actions().importFile(*context->session(), QString::fromStdString(forged.string()));
    EXPECT_FALSE(result.imported);
    EXPECT_TRUE(result.message.contains(QStringLiteral("not confirmed"))) << result.message.toStdString();
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(shownState, workbook::TrustState::DifferentKey);
    workbook::AssignmentService service(*context->session());
    EXPECT_EQ(service.items().size(), 1U);
    EXPECT_EQ(service.therapist()->identity.fingerprint, fingerprint);
    EXPECT_TRUE(service.pending().empty());
}

TEST_F(TherapistCoupleTest, APracticeKeyChangeIsAskedAsAHandOverAndMovesMyPin)
{
    openAs("Alex");
    answer(true);
    ASSERT_TRUE(
        actions().importFile(*context->session(), assign({{exercise(1).id, "", "", ""}}, "a.twassign")).imported);
    std::string newFingerprint;
    {
        auto t = therapist();
        newFingerprint = workbook::PracticeService(*t).changeKey().after.fingerprint;
    }
    const auto next = assign({{exercise(2).id, "", "", ""}}, "b.twassign");
    answer(true);
    const auto result = actions().importFile(*context->session(), next);
    EXPECT_TRUE(result.imported) << result.message.toStdString();
    EXPECT_EQ(asked, 2);
    EXPECT_EQ(shownState, workbook::TrustState::HandedOver);
    EXPECT_EQ(shownFingerprint, newFingerprint);
    workbook::AssignmentService service(*context->session());
    EXPECT_EQ(service.therapist()->identity.fingerprint, newFingerprint);
    // The assignment the old key signed stays on Home, and nothing waits to be asked at the next unlock.
    EXPECT_EQ(service.items().size(), 2U);
    EXPECT_TRUE(service.pending().empty());
    EXPECT_EQ(actions().confirmPending(), 0);
    EXPECT_EQ(asked, 2);
}

TEST_F(TherapistCoupleTest, TamperedFileIsRefusedBeforeAnyQuestion)
{
    openAs("Alex");
    answer(true);
    const auto path = assign({{exercise(1).id, "", "", ""}}, "t.twassign");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace("Between", "Betwixt");
    file.seek(0);
    file.write(bytes);
    file.close();
    const auto result = actions().importFile(*context->session(), path);
    EXPECT_FALSE(result.imported);
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_EQ(asked, 0);
}

TEST_F(TherapistCoupleTest, HomeAndPathShowAssignedItemsWithOverdueInWords)
{
    const auto& late = exercise(1);
    const auto& open = exercise(2);
    openAs("Alex");
    answer(true);
    const auto path
        = assign({{late.id, "", "2020-01-09", "Take your time."}, {open.id, "", "2099-03-01", ""}}, "w.twassign");
    ASSERT_TRUE(actions().importFile(*context->session(), path).imported);
    workbook::ProgressService(*context->session()).markDone(open.id);
    // Sam, after switching, is asked to confirm the therapist for himself, then sees the same items.
    const int askedBefore = asked;
    openAs("Sam");
    QApplication::processEvents();
    EXPECT_EQ(asked, askedBefore + 1);
    EXPECT_EQ(shownFingerprint, fingerprint);

    auto* home = window->workspace()->homeView();
    EXPECT_TRUE(hasLabel(home, QStringLiteral("Assigned by Dr Rivera")));
    auto* overdue = buttonStartingWith(home, QStringLiteral("Overdue: ") + QString::fromStdString(late.title));
    ASSERT_NE(overdue, nullptr);
    EXPECT_TRUE(overdue->font().bold());
    auto* onTime = buttonStartingWith(home, QString::fromStdString(open.title) + QStringLiteral(" (due "));
    ASSERT_NE(onTime, nullptr);
    // Per partner, me first: Sam has not done it, Alex has.
    EXPECT_TRUE(hasLabel(home, QStringLiteral("Sam: not done yet · Alex: done")));
    EXPECT_TRUE(hasLabel(home, QStringLiteral("Take your time.")));
    EXPECT_TRUE(hasLabel(home, QStringLiteral("Between sessions, please.")));

    auto* model = window->workspace()->pathModel();
    const QString lateRow = model->indexOfExercise(late.id).data(Qt::DisplayRole).toString();
    EXPECT_TRUE(lateRow.startsWith(QStringLiteral("Overdue: ") + QString::fromStdString(late.title)))
        << lateRow.toStdString();
    const QString lateSpoken = model->indexOfExercise(late.id).data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(lateSpoken.contains(QStringLiteral("overdue, was due"))) << lateSpoken.toStdString();
    const QString openRow = model->indexOfExercise(open.id).data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(openRow.contains(QStringLiteral("due "))) << openRow.toStdString();
    EXPECT_FALSE(openRow.contains(QStringLiteral("overdue")));

    overdue->click();
    auto* stack = qobject_cast<QStackedWidget*>(window->workspace()->exerciseView()->parentWidget());
    ASSERT_NE(stack, nullptr);
    EXPECT_EQ(stack->currentWidget(), window->workspace()->exerciseView());
    EXPECT_EQ(model->indexOfExercise(late.id), window->workspace()->findChild<QTreeView*>()->currentIndex());

    // Locked, nothing of it remains in the path.
    context->lock();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(TherapistCoupleTest, LockingClosesTheReportDialogBeforeTheKeysGo)
{
    openAs("Alex");
    answer(true);
    ASSERT_TRUE(
        actions().importFile(*context->session(), assign({{exercise(1).id, "", "", ""}}, "l.twassign")).imported);
    bool forced = false;
    // The idle lock firing while the consent screen is open.
    QTimer::singleShot(300, context.get(), [this] { context->lock(); });
    // Should the lock not close it, this ends the wait and fails the test instead of hanging.
    QTimer::singleShot(20000, context.get(), [&forced] {
        if (auto* modal = QApplication::activeModalWidget()) {
            forced = true;
            modal->close();
        }
    });
    actions().sendReport();
    EXPECT_FALSE(forced);
    EXPECT_EQ(context->session(), nullptr);
    EXPECT_TRUE(window->showingUnlock());
}

TEST_F(TherapistCoupleTest, HomeHasNoTherapistSectionWithoutAnAssignment)
{
    openAs("Alex");
    EXPECT_FALSE(hasLabel(window->workspace()->homeView(), QStringLiteral("Assigned by")));
}

} // namespace
} // namespace tw::test
