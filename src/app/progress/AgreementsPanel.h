// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"
#include "tw/workbook/Dashboard.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tw::app {

/**
 * @brief The agreements register: every agreement in force, who proposed it, when both had
 * accepted it, and its earlier wordings as child rows; plus the monthly "still working for us?"
 * review, recorded as a shared row so both partners see when it last happened.
 */
class AgreementsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgreementsPanel(QWidget* parent = nullptr);
    void refresh(EditorContext& context, const workbook::Dashboard& dashboard);
    void clear();

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QString reviewText() const;
    [[nodiscard]] bool reviewPromptShown() const;
    [[nodiscard]] QString emptyText() const;
    /** @brief The full wording and history of the selected agreement, as shown below the list. */
    [[nodiscard]] QString detailsText() const;

signals:
    void openExercise(const QString& id);
    void reviewed();

private:
    void recordReview();

    EditorContext* m_context = nullptr;
    std::string m_reviewExerciseId;
    QLabel* m_empty = nullptr;
    QLabel* m_pending = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_lastReview = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_openMeeting = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tw::app
