// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

#include <map>

class QPlainTextEdit;

namespace tw::app {

/** @brief One text box per prompt; the answer is {"prompts": {promptId: text}}. */
class ReflectionEditor : public AnswerEditor {
    Q_OBJECT
public:
    ReflectionEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QPlainTextEdit* box(const std::string& promptId) const;

protected:
    nlohmann::json collect() const override;
    void apply(const nlohmann::json& answer) override;
    bool takeEarlierText(const QString& text) override;

private:
    std::map<std::string, QPlainTextEdit*> m_boxes;
};

/** @brief Builds a labelled, growing text box for one prompt (shared by reflection and reveal). */
QPlainTextEdit* addPromptBox(
    QWidget* owner, class QVBoxLayout* layout, const EditorContext& context, const content::Prompt& prompt);

} // namespace tw::app
