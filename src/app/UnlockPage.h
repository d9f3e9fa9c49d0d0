// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/base/Error.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace tw::workbook {
class Session;
}

namespace tw::app {

class AppContext;
class SecretLineEdit;

/** @brief Result of an unlock attempt made off the UI thread. */
struct UnlockOutcome {
    std::shared_ptr<workbook::Session> session;
    ErrorKind error = ErrorKind::Internal;
    QString message;
};

/**
 * @brief "Who are you?" and the passphrase. Key derivation runs on a worker thread with a busy
 * indicator; errors appear under the field with focus back in it.
 */
class UnlockPage : public QWidget {
    Q_OBJECT
public:
    explicit UnlockPage(AppContext& context, QWidget* parent = nullptr);

    /** @brief Rebuilds the list of names (after create, restore or adding a partner). */
    void refresh();
    /** @brief Checks @p name's button (after Switch partner, the idle lock, a hand-over). */
    void selectPartner(const QString& name);
    [[nodiscard]] QString selectedPartner() const;
    /** @brief A line above the passphrase ("Sam, unlock with your new passphrase"); empty hides it. */
    void setNote(const QString& text);
    /** @brief Shown on the demo workbook only: its throw-away passphrases. */
    void setDemoHint(const QString& text);
    /** @brief Replaces the line about private entries (a practice has no partner to speak of). */
    void setPrivacyNote(const QString& text);
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const;

signals:
    void unlockFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitColumn();
    void startUnlock();
    void finishUnlock();
    void showError(const QString& text, bool offerBackup);
    void restoreBackup();
    void useRecoveryCode();

    AppContext& m_context;
    QWidget* m_column = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QVBoxLayout* m_namesBox = nullptr;
    QButtonGroup* m_names = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_demoHint = nullptr;
    QLabel* m_privacy = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_forgot = nullptr;
    QPushButton* m_restoreAny = nullptr;
    QLabel* m_note = nullptr;
    QProgressBar* m_busy = nullptr;
    QFutureWatcher<UnlockOutcome> m_watcher;
    bool m_working = false; ///< from the click until the result is shown, not just while deriving
};

} // namespace tw::app
