// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckinEditor.h"

#include "Autosave.h"
#include "Dates.h"
#include "tw/base/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSlider>
#include <QVBoxLayout>

namespace tw::app {
using nlohmann::json;

CheckinEditor::CheckinEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : LogEditor(exercise, context, parent, Deferred{})
{
    m_rhythm = paragraph(QString());
    m_rhythm->setVisible(exercise.everyDays > 0);
    m_layout->addWidget(m_rhythm);
    setup({tr("This check-in"), tr("Save this check-in"), tr("Check-ins so far, newest first"),
        tr("No check-ins yet. Each one stays private unless you share it."),
        tr("Check-in saved. It is private unless you share it."), tr("check-in"), false});
    // Below the history and created after it, so Tab reaches it last; never above the form, where
    // last week's numbers could pull on this week's answers.
    m_trend = paragraph(QString());
    m_trend->setFocusPolicy(Qt::TabFocus);
    m_layout->addSpacing(4);
    m_layout->addWidget(m_trend);
    refresh();
}

void CheckinEditor::refreshed(const std::vector<workbook::Record>& mine)
{
    // The rhythm is an invitation: it names the next suggested day and never counts missed ones.
    const int every = m_exercise.everyDays;
    const QLocale locale;
    if (mine.empty()) {
        const QString often = every == 1 ? tr("every day")
            : every == 7                 ? tr("once a week")
                                         : tr("every %n day(s)", nullptr, every);
        m_rhythm->setText(
            tr("A check-in is suggested %1. There is no deadline; answer when you are ready.").arg(often));
    } else {
        const QDate last = QDateTime::fromMSecsSinceEpoch(mine.back().createdAt).date();
        const QDate next = last.addDays(every);
        const QString lastText = tr("Your last check-in was on %1.").arg(dayText(last));
        m_rhythm->setText(lastText + QLatin1Char(' ')
            + (next <= today() ? tr("Another one may help, whenever you are ready.")
                               : tr("The next is suggested from %1.").arg(dayText(next))));
    }

    // The scales over time as plain numbers: the trend is what matters, and numbers read aloud well.
    if (!m_trend) {
        return; // still inside setup(); the constructor refreshes again once the trend exists
    }
    QStringList lines;
    const std::size_t first = mine.size() > 12 ? mine.size() - 12 : 0;
    for (const auto& field : m_exercise.fields) {
        if (field.type != content::FieldType::Scale) {
            continue;
        }
        QStringList values;
        for (std::size_t i = first; i < mine.size(); ++i) {
            const json record = json::parse(mine[i].fieldsJson, nullptr, false);
            const bool rated
                = record.is_object() && record.contains(field.id) && record.at(field.id).is_number_integer();
            values << (rated ? QString::number(record.at(field.id).get<int>()) : tr("not rated"));
        }
        lines << tr("%1: %2").arg(
            QString::fromStdString(field.labelFor(m_context.role())), values.join(QStringLiteral(", ")));
    }
    m_trend->setVisible(mine.size() >= 2 && !lines.isEmpty());
    m_trend->setText(
        tr("Your answers over time, oldest first (out of 10):") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace tw::app
