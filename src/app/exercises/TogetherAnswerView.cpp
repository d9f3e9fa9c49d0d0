// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TogetherAnswerView.h"

#include "SharedAnswerCard.h"
#include "style/Components.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tw::app {

TogetherAnswerView::TogetherAnswerView(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    auto* note = style::text(style::TextRole::Body,
        tr("While you are both here, only what you have shared shows. Private answers stay hidden."), this);
    style::setTone(note, "muted");
    m_layout->addWidget(note);
    for (const auto& partner : context.session.partners()) {
        auto shared = context.session.entries({.exerciseId = exercise.id,
            .kind = "answer",
            .authorId = partner.id,
            .sharedOnly = true,
            .newestFirst = true,
            .limit = 1});
        if (shared.empty()) {
            continue;
        }
        const auto parts
            = answerParts(&exercise, workbook::roleName(partner.role), shared.front().kind, shared.front().body);
        auto* card = new SharedAnswerCard(sharedByLine(QString::fromStdString(partner.name), shared.front()), parts,
            partner.id != context.session.me().id, this);
        m_layout->addWidget(card);
        m_cards.push_back(card);
    }
    if (m_cards.empty()) {
        m_layout->addWidget(style::text(style::TextRole::Body,
            tr("Nothing has been shared here yet. Each of you can share your answer later, on your own."), this));
    }
}

} // namespace tw::app
