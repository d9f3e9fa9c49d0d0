// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerText.h"

#include <QDialog>
#include <QStringList>

class QPushButton;

namespace tw::app {

class SharedAnswerCard;

/**
 * @brief Before anything reaches the partner: exactly what they will see, question by question,
 * and the questions that are never shared, named but without their answers. One confirmation
 * shares it; "Not now" changes nothing. Opened with open(), so a lock can close it.
 */
class SharePreviewDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose {
        Share, ///< the first time: "Share with Sam"
        Update, ///< changes to an answer already shared: "Update what Sam sees"
    };
    SharePreviewDialog(const QString& partnerName, const std::vector<AnswerPart>& sent, const QStringList& keptPrivate,
        Purpose purpose, QWidget* parent);

    /** @brief The questions and answers shown as what is sent, in order. */
    [[nodiscard]] QString sentText() const;
    /** @brief The questions named as never shared. */
    [[nodiscard]] const QStringList& keptPrivate() const { return m_keptPrivate; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }

private:
    SharedAnswerCard* m_card = nullptr;
    QStringList m_keptPrivate;
    QPushButton* m_confirm = nullptr;
};

} // namespace tw::app
