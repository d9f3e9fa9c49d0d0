// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionEditor.h"

#include "AnswerText.h"
#include "style/Components.h"
#include "style/Metrics.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {

QPlainTextEdit* addPromptBox(
    QWidget* owner, QVBoxLayout* layout, const EditorContext& context, const content::Prompt& prompt)
{
    const QString question = context.text(prompt.text);
    auto* label = style::emphasis(question, owner);
    layout->addSpacing(style::space::xs);
    layout->addWidget(label);
    if (prompt.hint) {
        layout->addWidget(style::text(style::TextRole::Caption, context.text(*prompt.hint), owner));
    }
    if (isNeverShared(prompt) && !context.session.isSolo()) {
        // Said where it is written, not only in the share preview.
        layout->addWidget(style::text(style::TextRole::Caption,
            QCoreApplication::translate(
                "ReflectionEditor", "Only for you: this answer is never shared, even when you share the rest."),
            owner));
    }
    auto* box = new QPlainTextEdit(owner);
    box->setTabChangesFocus(true);
    // Room for a few lines at any text size; it scrolls beyond that.
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * 5 + 12);
    box->setAccessibleName(question.left(120));
    label->setBuddy(box);
    layout->addWidget(box);
    return box;
}

ReflectionEditor::ReflectionEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : AnswerEditor(exercise, context, parent)
{
    for (const auto& prompt : exercise.prompts) {
        auto* box = addPromptBox(this, m_layout, context, prompt);
        connect(box, &QPlainTextEdit::textChanged, this, &ReflectionEditor::edited);
        m_boxes[prompt.id] = box;
    }
    finishSetup();
}

QPlainTextEdit* ReflectionEditor::box(const std::string& promptId) const
{
    auto it = m_boxes.find(promptId);
    return it == m_boxes.end() ? nullptr : it->second;
}

nlohmann::json ReflectionEditor::collect() const
{
    nlohmann::json prompts = nlohmann::json::object();
    for (const auto& [id, box] : m_boxes) {
        prompts[id] = box->toPlainText().toStdString();
    }
    return {{"prompts", prompts}};
}

void ReflectionEditor::apply(const nlohmann::json& answer)
{
    const auto prompts = answer.value("prompts", nlohmann::json::object());
    for (const auto& [id, box] : m_boxes) {
        if (prompts.contains(id) && prompts.at(id).is_string()) {
            box->setPlainText(QString::fromStdString(prompts.at(id).get<std::string>()));
        }
    }
}

bool ReflectionEditor::takeEarlierText(const QString& text)
{
    // Into the first question's box, where a single answer box used to be, if that box is empty;
    // the first one that can be shared if there is one: the words may have been shared as they
    // were, and the share preview must still list them.
    if (m_exercise.prompts.empty()) {
        return false;
    }
    const auto shareable = std::find_if(m_exercise.prompts.begin(), m_exercise.prompts.end(),
        [](const content::Prompt& p) { return !isNeverShared(p); });
    QPlainTextEdit* first = box((shareable != m_exercise.prompts.end() ? *shareable : m_exercise.prompts.front()).id);
    if (!first || !first->toPlainText().isEmpty()) {
        return false;
    }
    first->setPlainText(text);
    return true;
}

} // namespace tw::app
