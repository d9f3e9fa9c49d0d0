// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"
#include "tw/workbook/EntryService.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>

#include <functional>
#include <vector>

namespace tw::app {

class FieldForm;

/**
 * @brief Commitments: guidance and examples, a form ("What I will do", an optional "By" date), my
 * commitments with their status (open, kept, missed, overdue) and the partner's shared ones. The
 * owner marks kept or missed; the partner may confirm. Changing a commitment after a confirmation
 * asks for a fresh one, because the partner confirmed the words they read.
 */
class CommitmentEditor : public ExerciseEditor {
    Q_OBJECT
public:
    CommitmentEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    void flush() override;
    [[nodiscard]] QString statusText() const { return m_status->text(); }
    /** @brief The card of one commitment (its objectName is the commitment id), or nullptr. */
    [[nodiscard]] QFrame* card(const std::string& id) const { return findChild<QFrame*>(QString::fromStdString(id)); }
    [[nodiscard]] FieldForm* form() const { return m_form; }

private:
    void submit();
    void startChange(const workbook::Commitment& commitment);
    void endChange();
    void refresh(const std::string& focusId = {});
    QFrame* makeCard(const workbook::Commitment& commitment);
    void act(const std::string& id, const std::function<void(workbook::EntryService&)>& action, const QString& done);
    [[nodiscard]] QString describe(const workbook::Commitment& commitment) const;
    [[nodiscard]] QDate today() const { return QDateTime::fromMSecsSinceEpoch(m_context.session.nowMs()).date(); }
    void setStatus(const QString& text) { m_status->setText(text); }

    std::vector<content::Field> m_fields; ///< the form's two fields: "what" and "due"
    QLabel* m_formTitle = nullptr;
    FieldForm* m_form = nullptr;
    QLabel* m_changeNote = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_mineEmpty = nullptr;
    QVBoxLayout* m_mine = nullptr;
    QLabel* m_theirsTitle = nullptr;
    QVBoxLayout* m_theirs = nullptr;
    std::string m_changing; ///< the commitment being changed, or empty while adding a new one
};

} // namespace tw::app
