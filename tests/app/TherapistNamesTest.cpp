// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every interactive widget of the therapist screens has a name a screen reader can say. (The AT-SPI
// walk in tests/accessibility covers the couple's screens from the demo; these screens need a practice.)
#include "TherapistGui.h"
#include "therapist/AssignmentBuilder.h"
#include "therapist/PracticeSetupDialog.h"
#include "therapist/PracticeWindow.h"
#include "therapist/ReportConsentDialog.h"
#include "tw/workbook/AssignmentService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tw::test {
namespace {

/** @brief "Class: text" of each visible interactive widget under @p root whose accessible name is empty. */
QStringList unnamed(QWidget* root)
{
    QStringList missing;
    for (auto* w : root->findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w))
            // Line edits inside a combo or spin box are parts of it, named by it.
            || (qobject_cast<QLineEdit*>(w) && !qobject_cast<QComboBox*>(w->parentWidget())
                && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()));
        if (!interactive || !w->isVisibleTo(root)) {
            continue;
        }
        auto* accessible = QAccessible::queryAccessibleInterface(w);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            missing << QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(": ") + w->objectName();
        }
    }
    return missing;
}

using TherapistNamesTest = TherapistGui;

TEST_F(TherapistNamesTest, BuilderConsentAndPracticeScreensNameEveryControl)
{
    auto practice = therapist();
    app::therapist::AssignmentBuilder builder(
        *practice, curriculum(), practiceDir.path() / "packs", QStringLiteral("A&S"));
    builder.show();
    builder.setExerciseChecked(exercise(1).id, true);
    EXPECT_EQ(unnamed(&builder), QStringList());

    openAs("Alex");
    workbook::AssignmentService(*context->session())
        .importFile(assign({{exercise(1).id, "", "", ""}}, "n.twassign").toStdString(), fingerprint);
    app::therapist::ReportConsentDialog consent(*context->session());
    consent.show();
    EXPECT_EQ(unnamed(&consent), QStringList());
    EXPECT_EQ(unnamed(window.get()), QStringList());

    app::AppContext practiceContext(QString::fromStdString(practiceDir.path().string()), options);
    app::therapist::PracticeWindow practiceWindow(practiceContext, curriculum());
    practiceWindow.show();
    EXPECT_EQ(unnamed(&practiceWindow), QStringList());
    // A practice has no partner: its unlock screen must not promise privacy from one.
    for (const auto* label : practiceWindow.findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(QStringLiteral("Your partner"))) << label->text().toStdString();
    }
    practiceContext.setSession(std::move(practice));
    EXPECT_EQ(unnamed(&practiceWindow), QStringList());
    practiceContext.lock();
}

TEST(TherapistNames, TheCheckSeesANamelessField)
{
    QWidget root;
    auto* field = new QLineEdit(&root);
    root.show();
    EXPECT_EQ(unnamed(&root).size(), 1);
    field->setAccessibleName(QStringLiteral("Label"));
    EXPECT_TRUE(unnamed(&root).isEmpty());
}

TEST(TherapistNames, PracticeSetupNamesEveryControl)
{
    TempDir dir;
    app::therapist::PracticeSetupDialog dialog(QString::fromStdString(dir.path().string()), {});
    dialog.show();
    EXPECT_EQ(unnamed(&dialog), QStringList());
}

} // namespace
} // namespace tw::test
