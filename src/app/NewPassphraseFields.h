// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace tw::app {

class SecretLineEdit;

/**
 * @brief A new passphrase typed twice, with the strength hint under it: the same rules wherever a
 * passphrase is chosen (set-up, adding a partner, recovering access, changing it).
 */
class NewPassphraseFields : public QObject {
    Q_OBJECT
public:
    /** @brief Adds two rows to @p form and the hint below them; @p who names the fields for screen readers. */
    NewPassphraseFields(QFormLayout* form, const QString& label, const QString& who, QWidget* parent);

    /** @brief Names a guesser would try first (the partners' names); they make a passphrase weaker. */
    void setPersonalWords(std::vector<std::string> words);
    /** @brief False only where Options::enforcePassphraseStrength is off (unit tests, the demo). */
    void setEnforceStrength(bool enforce);
    /**
     * @brief A passphrase that may not be chosen (the other partner's), checked with @p isForbidden;
     * @p message says so under the fields.
     */
    void setForbidden(std::function<bool(const crypto::SecretBytes&)> isForbidden, QString message);

    [[nodiscard]] bool acceptable() const;
    /** @brief Moves the passphrase into guarded memory and wipes both fields. */
    crypto::SecretBytes take();
    /** @brief Wipes both fields (leaving a page, closing a dialog). */
    void wipe();
    [[nodiscard]] QLabel* hint() const { return m_hint; }
    [[nodiscard]] SecretLineEdit* firstField() const { return m_first; }

signals:
    void changed();
    /** @brief Return was pressed in either field (pages that are not dialogs act on it). */
    void submitted();

private:
    void update();
    SecretLineEdit* m_first = nullptr;
    SecretLineEdit* m_again = nullptr;
    QLabel* m_hint = nullptr;
    std::vector<std::string> m_personalWords;
    std::function<bool(const crypto::SecretBytes&)> m_isForbidden;
    QString m_forbiddenMessage;
    bool m_enforce = true;
    bool m_acceptable = false;
};

/** @brief A label that shows a recovery code once, in a monospace font (the practice's set-up). */
QLabel* recoveryCodeLabel(QWidget* parent, const QString& accessibleName);

} // namespace tw::app
