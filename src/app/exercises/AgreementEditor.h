// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"
#include "tw/workbook/AgreementService.h"

#include <functional>

class QComboBox;
class QPlainTextEdit;

namespace tw::app {

/**
 * @brief The agreements register of one exercise, grouped by the content's areas: who proposed each
 * item, whether it is in force or waiting for someone, Accept / Revise / Withdraw, and earlier
 * wordings. Everything here is shared by nature, so the form says so before anything is proposed.
 * All rules (in force only when both accepted the current wording) live in AgreementService.
 */
class AgreementEditor : public ExerciseEditor {
    Q_OBJECT
public:
    AgreementEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QComboBox* areaBox() const { return m_area; }
    [[nodiscard]] QPlainTextEdit* proposalBox() const { return m_text; }
    [[nodiscard]] QPushButton* proposeButton() const { return m_propose; }
    [[nodiscard]] QString statusText() const;
    /** @brief The card showing the current item @p itemId, or nullptr. */
    [[nodiscard]] QWidget* card(const std::string& itemId) const;

private:
    void refresh();
    void propose();
    /** @brief Runs one service call (returning the item to keep focus on), reports it and rebuilds the list. */
    bool act(const std::function<std::string(workbook::AgreementService&)>& action, const QString& done);
    /** @brief As act(), done by @p actor: the other partner's session while both are here. */
    bool act(workbook::Session& actor, const std::function<std::string(workbook::AgreementService&)>& action,
        const QString& done);
    QWidget* itemCard(const workbook::AgreementItem& item);
    void addEditForm(QWidget* card, QPushButton* revise, const workbook::AgreementItem& item);
    void fillAreas(QComboBox* combo, const std::string& selected) const;
    void showExamples();
    [[nodiscard]] QString nameOf(const std::string& partnerId) const;
    [[nodiscard]] QString statusLine(const workbook::AgreementItem& item) const;

    QWidget* m_list = nullptr;
    QComboBox* m_area = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_propose = nullptr;
    QLabel* m_status = nullptr;
    std::map<std::string, QWidget*> m_cards;
};

} // namespace tw::app
