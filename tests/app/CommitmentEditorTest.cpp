// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/CommitmentEditor.h"

#include "CoupleWorkbook.h"
#include "GuiHelpers.h"
#include "TempDir.h"
#include "exercises/CheckinEditor.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace tw;
using tw::test::byName;
using tw::test::waitUntil;
using workbook::CommitmentOutcome;

namespace {

struct Opened : tw::test::OpenedEditor<app::CommitmentEditor> {
    [[nodiscard]] std::vector<workbook::Commitment> stored() const
    {
        return workbook::EntryService(*session).commitments("step4.small-promises");
    }
    [[nodiscard]] QPushButton* button(const std::string& id, const char* name) const
    {
        QFrame* card = editor->card(id);
        return card ? card->findChild<QPushButton*>(QString::fromLatin1(name)) : nullptr;
    }
    [[nodiscard]] QString state(const std::string& id) const
    {
        return editor->card(id)->findChild<QLabel*>(QStringLiteral("status"))->text();
    }
    void write(const QString& what)
    {
        byName<QPlainTextEdit>(editor.get(), QStringLiteral("What I will do"))->setPlainText(what);
    }
    void submit(const char* name = "Add this commitment")
    {
        byName<QPushButton>(editor.get(), QString::fromLatin1(name))->click();
    }
};

struct CommitmentEditorTest : tw::test::CoupleEditorTest {
    std::unique_ptr<Opened> open(const std::string& name) { return openEditor<Opened>(name, "step4.small-promises"); }
    /** @brief Sam makes a commitment, shares it and marks it kept; Alex confirms it. Returns its id. */
    std::string keptAndConfirmed()
    {
        std::string id;
        {
            auto sam = open("Sam");
            sam->write(QStringLiteral("Message you when I leave work each day this week"));
            sam->submit();
            id = sam->stored().at(0).id;
            sam->button(id, "share")->click();
            sam->button(id, "kept")->click();
            EXPECT_EQ(sam->editor->statusText(), QStringLiteral("Marked as kept."));
            EXPECT_TRUE(sam->state(id).contains(QStringLiteral("Kept")));
            EXPECT_EQ(sam->button(id, "kept"), nullptr);
            EXPECT_NE(sam->button(id, "reopen"), nullptr);
        }
        auto alex = open("Alex");
        EXPECT_TRUE(alex->state(id).startsWith(QStringLiteral("By ")));
        auto* confirm = alex->button(id, "confirm");
        EXPECT_NE(confirm, nullptr);
        if (confirm) {
            EXPECT_EQ(confirm->text(), QStringLiteral("Confirm it was kept"));
            confirm->click();
        }
        EXPECT_EQ(alex->editor->statusText(), QStringLiteral("Confirmed."));
        EXPECT_TRUE(alex->state(id).contains(QStringLiteral("You confirmed this")));
        EXPECT_EQ(alex->button(id, "confirm"), nullptr);
        return id;
    }
};

} // namespace

TEST_F(CommitmentEditorTest, TheOwnerMarksItKeptAndThePartnerConfirms)
{
    const std::string id = keptAndConfirmed();
    auto sam = open("Sam");
    EXPECT_TRUE(sam->state(id).contains(QStringLiteral("Confirmed by Alex")));
    EXPECT_TRUE(sam->stored().at(0).confirmedByPartner);
}

TEST_F(CommitmentEditorTest, ChangingItAsksForAFreshConfirmation)
{
    const std::string id = keptAndConfirmed();
    {
        auto sam = open("Sam");
        sam->button(id, "change")->click();
        auto* what = byName<QPlainTextEdit>(sam->editor.get(), QStringLiteral("What I will do"));
        EXPECT_EQ(what->toPlainText(), QStringLiteral("Message you when I leave work each day this week"));
        what->setPlainText(QStringLiteral("Message you when I leave work on weekdays"));
        sam->submit("Save changes to this commitment");
        EXPECT_EQ(sam->editor->statusText(), QStringLiteral("Changes saved."));
        EXPECT_FALSE(sam->state(id).contains(QStringLiteral("Confirmed")));
        EXPECT_TRUE(what->toPlainText().isEmpty()); // back to a new commitment
        EXPECT_EQ(sam->stored().size(), 1u);
    }
    auto alex = open("Alex");
    EXPECT_FALSE(alex->stored().at(0).confirmedByPartner);
    ASSERT_NE(alex->button(id, "confirm"), nullptr);
    EXPECT_TRUE(alex->editor->card(id)
            ->findChild<QLabel*>(QStringLiteral("what"))
            ->text()
            .contains(QStringLiteral("on weekdays")));
}

TEST_F(CommitmentEditorTest, PrivateUntilSharedWithDatesOverdueAndNone)
{
    std::string overdue, undated;
    {
        auto alex = open("Alex");
        auto* due = byName<QDateEdit>(alex->editor.get(), QStringLiteral("By this date"));
        ASSERT_NE(due, nullptr);
        due->setDate(due->date().addDays(-10)); // the default is a week ahead; this is three days ago
        alex->write(QStringLiteral("CANARY-private-commitment"));
        alex->submit();
        overdue = alex->stored().at(0).id;
        EXPECT_TRUE(alex->state(overdue).contains(QStringLiteral("Overdue")));
        EXPECT_TRUE(alex->state(overdue).contains(QStringLiteral("Private")));

        byName<QCheckBox>(alex->editor.get(), QStringLiteral("No date for this commitment"))->setChecked(true);
        EXPECT_FALSE(due->isEnabled());
        alex->write(QStringLiteral("Tell one friend what has been happening"));
        alex->submit();
        for (const auto& c : alex->stored()) {
            if (c.id != overdue) {
                undated = c.id;
                EXPECT_TRUE(c.due.empty());
            }
        }
        EXPECT_TRUE(alex->state(undated).startsWith(QStringLiteral("No date")));
        EXPECT_FALSE(byName<QCheckBox>(alex->editor.get(), QStringLiteral("No date for this commitment"))->isChecked());
    }
    auto sam = open("Sam");
    EXPECT_EQ(sam->editor->card(overdue), nullptr);
    EXPECT_EQ(sam->editor->card(undated), nullptr);
    for (auto* label : sam->editor->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("CANARY")));
    }
}

TEST_F(CommitmentEditorTest, AnUnsentCommitmentIsKeptAsADraft)
{
    {
        auto alex = open("Alex");
        alex->write(QStringLiteral("Twenty minutes for me every day"));
        ASSERT_TRUE(waitUntil([&] { return alex->editor->statusText().startsWith(QStringLiteral("Draft kept")); }));
    }
    auto alex = open("Alex");
    EXPECT_EQ(byName<QPlainTextEdit>(alex->editor.get(), QStringLiteral("What I will do"))->toPlainText(),
        QStringLiteral("Twenty minutes for me every day"));
    EXPECT_TRUE(alex->stored().empty());
    alex->submit("Add this commitment");
    EXPECT_TRUE(alex->editor->statusText().startsWith(QStringLiteral("Commitment added")));
    EXPECT_EQ(alex->stored().size(), 1u);
}
