// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/LogEditor.h"

#include "CoupleWorkbook.h"
#include "Dates.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "exercises/CheckinEditor.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;
using tw::test::waitUntil;

namespace {

struct Opened : tw::test::OpenedEditor<app::LogEditor> {
    QFrame* card(int index) const { return editor->findChild<QFrame*>(editor->shownIds().at(index)); }
};

struct LogEditorTest : tw::test::CoupleEditorTest {
    const content::Exercise* exercise = tw::test::curriculum().findExercise("step3.trigger-log");

    std::unique_ptr<Opened> open(const std::string& name) { return openEditor<Opened>(name, exercise->id); }
    static QPlainTextEdit* box(Opened& o, const char* label)
    {
        return byName<QPlainTextEdit>(o.editor.get(), QString::fromUtf8(label));
    }
    static void add(Opened& o) { byName<QPushButton>(o.editor.get(), QStringLiteral("Add to log"))->click(); }
};

QString shown(QWidget* root)
{
    QString all;
    for (auto* label : root->findChildren<QLabel*>()) {
        all += label->text() + QLatin1Char('\n');
    }
    for (auto* w : root->findChildren<QWidget*>()) {
        all += w->accessibleName() + QLatin1Char('\n');
    }
    return all;
}

} // namespace

TEST_F(LogEditorTest, AddingARecordListsItNewestFirstAndEmptiesTheForm)
{
    auto alex = open("Alex");
    EXPECT_TRUE(alex->editor->shownIds().isEmpty());
    box(*alex, "What happened")->setPlainText(QStringLiteral("A late message"));
    byName<QSlider>(alex->editor.get(), QStringLiteral("How strong the alarm was"))->setValue(7);
    box(*alex, "What helped")->setPlainText(QStringLiteral("A walk"));
    add(*alex);
    ASSERT_EQ(alex->editor->shownIds().size(), 1);
    const QString first = shown(alex->card(0));
    EXPECT_TRUE(first.contains(QStringLiteral("What happened: A late message")));
    EXPECT_TRUE(first.contains(QStringLiteral("How strong the alarm was: 7 of 10")));
    EXPECT_TRUE(first.contains(QStringLiteral("Private: only you can see it")));
    EXPECT_TRUE(alex->editor->statusText().startsWith(QStringLiteral("Added to your log")));
    EXPECT_TRUE(box(*alex, "What happened")->toPlainText().isEmpty());
    EXPECT_EQ(byName<QSlider>(alex->editor.get(), QStringLiteral("How strong the alarm was"))->value(), 5);

    box(*alex, "What happened")->setPlainText(QStringLiteral("A date on the calendar"));
    add(*alex);
    ASSERT_EQ(alex->editor->shownIds().size(), 2);
    EXPECT_TRUE(shown(alex->card(0)).contains(QStringLiteral("A date on the calendar")));
    const auto stored = workbook::EntryService(*alex->session).logs(exercise->id);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(alex->editor->shownIds().at(0).toStdString(), stored[1].id);
    EXPECT_EQ(nlohmann::json::parse(stored[0].fieldsJson).at("intensity").get<int>(), 7);
}

TEST_F(LogEditorTest, AnEmptyFormAddsNothingAndSaysWhy)
{
    auto alex = open("Alex");
    add(*alex);
    EXPECT_TRUE(alex->editor->shownIds().isEmpty());
    EXPECT_TRUE(alex->editor->statusText().startsWith(QStringLiteral("Write or choose something first")));
    EXPECT_TRUE(workbook::EntryService(*alex->session).logs(exercise->id).empty());
}

TEST_F(LogEditorTest, ASharedRecordReachesThePartnerAndAPrivateOneNever)
{
    {
        auto alex = open("Alex");
        box(*alex, "What happened")->setPlainText(QStringLiteral("CANARY-private-log"));
        add(*alex);
        box(*alex, "What happened")->setPlainText(QStringLiteral("CANARY-shared-log"));
        add(*alex);
        auto* share = alex->card(0)->findChild<QPushButton*>(QStringLiteral("share"));
        EXPECT_EQ(share->text(), QStringLiteral("Share with Sam"));
        share->click();
        EXPECT_EQ(share->text(), QStringLiteral("Stop sharing"));
        EXPECT_TRUE(shown(alex->card(0)).contains(QStringLiteral("Shared with Sam")));
    }
    {
        auto sam = open("Sam");
        ASSERT_EQ(sam->editor->shownIds().size(), 1);
        const QString seen = shown(sam->editor.get());
        EXPECT_TRUE(seen.contains(QStringLiteral("CANARY-shared-log")));
        EXPECT_TRUE(seen.contains(QStringLiteral("Shared by Alex")));
        EXPECT_FALSE(seen.contains(QStringLiteral("CANARY-private-log")));
        // Sam can neither unshare nor delete Alex's record.
        EXPECT_EQ(sam->card(0)->findChild<QPushButton*>(), nullptr);
    }
    {
        auto alex = open("Alex");
        alex->card(0)->findChild<QPushButton*>(QStringLiteral("share"))->click();
        // Stopping asks first; the record stays shared until the answer.
        EXPECT_FALSE(alex->editor->statusText().startsWith(QStringLiteral("Private again")));
        ASSERT_TRUE(tw::test::answerConfirmation(QStringLiteral("Stop sharing")));
        EXPECT_TRUE(alex->editor->statusText().startsWith(QStringLiteral("Private again")));
    }
    auto sam = open("Sam");
    EXPECT_TRUE(sam->editor->shownIds().isEmpty());
    EXPECT_FALSE(shown(sam->editor.get()).contains(QStringLiteral("CANARY")));
}

TEST_F(LogEditorTest, DeletingAsksInPlaceFirst)
{
    auto alex = open("Alex");
    box(*alex, "What happened")->setPlainText(QStringLiteral("Something to remove"));
    add(*alex);
    QFrame* card = alex->card(0);
    auto* confirm = card->findChild<QWidget*>(QStringLiteral("confirm"));
    EXPECT_TRUE(confirm->isHidden());
    card->findChild<QPushButton*>(QStringLiteral("delete"))->click();
    EXPECT_FALSE(confirm->isHidden());
    card->findChild<QPushButton*>(QStringLiteral("keep"))->click();
    EXPECT_TRUE(confirm->isHidden());
    EXPECT_EQ(alex->editor->shownIds().size(), 1);

    card->findChild<QPushButton*>(QStringLiteral("delete"))->click();
    card->findChild<QPushButton*>(QStringLiteral("confirm-delete"))->click();
    EXPECT_TRUE(alex->editor->shownIds().isEmpty());
    EXPECT_EQ(alex->editor->statusText(), QStringLiteral("Deleted."));
    EXPECT_TRUE(workbook::EntryService(*alex->session).logs(exercise->id).empty());
}

TEST_F(LogEditorTest, AHalfWrittenRecordSurvivesClosingTheEditor)
{
    {
        auto alex = open("Alex");
        box(*alex, "What I noticed in my body")->setPlainText(QStringLiteral("Tight chest"));
        ASSERT_TRUE(waitUntil([&] { return alex->editor->statusText().startsWith(QStringLiteral("Draft kept")); }));
    }
    {
        auto alex = open("Alex");
        EXPECT_EQ(box(*alex, "What I noticed in my body")->toPlainText(), QStringLiteral("Tight chest"));
        EXPECT_TRUE(alex->editor->shownIds().isEmpty()); // a draft is not a record
        box(*alex, "What I noticed in my body")->setPlainText(QStringLiteral("Tight chest, then calmer"));
        add(*alex); // adding straight away also settles the draft that was still pending
        EXPECT_EQ(alex->editor->shownIds().size(), 1);
    }
    auto alex = open("Alex");
    EXPECT_TRUE(box(*alex, "What I noticed in my body")->toPlainText().isEmpty());
    EXPECT_EQ(alex->editor->shownIds().size(), 1);
}

TEST_F(LogEditorTest, DatesAndChoicesAreRecordedAsChosen)
{
    exercise = tw::test::curriculum().findExercise("step3.bids");
    auto alex = open("Alex");
    auto* when = byName<QDateEdit>(alex->editor.get(), QStringLiteral("When"));
    ASSERT_NE(when, nullptr);
    const QDate day = when->date().addDays(-2);
    when->setDate(day);
    auto* who = byName<QComboBox>(alex->editor.get(), QStringLiteral("Who made it"));
    EXPECT_EQ(who->currentIndex(), 0); // nothing is chosen for the user
    who->setCurrentIndex(2);
    add(*alex);
    ASSERT_EQ(alex->editor->shownIds().size(), 1);
    const QString text = shown(alex->card(0));
    EXPECT_TRUE(text.contains(QStringLiteral("Who made it: My partner did")));
    EXPECT_TRUE(text.contains(QStringLiteral("When: ") + app::dayText(day))); // "2 Dec 2026"
    EXPECT_FALSE(text.contains(QStringLiteral("How it was met")));
    const auto stored = nlohmann::json::parse(workbook::EntryService(*alex->session).logs(exercise->id)[0].fieldsJson);
    EXPECT_EQ(stored.at("date").get<std::string>(), day.toString(Qt::ISODate).toStdString());
}

TEST_F(LogEditorTest, NewRecordsTakeTheirPlaceInTheTabOrder)
{
    auto alex = open("Alex");
    // Host the editor above a later widget, as ExerciseView does with its "done" box.
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    alex->editor->setParent(&host);
    layout->addWidget(alex->editor.get());
    auto* after = new QPushButton(QStringLiteral("After the editor"), &host);
    layout->addWidget(after);
    host.show();
    box(*alex, "What happened")->setPlainText(QStringLiteral("A late message"));
    add(*alex);
    auto* share = alex->card(0)->findChild<QPushButton*>(QStringLiteral("share"));
    QWidget* w = byName<QPushButton>(alex->editor.get(), QStringLiteral("Add to log"));
    int steps = 0;
    while (w != share && w != after && steps++ < 500) {
        w = w->nextInFocusChain();
    }
    EXPECT_EQ(w, share);
    alex->editor->flush();
    alex->editor->setParent(nullptr); // the fixture owns and deletes it
}

TEST_F(LogEditorTest, AloneNothingOffersSharing)
{
    tw::test::TempDir soloDir;
    std::vector<workbook::NewPartner> one;
    one.push_back(
        {"Alex", workbook::Role::Hurt, crypto::SecretBytes::fromString("alex passphrase"), crypto::makeRecoveryCode()});
    workbook::Workbook::create(soloDir.path(), std::move(one), options);
    Opened alex;
    alex.session = workbook::Workbook::unlock(
        soloDir.path(), "Alex", crypto::SecretBytes::fromString("alex passphrase"), options);
    alex.context = std::make_unique<app::EditorContext>(app::EditorContext{*alex.session, tw::test::curriculum()});
    alex.editor = std::make_unique<app::LogEditor>(*exercise, *alex.context);
    EXPECT_EQ(alex.editor->statusText(), QStringLiteral("Only you can see what you add here."));
    box(alex, "What happened")->setPlainText(QStringLiteral("Alone with it"));
    add(alex);
    ASSERT_EQ(alex.editor->shownIds().size(), 1);
    EXPECT_TRUE(alex.card(0)->findChild<QPushButton*>(QStringLiteral("share"))->isHidden());
    EXPECT_TRUE(alex.card(0)->findChild<QLabel*>(QStringLiteral("visibility"))->isHidden());
    EXPECT_FALSE(alex.card(0)->findChild<QPushButton*>(QStringLiteral("delete"))->isHidden());
}
