// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReflectionEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tw::app {

QPlainTextEdit* addPromptBox(
    QWidget* owner, QVBoxLayout* layout, const EditorContext& context, const content::Prompt& prompt)
{
    const QString question = context.text(prompt.text);
    auto* label = new QLabel(question, owner);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    if (prompt.hint) {
        auto* hint = new QLabel(context.text(*prompt.hint), owner);
        hint->setWordWrap(true);
        hint->setTextFormat(Qt::PlainText);
        QFont italic = hint->font();
        italic.setItalic(true);
        hint->setFont(italic);
        layout->addWidget(hint);
    }
    auto* box = new QPlainTextEdit(owner);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(110);
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

} // namespace tw::app
