// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"

#include <QScrollArea>

class QFrame;
class QPushButton;
class QVBoxLayout;

namespace tw::app {

class StepJourney;

/**
 * @brief Home, as cards: the private safety check until it is taken, what the therapist assigned,
 * reminders, what is next (the screen's one primary action), what the partner shared lately, the
 * four steps as a journey with both partners' progress, a gentle check-in, and help. It looks the
 * same for a partner whose safety check raised a concern as for anyone else (someone made to
 * unlock must give nothing away); their guidance appears on Home only if they chose to show it.
 *
 * While both partners are here (together time), Home shows only what they share and do together.
 */
class HomeView : public QScrollArea {
    Q_OBJECT
public:
    /** @brief The private setting (in the partner's own store) that shows the safety note on Home. */
    static constexpr const char* kShowSafetyNoteKey = "home.show-safety-note";

    explicit HomeView(QWidget* parent = nullptr);
    /** @brief @p showSafetyNote: a concern was raised and its partner chose to see it on Home. */
    void refresh(EditorContext& context, bool showSafetyNote);
    void clear();
    /** @brief How many reminders the last refresh showed. */
    [[nodiscard]] int reminderCount() const { return m_reminderCount; }
    [[nodiscard]] StepJourney* journey() const { return m_journey; }

signals:
    void openExercise(const QString& id);
    /** @brief The agreements review reminder: Progress, on its Agreements tab. */
    void openAgreements();
    void endTogether();

private:
    QFrame* section(const QString& title);
    QPushButton* addLink(QVBoxLayout* layout, QWidget* parent, const QString& text, const std::string& exerciseId);
    void addJourney(EditorContext& context);
    void addRecentlyShared(EditorContext& context);
    void addHelp(EditorContext& context);
    void refreshTogether(EditorContext& context);

    EditorContext* m_context = nullptr;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_layout = nullptr;
    StepJourney* m_journey = nullptr;
    int m_reminderCount = 0;
};

} // namespace tw::app
