// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"

#include <QScrollArea>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace tw::app {

class ExerciseEditor;

/**
 * @brief One exercise: title, how long and with whom, the introduction for the reader's role, the
 * kind's editor, a "done" mark and related exercises.
 */
class ExerciseView : public QScrollArea {
    Q_OBJECT
public:
    explicit ExerciseView(QWidget* parent = nullptr);
    void show(const content::Exercise& exercise, EditorContext& context);
    /** @brief Saves pending edits and drops the editor (before lock or leaving). */
    void clear();
    [[nodiscard]] ExerciseEditor* editor() const { return m_editor; }
    [[nodiscard]] const content::Exercise* exercise() const { return m_exercise; }

signals:
    void openExercise(const QString& id);
    void progressChanged();

private:
    void addSafetyNoteChoice(EditorContext& context);

    QWidget* m_page = nullptr;
    QVBoxLayout* m_layout = nullptr;
    ExerciseEditor* m_editor = nullptr;
    const content::Exercise* m_exercise = nullptr;
};

} // namespace tw::app
