// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tw::workbook {
class Session;
}

namespace tw::app {

class NewPassphraseFields;

/**
 * @brief Lets the second partner join a solo workbook: their name, role and passphrase (typed by
 * them), then their recovery code, shown once. The first partner's private entries stay private.
 */
class AddPartnerDialog : public QDialog {
    Q_OBJECT
public:
    AddPartnerDialog(workbook::Session& session, QWidget* parent = nullptr);
    [[nodiscard]] QString recoveryCodeText() const;

private:
    void updateState();
    void addPartner();

    workbook::Session& m_session;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_code = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace tw::app
