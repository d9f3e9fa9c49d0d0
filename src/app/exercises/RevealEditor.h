// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"
#include "tw/workbook/RevealService.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

class QPlainTextEdit;

namespace tw::app {

class Autosave;

/**
 * @brief A reveal: both partners answer privately and see each other's answers side by side once
 * both have answered. The gate is RevealService's, not this widget's: until then the partner's
 * words are sealed under a key this session does not hold, so there is nothing here to hide.
 * My answer is {"prompts": {promptId: text}}. Until I choose "My answer is ready" it is only a private
 * draft (kind "reveal-draft", sealed under my key): answering is what opens the exchange, and a half-written
 * sentence saved by autosave must never be what the partner is shown. After that, edits save to the answer.
 */
class RevealEditor : public ExerciseEditor {
    Q_OBJECT
public:
    RevealEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    void flush() override;
    [[nodiscard]] QPlainTextEdit* box(const std::string& promptId) const;
    [[nodiscard]] QString statusText() const;
    /** @brief The line saying where the exchange stands (who has answered, what appears when). */
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] bool showsSideBySide() const { return m_sideBySide != nullptr; }
    /** @brief The side-by-side answers as shown (questions, both answers, revisions, notes), for tests. */
    [[nodiscard]] QString sideBySideText() const;
    /** @brief "My answer is ready"; hidden once the answer is given. */
    [[nodiscard]] QPushButton* readyButton() const { return m_ready; }

    static constexpr const char* kDraftKind = "reveal-draft";

private:
    void edited();
    void save();
    void markReady();
    void showSaved();
    [[nodiscard]] std::string collect() const;
    [[nodiscard]] std::optional<workbook::Entry> myDraft() const;
    void refreshState();
    void showSideBySide(const workbook::RevealState& state);
    [[nodiscard]] bool blank() const;

    Autosave* m_autosave = nullptr;
    std::vector<std::pair<std::string, QPlainTextEdit*>> m_boxes;
    QLabel* m_intro = nullptr;
    QWidget* m_writing = nullptr; ///< my questions and boxes (hidden in together time)
    QPushButton* m_ready = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_state = nullptr;
    QWidget* m_sideBySide = nullptr;
    std::string m_shown; // what the side-by-side view shows, so typing does not rebuild it needlessly
    std::optional<std::string> m_draftId;
    bool m_answered = false;
    bool m_loading = false;
};

} // namespace tw::app
