// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseView.h"

#include "exercises/EditorFactory.h"
#include "tw/base/Error.h"
#include "tw/workbook/ProgressService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::app {
namespace {

QString modeSentence(content::Mode mode)
{
    switch (mode) {
    case content::Mode::Alone:
        return ExerciseView::tr("on your own");
    case content::Mode::Together:
        return ExerciseView::tr("together");
    case content::Mode::Either:
        return ExerciseView::tr("alone or together");
    }
    return {};
}

} // namespace

ExerciseView::ExerciseView(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void ExerciseView::clear()
{
    if (m_editor) {
        m_editor->flush();
    }
    m_editor = nullptr;
    m_exercise = nullptr;
    delete takeWidget();
    m_page = nullptr;
}

void ExerciseView::show(const content::Exercise& exercise, EditorContext& context)
{
    clear();
    m_exercise = &exercise;
    m_page = new QWidget(this);
    m_page->setMaximumWidth(820);
    m_layout = new QVBoxLayout(m_page);
    m_layout->setContentsMargins(36, 24, 36, 24);
    m_layout->setSpacing(12);

    auto* title = new QLabel(QString::fromStdString(exercise.title), m_page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    title->setFont(font);
    title->setWordWrap(true);
    m_layout->addWidget(title);
    auto* meta = new QLabel(tr("%1, %2.").arg(aboutMinutes(exercise.minutes), modeSentence(exercise.mode)), m_page);
    meta->setWordWrap(true);
    QFont italic = meta->font();
    italic.setItalic(true);
    meta->setFont(italic);
    m_layout->addWidget(meta);
    if (exercise.locale != context.curriculum.locale && context.curriculum.locale != "en") {
        auto* note = new QLabel(tr("This exercise is not translated yet and is shown in English."), m_page);
        note->setWordWrap(true);
        m_layout->addWidget(note);
    }
    for (const QString& part : context.text(exercise.intro).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        auto* label = new QLabel(part, m_page);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_layout->addWidget(label);
    }

    m_editor = createEditor(exercise, context, m_page);
    if (m_editor) {
        m_layout->addWidget(m_editor);
        connect(m_editor, &ExerciseEditor::openExercise, this, &ExerciseView::openExercise);
        connect(m_editor, &ExerciseEditor::answered, this, &ExerciseView::progressChanged);
    }

    auto* done = new QCheckBox(tr("I have done this exercise"), m_page);
    done->setAccessibleName(tr("Mark this exercise as done"));
    workbook::ProgressService progress(context.session);
    done->setChecked(progress.exercise(exercise.id).doneByMe);
    connect(done, &QCheckBox::toggled, this, [this, &context, id = exercise.id](bool checked) {
        try {
            workbook::ProgressService service(context.session);
            checked ? service.markDone(id) : service.markNotDone(id);
            emit progressChanged();
        } catch (const Error&) {
            // The box keeps its state; the next toggle tries again.
        }
    });
    // The safety check is done once answered; a checkbox would suggest otherwise.
    done->setVisible(!exercise.safety);
    m_layout->addWidget(done);

    if (!exercise.see.empty()) {
        auto* related = new QHBoxLayout();
        related->addWidget(new QLabel(tr("Related:"), m_page));
        for (const auto& id : exercise.see) {
            const auto* other = context.curriculum.findExercise(id);
            if (!other) {
                continue;
            }
            auto* link = new QPushButton(QString::fromStdString(other->title), m_page);
            link->setFlat(true);
            link->setAccessibleName(tr("Open %1").arg(QString::fromStdString(other->title)));
            connect(link, &QPushButton::clicked, this, [this, id] { emit openExercise(QString::fromStdString(id)); });
            related->addWidget(link);
        }
        related->addStretch();
        m_layout->addLayout(related);
    }
    m_layout->addStretch();
    setWidget(m_page);
}

} // namespace tw::app
