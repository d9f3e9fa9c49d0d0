// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

#include <QTimer>

class QGroupBox;
class QPlainTextEdit;
class QProgressBar;

namespace tw::app {

/**
 * @brief A guided conversation at one screen: turn N of M with what the speaker and the listener do
 * (each in their own role's words), who speaks now, a turn timer that ends with a quiet note and
 * never a sound, and a break that opens the pause guide. My notes are an ordinary private answer
 * ({"notes": text}), saved as I type and shared only if I choose.
 */
class ConversationEditor : public AnswerEditor {
    Q_OBJECT
public:
    ConversationEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);

    /** @brief Test seam: how long one second of turn time lasts, in milliseconds (1000 in the app). */
    void setSecondLength(int milliseconds);
    [[nodiscard]] int turn() const { return m_turn; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] bool timerRunning() const { return m_timer.isActive(); }
    [[nodiscard]] bool meSpeaking() const { return m_meSpeaking; }
    [[nodiscard]] QPlainTextEdit* notes() const { return m_notes; }

protected:
    nlohmann::json collect() const override;
    void apply(const nlohmann::json& answer) override;

private:
    void showTurn(int index);
    void showGuidance();
    void swapRoles();
    void startOrPause();
    void resetTimer();
    void tick();
    void showTime();
    void setNote(const QString& text);
    void takeBreak();
    [[nodiscard]] QString roleTextFor(bool me, const content::RoleText& text) const;
    [[nodiscard]] QString nameFor(bool me) const;

    QLabel* m_turnLabel = nullptr;
    QGroupBox* m_speakerBox = nullptr;
    QLabel* m_speakerText = nullptr;
    QGroupBox* m_listenerBox = nullptr;
    QLabel* m_listenerText = nullptr;
    QPushButton* m_swap = nullptr;
    QLabel* m_time = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_startPause = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTimer m_timer;
    int m_turn = 0;
    int m_secondsLeft = 0;
    bool m_meSpeaking = true;
};

} // namespace tw::app
