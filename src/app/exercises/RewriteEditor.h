// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

class QPlainTextEdit;

namespace tw::app {

/**
 * @brief A rewrite: the guidance and the worked examples, then the reader's own harsh sentence and
 * its gentler version. The answer is {"harsh": text, "gentle": text}.
 */
class RewriteEditor : public AnswerEditor {
    Q_OBJECT
public:
    RewriteEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QPlainTextEdit* harshBox() const { return m_harsh; }
    [[nodiscard]] QPlainTextEdit* gentleBox() const { return m_gentle; }

protected:
    nlohmann::json collect() const override;
    void apply(const nlohmann::json& answer) override;

private:
    void addExamples();
    QPlainTextEdit* addBox(const QString& label, const QString& placeholder);

    QPlainTextEdit* m_harsh = nullptr;
    QPlainTextEdit* m_gentle = nullptr;
};

} // namespace tw::app
