// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Workbook.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tw::workbook {
class Session;
}

namespace tw::app {

class NewPassphraseFields;
class RecoveryCodePanel;
class SecretLineEdit;

/** @brief What a recovery attempt produced, computed off the UI thread. */
struct RecoveryOutcome {
    std::shared_ptr<workbook::Session> session;
    std::shared_ptr<crypto::SecretBytes> newCode;
    QString error;
};

/**
 * @brief "I forgot my passphrase": the recovery code, a new passphrase typed twice, then the fresh
 * recovery code (the used one stops working), shown once.
 */
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(QString dataDir, QString name, workbook::Options options, QWidget* parent = nullptr);
    ~RecoveryDialog() override;
    /** @brief The unlocked session after a successful recovery, else null. */
    [[nodiscard]] std::shared_ptr<workbook::Session> session() const { return m_session; }
    [[nodiscard]] QString newCodeText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_working; }

private:
    void updateState();
    void recover();
    void finish();

    QString m_dataDir;
    QString m_name;
    workbook::Options m_options;
    QStackedWidget* m_pages = nullptr;
    SecretLineEdit* m_code = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    RecoveryCodePanel* m_newCode = nullptr;
    QPushButton* m_go = nullptr;
    QFutureWatcher<RecoveryOutcome> m_watcher;
    std::shared_ptr<workbook::Session> m_session;
    bool m_working = false;
};

} // namespace tw::app
