// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorFactory.h"

#include "AgreementEditor.h"
#include "CheckinEditor.h"
#include "ChecklistEditor.h"
#include "CommitmentEditor.h"
#include "ConversationEditor.h"
#include "LogEditor.h"
#include "ReadingEditor.h"
#include "ReflectionEditor.h"
#include "RevealEditor.h"
#include "RewriteEditor.h"
#include "ScaleEditor.h"

namespace tw::app {

ExerciseEditor* createEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
{
    switch (exercise.kind) {
    case content::Kind::Reading:
        return new ReadingEditor(exercise, context, parent);
    case content::Kind::Reflection:
        return new ReflectionEditor(exercise, context, parent);
    case content::Kind::Scale:
        return new ScaleEditor(exercise, context, parent);
    case content::Kind::Checklist:
        return new ChecklistEditor(exercise, context, parent);
    case content::Kind::Reveal:
        return new RevealEditor(exercise, context, parent);
    case content::Kind::Agreement:
        return new AgreementEditor(exercise, context, parent);
    case content::Kind::Conversation:
        return new ConversationEditor(exercise, context, parent);
    case content::Kind::Log:
        return new LogEditor(exercise, context, parent);
    case content::Kind::Commitment:
        return new CommitmentEditor(exercise, context, parent);
    case content::Kind::Checkin:
        return new CheckinEditor(exercise, context, parent);
    case content::Kind::Rewrite:
        return new RewriteEditor(exercise, context, parent);
    }
    return nullptr;
}

} // namespace tw::app
