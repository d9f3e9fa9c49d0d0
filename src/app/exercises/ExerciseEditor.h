// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerText.h"
#include "EditorContext.h"

#include <QPointer>
#include <QWidget>
#include <nlohmann/json.hpp>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tw::app {

class Autosave;
class SharedAnswerCard;
class SharePreviewDialog;

/** @brief Base of the per-kind editors that ExerciseView shows under an exercise's introduction. */
class ExerciseEditor : public QWidget {
    Q_OBJECT
public:
    /** @brief With @p card, what subclasses add sits on a card (see style/Components.h). */
    ExerciseEditor(
        const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr, bool card = false);
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
    QVBoxLayout* m_outer = nullptr; ///< the editor's own layout: cards stack here
    QVBoxLayout* m_layout = nullptr; ///< where subclasses add their widgets (the card's layout when carded)
    QFrame* m_card = nullptr;
};

/**
 * @brief An exercise answered once per partner (reflection, scale, checklist, rewrite,
 * conversation notes): one entry of kind "answer" holding a JSON object, private until its author
 * shares it, saved as typing pauses. Above it, what the other partner shared of the same exercise.
 *
 * Sharing is on purpose: "Share with Sam…" shows exactly what Sam will see, question by question,
 * and shares on one confirmation. After that, edits stay private until "Update" (the partner keeps
 * seeing what was shared, and the status says so). Answers to prompts the content marks as never
 * shared are kept in a separate private entry (kind "answer-private"), so no sharing ever sends them.
 */
class AnswerEditor : public ExerciseEditor {
    Q_OBJECT
public:
    static constexpr const char* kPrivatePartKind = workbook::kNeverSharedKind;

    AnswerEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    void flush() override;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isShared() const { return m_shared; }
    /** @brief Shared, with changes the partner does not see until Update. */
    [[nodiscard]] bool hasUnsharedChanges() const;
    [[nodiscard]] QPushButton* shareButton() const { return m_share; }
    [[nodiscard]] QPushButton* updateButton() const { return m_update; }
    /** @brief What the other partner shared of this exercise, or nullptr. */
    [[nodiscard]] SharedAnswerCard* partnerCard() const { return m_partnerCard; }
    /** @brief The preview open now (Share or Update), or nullptr. */
    [[nodiscard]] SharePreviewDialog* preview() const;
    /** @brief What sharing would send now, as the partner would read it. */
    [[nodiscard]] std::vector<AnswerPart> wouldSend() const;

protected:
    /** @brief Subclasses call this after building their widgets: adds the footer and loads my answer. */
    void finishSetup();
    /** @brief Subclasses call this on every user edit. */
    void edited();
    /** @brief Hides my own answer's footer (status and sharing): together time shows no private words. */
    void hideFooter();
    virtual nlohmann::json collect() const = 0;
    virtual void apply(const nlohmann::json& answer) = 0;
    /**
     * @brief Offered my answer when it is plain text, not this page's form (written by an older
     * version, or by trustwork-cli's "entry add"): an editor that can show it in one of its boxes
     * does so and returns true. Otherwise the page shows it and keeps it with the answer.
     */
    virtual bool takeEarlierText(const QString& /*text*/) { return false; }

private:
    void showPartnersAnswer();
    /** Shows the words no box took (m_earlierText), above the footer, where they are kept. */
    void showEarlierText();
    /** What the page holds now: collect(), with words written earlier that no box took. */
    [[nodiscard]] nlohmann::json current() const;
    void save();
    void askToShare();
    void askToStopSharing();
    void askToUpdate();
    void showState();
    void updateButtons();
    [[nodiscard]] nlohmann::json shareable(const nlohmann::json& all) const;
    [[nodiscard]] nlohmann::json neverShared(const nlohmann::json& all) const;
    [[nodiscard]] QStringList neverSharedQuestions() const;

    Autosave* m_autosave = nullptr;
    QWidget* m_footer = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_share = nullptr;
    QPushButton* m_update = nullptr;
    SharedAnswerCard* m_partnerCard = nullptr;
    QPointer<SharePreviewDialog> m_preview;
    std::optional<std::string> m_entryId;
    std::optional<std::string> m_privateId;
    bool m_shared = false;
    bool m_loading = false;
    /** My answer's plain text that no box took: saved with the answer under "earlier", never dropped. */
    std::optional<std::string> m_earlierText;
};

} // namespace tw::app
