// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadingEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tw::app {

ReadingEditor::ReadingEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent, true)
{
    // Paragraphs are separate labels so a screen reader can move through them one at a time.
    const QString body = context.text(exercise.body);
    for (const QString& part : body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        auto* label = paragraph(part);
        label->setFocusPolicy(Qt::TabFocus);
        label->setAccessibleName(part.left(60));
        m_layout->addWidget(label);
    }
}

} // namespace tw::app
