// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace tw::app {

class AppContext;
class NewPassphraseFields;
class RecoveryCodePanel;
class SecretLineEdit;

/** @brief What a passphrase change produced on its worker thread. */
struct PassphraseChangeOutcome {
    std::shared_ptr<crypto::SecretBytes> newCode;
    bool wrongPassphrase = false;
    QString error;
};

/**
 * @brief A new passphrase for the unlocked partner: the current one, the new one twice, then the
 * new recovery code, shown once. Session::changePassphrase makes new keys, so the old passphrase,
 * the old code and any old copy of the key file open nothing written afterwards. "Someone may know
 * my passphrase" is the same change, explained for that moment.
 */
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Reason { Change, SomeoneMayKnow };

    ChangePassphraseDialog(AppContext& context, Reason reason, QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    [[nodiscard]] bool isBusy() const { return m_working; }
    [[nodiscard]] bool changed() const { return m_changed; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString newCodeText() const;

private:
    void updateState();
    void start();
    void finish();

    AppContext& m_context;
    QStackedWidget* m_pages = nullptr;
    SecretLineEdit* m_current = nullptr;
    NewPassphraseFields* m_fresh = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_go = nullptr;
    RecoveryCodePanel* m_code = nullptr;
    QFutureWatcher<PassphraseChangeOutcome> m_watcher;
    bool m_working = false;
    bool m_changed = false;
};

} // namespace tw::app
