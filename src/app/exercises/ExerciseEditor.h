// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorContext.h"

#include <QWidget>
#include <nlohmann/json.hpp>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tw::app {

class Autosave;

/** @brief Base of the per-kind editors that ExerciseView shows under an exercise's introduction. */
class ExerciseEditor : public QWidget {
    Q_OBJECT
public:
    ExerciseEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    /** @brief Saves anything pending now: before the view changes, the workbook locks or the app quits. */
    virtual void flush() { }

signals:
    /** @brief Asks the host to show another exercise (the help page after a safety concern, say). */
    void openExercise(const QString& id);
    /** @brief Something was committed that can change progress or which exercises the path offers. */
    void answered();

protected:
    /** @brief A wrapped paragraph of content text (plain text: content never carries markup). */
    QLabel* paragraph(const QString& text);

    const content::Exercise& m_exercise;
    EditorContext& m_context;
    QVBoxLayout* m_layout = nullptr;
};

/**
 * @brief An exercise answered once per partner (reflection, scale, checklist, rewrite): one entry of
 * kind "answer" holding a JSON object, private until its author shares it, saved as typing pauses.
 */
class AnswerEditor : public ExerciseEditor {
    Q_OBJECT
public:
    AnswerEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    void flush() override;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isShared() const { return m_shared; }

protected:
    /** @brief Subclasses call this after building their widgets: adds the footer and loads my answer. */
    void finishSetup();
    /** @brief Subclasses call this on every user edit. */
    void edited();
    virtual nlohmann::json collect() const = 0;
    virtual void apply(const nlohmann::json& answer) = 0;

private:
    void save();
    void toggleShare();
    void updateShareButton();

    Autosave* m_autosave = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_share = nullptr;
    std::optional<std::string> m_entryId;
    bool m_shared = false;
    bool m_loading = false;
};

} // namespace tw::app
