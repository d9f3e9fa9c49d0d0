// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QFrame;
class QPlainTextEdit;

namespace tw::app {

/** @brief An ordinary checklist: the answer is {"ticked": [itemIds], "followUp": text}. */
class ChecklistAnswerEditor : public AnswerEditor {
    Q_OBJECT
public:
    ChecklistAnswerEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QCheckBox* box(const std::string& itemId) const;
    [[nodiscard]] QPlainTextEdit* followUpBox() const { return m_followUp; }

protected:
    nlohmann::json collect() const override;
    void apply(const nlohmann::json& answer) override;

private:
    std::vector<std::pair<std::string, QCheckBox*>> m_boxes;
    QPlainTextEdit* m_followUp = nullptr;
};

/**
 * @brief The private safety check. It never writes an answer entry of its own and never offers
 * sharing: SafetyService keeps one sealed row whose size does not depend on what was ticked. It
 * saves only on an explicit button, because ticking is often tentative; after a concern it shows
 * the content's message for each group of ticked items, the way to the help pages, and that the
 * partner is not told.
 */
class SafetyCheckEditor : public ExerciseEditor {
    Q_OBJECT
public:
    SafetyCheckEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QCheckBox* box(const std::string& itemId) const;
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QFrame* concernPanel() const { return m_concern; }
    [[nodiscard]] QString statusText() const;
    /** @brief What "Save my answers privately" does; false (with the reason shown) if it failed. */
    bool save();
    /**
     * @brief For the wizards: their Next button saves, so the separate button goes and the status
     * line says @p howSaved instead.
     */
    void setSavedByCaller(const QString& howSaved);

private:
    void buildConcernPanel();
    /** @brief The panel's text for what is ticked: the content's message for each ticked group. */
    void fillConcern(const std::vector<std::string>& ticked);
    void showConcern(bool visible, bool justSaved, const std::vector<std::string>& ticked);

    std::vector<std::pair<std::string, QCheckBox*>> m_boxes;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    QFrame* m_concern = nullptr;
    QWidget* m_concernHeading = nullptr;
    QWidget* m_concernBody = nullptr;
    QString m_howSaved;
};

/** @brief Checklist exercises: the safety check when the content says so, else an ordinary checklist. */
class ChecklistEditor : public ExerciseEditor {
    Q_OBJECT
public:
    ChecklistEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    void flush() override;
    /** @brief The ordinary checklist, or nullptr for the safety check. */
    [[nodiscard]] ChecklistAnswerEditor* answerEditor() const { return m_answer; }
    /** @brief The safety check, or nullptr for an ordinary checklist. */
    [[nodiscard]] SafetyCheckEditor* safetyCheck() const { return m_safety; }

private:
    ChecklistAnswerEditor* m_answer = nullptr;
    SafetyCheckEditor* m_safety = nullptr;
};

} // namespace tw::app
