// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorFactory.h"

#include "AgreementEditor.h"
#include "CheckinEditor.h"
#include "ChecklistEditor.h"
#include "CommitmentEditor.h"
#include "ConversationEditor.h"
#include "HelpEditor.h"
#include "LogEditor.h"
#include "ReadingEditor.h"
#include "ReflectionEditor.h"
#include "RevealEditor.h"
#include "RewriteEditor.h"
#include "ScaleEditor.h"
#include "TogetherAnswerView.h"

namespace tw::app {

namespace {

// While both partners are here, the exercises each one answers privately show only what was shared.
bool answeredPrivately(content::Kind kind)
{
    return kind == content::Kind::Reflection || kind == content::Kind::Scale || kind == content::Kind::Checklist
        || kind == content::Kind::Rewrite;
}

} // namespace

ExerciseEditor* createEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
{
    if (context.together() && answeredPrivately(exercise.kind) && !exercise.safety) {
        return new TogetherAnswerView(exercise, context, parent);
    }
    switch (exercise.kind) {
    case content::Kind::Reading:
        if (HelpEditor::isHelpPage(exercise, context.curriculum)) {
            return new HelpEditor(exercise, context, parent);
        }
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
