// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

#include <map>

class QLabel;
class QPlainTextEdit;
class QSlider;

namespace tw::app {

/**
 * @brief A 0-10 rating per item with its two anchors, and an optional follow-up question. The
 * answer is {"items": {itemId: n}, "followUp": text}; items the reader has not rated are left out,
 * so an untouched slider never records a number the reader did not choose.
 */
class ScaleEditor : public AnswerEditor {
    Q_OBJECT
public:
    ScaleEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QSlider* slider(const std::string& itemId) const;
    [[nodiscard]] bool isRated(const std::string& itemId) const;
    [[nodiscard]] QPlainTextEdit* followUpBox() const { return m_followUp; }

protected:
    nlohmann::json collect() const override;
    void apply(const nlohmann::json& answer) override;

private:
    struct Row {
        const content::ScaleItem* item = nullptr;
        QSlider* slider = nullptr;
        QLabel* value = nullptr;
        bool rated = false;
    };
    void addItem(const content::ScaleItem& item);
    void rate(Row& row);
    void showValue(Row& row);

    std::map<std::string, Row> m_rows;
    QPlainTextEdit* m_followUp = nullptr;
};

} // namespace tw::app
