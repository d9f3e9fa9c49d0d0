// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace tw::app {

/**
 * @brief A new passphrase typed twice, with the strength hint under it: the same rules wherever a
 * passphrase is chosen (adding a partner, recovering access).
 */
class NewPassphraseFields : public QObject {
    Q_OBJECT
public:
    /** @brief Adds two rows to @p form and the hint below them; @p who names the fields for screen readers. */
    NewPassphraseFields(QFormLayout* form, const QString& label, const QString& who, QWidget* parent);

    [[nodiscard]] bool acceptable() const;
    /** @brief Moves the passphrase into guarded memory and clears both fields. */
    crypto::SecretBytes take();
    [[nodiscard]] QLabel* hint() const { return m_hint; }

signals:
    void changed();

private:
    void update();
    QLineEdit* m_first = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_hint = nullptr;
};

/** @brief A label that shows a recovery code once, selectable and in a monospace font. */
QLabel* recoveryCodeLabel(QWidget* parent, const QString& accessibleName);

} // namespace tw::app
