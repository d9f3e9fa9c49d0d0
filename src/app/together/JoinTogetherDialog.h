// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretLineEdit.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tw::app {
class SecretLineEdit;
}
class QPushButton;

namespace tw::app {

class TogetherMode;

/**
 * @brief Where the second partner joins: what together time shows and hides, and their own
 * passphrase. The first partner stays unlocked; nothing of theirs is typed here.
 */
class JoinTogetherDialog : public QDialog {
    Q_OBJECT
public:
    JoinTogetherDialog(TogetherMode& together, const QString& firstName, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QPushButton* joinButton() const { return m_join; }
    [[nodiscard]] QString errorText() const;

private:
    void join();

    TogetherMode& m_together;
    SecretLineEdit* m_passphrase = nullptr;
    QPushButton* m_join = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tw::app
