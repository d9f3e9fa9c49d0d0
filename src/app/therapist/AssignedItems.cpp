// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignedItems.h"

#include "Labels.h"
#include "TherapistText.h"
#include "exercises/EditorContext.h"
#include "style/WrapButton.h"
#include "tw/base/Error.h"
#include "tw/workbook/AssignmentService.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::app::therapist {
namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString completionText(const workbook::AssignedItem& item)
{
    QStringList parts;
    for (const auto& partner : item.completion) {
        const QString name = QString::fromStdString(partner.partnerName);
        parts << (partner.done ? QCoreApplication::translate("Therapist", "%1: done").arg(name)
                               : QCoreApplication::translate("Therapist", "%1: not done yet").arg(name));
    }
    return parts.join(QStringLiteral(" · "));
}

QString headline(const QString& title, const workbook::AssignedItem& item)
{
    if (item.item.due.empty()) {
        return title;
    }
    const QString due = dayText(item.item.due);
    //: An assigned exercise whose due day has passed before every partner did it.
    return item.overdue ? QCoreApplication::translate("Therapist", "Overdue: %1 (was due %2)").arg(title, due)
                        : QCoreApplication::translate("Therapist", "%1 (due %2)").arg(title, due);
}

std::vector<workbook::AssignedItem> loadItems(workbook::Session& session)
{
    try {
        return workbook::AssignmentService(session).items();
    } catch (const Error&) {
        // A practice session has no assignments of its own; Home simply shows none.
        return {};
    }
}

} // namespace

void addAssignedSection(
    QVBoxLayout* layout, QWidget* page, EditorContext& context, const std::function<void(const QString&)>& open)
{
    const auto items = loadItems(context.session);
    if (items.empty()) {
        return;
    }
    //: Home section heading; %1 is the therapist's name.
    layout->addWidget(headingLabel(QCoreApplication::translate("Therapist", "Assigned by %1")
                                       .arg(QString::fromStdString(items.front().therapistName)),
        page));
    std::string lastNote;
    for (const auto& item : items) {
        if (!item.assignmentNote.empty() && item.assignmentNote != lastNote) {
            lastNote = item.assignmentNote;
            auto* note = wrapped(QString::fromStdString(item.assignmentNote), page);
            note->setAccessibleName(QCoreApplication::translate("Therapist", "Note from your therapist"));
            QFont font = note->font();
            font.setItalic(true);
            note->setFont(font);
            layout->addWidget(note);
        }
        const QString title = exerciseTitle(context.curriculum, item.item.exerciseId, item.item.title);
        const QString text = headline(title, item);
        if (context.curriculum.findExercise(item.item.exerciseId)) {
            auto* button = new style::WrapButton(text, page);
            button->setAccessibleName(text);
            if (item.overdue) {
                // Bold as well as the word "Overdue", so the state never rests on colour.
                QFont font = button->font();
                font.setBold(true);
                button->setFont(font);
            }
            const QString id = QString::fromStdString(item.item.exerciseId);
            QObject::connect(button, &QPushButton::clicked, page, [open, id] { open(id); });
            layout->addWidget(button);
        } else {
            layout->addWidget(wrapped(
                QCoreApplication::translate("Therapist", "%1 (this exercise is not installed here)").arg(text), page));
        }
        QString details = completionText(item);
        if (!item.item.note.empty()) {
            details += QLatin1Char('\n') + QString::fromStdString(item.item.note);
        }
        auto* label = wrapped(details, page);
        label->setContentsMargins(12, 0, 0, 4);
        layout->addWidget(label);
    }
}

std::map<std::string, PathModel::AssignedMark> assignedMarks(workbook::Session& session)
{
    std::map<std::string, PathModel::AssignedMark> marks;
    // Items come by due date, so the first mark per exercise is its earliest.
    for (const auto& item : loadItems(session)) {
        marks.try_emplace(item.item.exerciseId,
            PathModel::AssignedMark{item.item.due.empty() ? QString() : dayText(item.item.due), item.overdue});
    }
    return marks;
}

} // namespace tw::app::therapist
