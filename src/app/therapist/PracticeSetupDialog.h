// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Workbook.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace tw::app {
class NewPassphraseFields;
}

namespace tw::app::therapist {

/** @brief What creating the practice off the UI thread gave: the code and fingerprint, or an error. */
struct PracticeOutcome {
    QString error;
    QString fingerprint;
    QString recoveryCode;
};

/**
 * @brief First run of practice mode: the therapist's name and passphrase; then the fingerprint to
 * give clients and the recovery code, shown once.
 */
class PracticeSetupDialog : public QDialog {
    Q_OBJECT
public:
    PracticeSetupDialog(QString dataDir, workbook::Options options, QWidget* parent = nullptr);

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

private:
    void updateState();
    void create();
    void finish();

    QString m_dataDir;
    workbook::Options m_options;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_status = nullptr;
    QVBoxLayout* m_fingerprintBox = nullptr;
    QLabel* m_code = nullptr;
    QCheckBox* m_stored = nullptr;
    QPushButton* m_open = nullptr;
    QFutureWatcher<PracticeOutcome> m_watcher;
};

} // namespace tw::app::therapist
