// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/CheckinEditor.h"

#include "CoupleWorkbook.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;

namespace {

constexpr const char* kThermometer = "step4.trust-thermometer";

struct Opened : tw::test::OpenedEditor<app::CheckinEditor> {
    [[nodiscard]] QString card(int index) const
    {
        QString text;
        for (auto* label : editor->findChild<QFrame*>(editor->shownIds().at(index))->findChildren<QLabel*>()) {
            text += label->text() + QLatin1Char('\n');
        }
        return text;
    }
    void checkIn(int trust, int connected, const QString& appreciation)
    {
        byName<QSlider>(editor.get(), QStringLiteral("How much I trust, right now"))->setValue(trust);
        byName<QSlider>(editor.get(), QStringLiteral("How connected I feel to my partner"))->setValue(connected);
        byName<QPlainTextEdit>(editor.get(), QStringLiteral("One thing I appreciated this week"))
            ->setPlainText(appreciation);
        byName<QPushButton>(editor.get(), QStringLiteral("Save this check-in"))->click();
    }
};

struct CheckinEditorTest : tw::test::CoupleEditorTest {
    std::unique_ptr<Opened> open(const std::string& name) { return openEditor<Opened>(name, kThermometer); }
};

} // namespace

TEST_F(CheckinEditorTest, TheThermometerHasItsFourFields)
{
    auto alex = open("Alex");
    for (const char* name : {"How much I trust, right now", "How connected I feel to my partner"}) {
        auto* slider = byName<QSlider>(alex->editor.get(), QString::fromUtf8(name));
        ASSERT_NE(slider, nullptr) << name;
        EXPECT_EQ(slider->minimum(), 0);
        EXPECT_EQ(slider->maximum(), 10);
        EXPECT_TRUE(slider->accessibleDescription().startsWith(QStringLiteral("5 of 10. 0 means ")));
    }
    for (const char* name : {"One thing I appreciated this week", "Anything else I want to note (optional)"}) {
        EXPECT_NE(byName<QPlainTextEdit>(alex->editor.get(), QString::fromUtf8(name)), nullptr) << name;
    }
    EXPECT_TRUE(alex->editor->rhythmText().startsWith(QStringLiteral("A check-in is suggested once a week")));
}

TEST_F(CheckinEditorTest, ACheckinSavesAndShowsInHistoryWithTheTrend)
{
    auto alex = open("Alex");
    alex->checkIn(3, 6, QStringLiteral("You made tea without asking"));
    EXPECT_TRUE(alex->editor->statusText().startsWith(QStringLiteral("Check-in saved")));
    ASSERT_EQ(alex->editor->shownIds().size(), 1);
    const QString first = alex->card(0);
    EXPECT_TRUE(first.contains(QStringLiteral("How much I trust, right now: 3 of 10")));
    EXPECT_TRUE(first.contains(QStringLiteral("How connected I feel to my partner: 6 of 10")));
    EXPECT_TRUE(first.contains(QStringLiteral("One thing I appreciated this week: You made tea without asking")));
    EXPECT_FALSE(first.contains(QStringLiteral("Anything else"))); // left empty, so not recorded
    EXPECT_TRUE(alex->editor->rhythmText().startsWith(QStringLiteral("Your last check-in was on")));
    EXPECT_TRUE(alex->editor->trendText().isEmpty()); // one point is not a trend

    clock += 7LL * 24 * 3600 * 1000;
    alex->checkIn(5, 7, QStringLiteral("A calm evening"));
    ASSERT_EQ(alex->editor->shownIds().size(), 2);
    EXPECT_TRUE(alex->card(0).contains(QStringLiteral("A calm evening")));
    EXPECT_TRUE(alex->editor->trendText().contains(QStringLiteral("How much I trust, right now: 3, 5")));
    EXPECT_TRUE(alex->editor->trendText().contains(QStringLiteral("How connected I feel to my partner: 6, 7")));
    const auto stored = workbook::EntryService(*alex->session).checkins(kThermometer);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(nlohmann::json::parse(stored[0].fieldsJson).at("trust").get<int>(), 3);
}

TEST_F(CheckinEditorTest, SharingMakesACheckinVisibleToThePartner)
{
    {
        auto alex = open("Alex");
        alex->checkIn(2, 2, QStringLiteral("CANARY-private-checkin"));
        alex->checkIn(4, 4, QStringLiteral("CANARY-shared-checkin"));
        auto* share = alex->editor->findChild<QFrame*>(alex->editor->shownIds().at(0))
                          ->findChild<QPushButton*>(QStringLiteral("share"));
        ASSERT_NE(share, nullptr);
        EXPECT_EQ(share->accessibleName().left(22), QStringLiteral("Share this check-in fr"));
        share->click();
        EXPECT_EQ(alex->editor->statusText(), QStringLiteral("Shared with Sam."));
    }
    auto sam = open("Sam");
    ASSERT_EQ(sam->editor->shownIds().size(), 1);
    EXPECT_TRUE(sam->card(0).contains(QStringLiteral("CANARY-shared-checkin")));
    EXPECT_TRUE(sam->card(0).contains(QStringLiteral("Shared by Alex")));
    for (auto* label : sam->editor->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY-private")));
    }
    // Alex's numbers never enter Sam's own history or trend.
    EXPECT_TRUE(sam->editor->rhythmText().startsWith(QStringLiteral("A check-in is suggested")));
}

TEST_F(CheckinEditorTest, ScrollingThePageNeverMovesARating)
{
    auto alex = open("Alex");
    auto* trust = byName<QSlider>(alex->editor.get(), QStringLiteral("How much I trust, right now"));
    const auto wheel = [trust] {
        QWheelEvent event(QPointF(5, 5), trust->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(trust, &event);
    };
    wheel();
    EXPECT_EQ(trust->value(), 5);
    EXPECT_TRUE(alex->session->entries({.exerciseId = kThermometer, .kind = "draft"}).empty());
    trust->setFocus(); // chosen on purpose, the wheel may turn it
    QApplication::processEvents();
    if (trust->hasFocus()) {
        wheel();
        EXPECT_NE(trust->value(), 5);
    }
}
