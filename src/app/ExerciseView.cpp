// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseView.h"

#include "HomeView.h"
#include "exercises/AnswerText.h"
#include "exercises/EditorFactory.h"
#include "style/Components.h"
#include "style/Icons.h"
#include "style/Metrics.h"
#include "sync/OtherVersionsNote.h"
#include "tw/base/Error.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/SafetyService.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
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
    // The reading column sits in the middle of wide windows rather than against the path.
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
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
    m_page = style::readingPage(this, m_layout);
    m_layout->setSpacing(style::space::m);

    auto* header = new QHBoxLayout();
    header->setSpacing(style::space::s);
    auto* icon = new QLabel(m_page);
    const int side = QFontMetrics(style::fontFor(style::TextRole::Title, font())).height();
    icon->setPixmap(style::kindIcon(exercise.kind).pixmap(side, side));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* title = style::text(style::TextRole::Title, QString::fromStdString(exercise.title), m_page);
    header->addWidget(title, 1);
    m_layout->addLayout(header);
    //: Under an exercise's title: how long it takes and with whom, e.g. "About 20 minutes · on your own".
    auto* meta = style::text(style::TextRole::Caption,
        tr("%1 · %2").arg(aboutMinutes(exercise.minutes), modeSentence(exercise.mode)), m_page);
    m_layout->addWidget(meta);
    if (exercise.locale != context.curriculum.locale && context.curriculum.locale != "en") {
        m_layout->addWidget(style::text(
            style::TextRole::Caption, tr("This exercise is not translated yet and is shown in English."), m_page));
    }
    auto* intro = new QVBoxLayout();
    intro->setSpacing(style::space::s);
    for (const QString& part : context.text(exercise.intro).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        intro->addWidget(style::text(style::TextRole::Body, part, m_page));
    }
    m_layout->addLayout(intro);
    const QString exerciseId = QString::fromStdString(exercise.id);
    // After a choice the exercise is opened again, so the editor shows the text that was kept.
    const auto reopen
        = [this, exerciseId] { QTimer::singleShot(0, this, [this, exerciseId] { emit openExercise(exerciseId); }); };
    if (auto* note = otherVersionsNote(context.session, exercise, m_page, reopen)) {
        m_layout->addWidget(note);
    }

    if (context.together() && exercise.safety) {
        // Each partner's safety check is theirs alone; together time never opens it.
        auto* card = style::card(m_page);
        style::cardLayout(card)->addWidget(style::text(style::TextRole::Body,
            tr("This check is private to each of you. Open it when you are on your own."), card));
        m_layout->addWidget(card);
    } else {
        m_editor = createEditor(exercise, context, m_page);
    }
    if (m_editor) {
        m_layout->addWidget(m_editor);
        connect(m_editor, &ExerciseEditor::openExercise, this, &ExerciseView::openExercise);
        connect(m_editor, &ExerciseEditor::answered, this, &ExerciseView::progressChanged);
    }
    if (exercise.safety && !context.together()) {
        addSafetyNoteChoice(context);
    }

    auto* done = new QCheckBox(tr("I have done this exercise"), m_page);
    done->setAccessibleName(tr("Mark this exercise as done"));
    workbook::ProgressService progress(context.session);
    done->setChecked(progress.exercise(exercise.id).doneByMe);
    const bool onlyMine = isWhollyPrivate(exercise);
    const auto shown
        = onlyMine ? workbook::ProgressService::DoneShown::OnlyToMe : workbook::ProgressService::DoneShown::ToPartner;
    connect(done, &QCheckBox::toggled, this, [this, &context, id = exercise.id, shown](bool checked) {
        try {
            workbook::ProgressService service(context.session);
            checked ? service.markDone(id, shown) : service.markNotDone(id);
            emit progressChanged();
        } catch (const Error&) {
            // The box keeps its state; the next toggle tries again.
        }
    });
    // The safety check is done once answered; a checkbox would suggest otherwise. While both are
    // here, "I" would be ambiguous: each marks their own progress on their own.
    done->setVisible(!exercise.safety && !context.together());
    m_layout->addWidget(done);
    if (onlyMine && !exercise.safety && !context.together() && context.session.otherPartner()) {
        // Said where the choice is made, so nobody has to wonder whether the tick shows.
        m_layout->addWidget(style::text(style::TextRole::Caption,
            tr("Only you see that this page is done: %1 is not shown a tick here.").arg(context.partnerName()),
            m_page));
    }

    if (!exercise.see.empty()) {
        auto* related = new QHBoxLayout();
        related->setSpacing(style::space::s);
        related->addWidget(style::text(style::TextRole::Caption, tr("Related:"), m_page));
        for (const auto& id : exercise.see) {
            const auto* other = context.curriculum.findExercise(id);
            if (!other) {
                continue;
            }
            auto* link = new QPushButton(style::kindIcon(other->kind), QString::fromStdString(other->title), m_page);
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

void ExerciseView::addSafetyNoteChoice(EditorContext& context)
{
    // After a concern Home and the path stay as anyone's (someone made to unlock must learn nothing);
    // the partner may still want the note where they start. Their choice, kept in their own store.
    auto* card = style::card(m_page);
    auto* layout = style::cardLayout(card);
    auto* box = new QCheckBox(tr("Show a note about individual work on my Home"), card);
    box->setAccessibleName(tr("Show a note about individual work on my Home"));
    layout->addWidget(box);
    layout->addWidget(style::text(style::TextRole::Caption,
        tr("Off unless you choose it, so that Home looks like anyone's if someone makes you open Trustwork."), card));
    m_layout->addWidget(card);
    const auto refresh = [card, box, &context] {
        try {
            card->setVisible(workbook::SafetyService(context.session).needsIndividualPath());
            const QSignalBlocker quiet(box);
            box->setChecked(context.session.privateSetting(HomeView::kShowSafetyNoteKey).value_or("") == "true");
        } catch (const Error&) {
            card->hide();
        }
    };
    refresh();
    connect(m_editor, &ExerciseEditor::answered, card, refresh);
    connect(box, &QCheckBox::toggled, this, [&context](bool on) {
        try {
            context.session.setPrivateSetting(HomeView::kShowSafetyNoteKey, on ? "true" : "false");
        } catch (const Error&) {
            // Unchanged; Home keeps showing what it did.
        }
    });
}

} // namespace tw::app
