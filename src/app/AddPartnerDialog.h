// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tw::app {

/**
 * @brief The first step of adding a partner, in the first partner's own session: who joins. On
 * "Lock and hand over", the main window locks (nothing of the first partner stays on screen) and
 * shows the hand-over page, where the new partner types the rest themselves.
 */
class AddPartnerDialog : public QDialog {
    Q_OBJECT
public:
    AddPartnerDialog(const QString& myName, QWidget* parent = nullptr);
    [[nodiscard]] QString partnerName() const;

private:
    QLineEdit* m_name = nullptr;
    QPushButton* m_go = nullptr;
};

} // namespace tw::app
