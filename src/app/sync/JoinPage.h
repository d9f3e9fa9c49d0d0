// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/BuiltWhenShownPage.h"
#include "tw/base/Error.h"

#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace tw::workbook {
class Session;
}

namespace tw::app {

class SecretLineEdit;
class SetupWizard;

/** @brief Result of joining, made off the UI thread. */
struct JoinOutcome {
    std::shared_ptr<workbook::Session> session;
    ErrorKind error = ErrorKind::Internal;
    QString message;
};

/**
 * @brief "This workbook is already on another computer": the sync folder that computer writes
 * into, the partner's name and passphrase. Joining (key derivation, reading the folder, a first
 * sync) runs on a worker thread; the workbook then opens as after set-up, and keeps syncing into
 * that folder. Errors stay on the page, in plain words, with the focus on the field to fix.
 */
class JoinPage : public BuiltWhenShownPage {
    Q_OBJECT
public:
    explicit JoinPage(SetupWizard& wizard);
    ~JoinPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_working; }

private:
    void build() override;
    void prepare() override;
    void chooseFolder();
    void finished();
    void showProgress();
    void showError(const QString& text, QWidget* focus);

    SetupWizard& m_wizard;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_name = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_error = nullptr;
    QScrollArea* m_scroll = nullptr;
    QProgressBar* m_busy = nullptr;
    QFutureWatcher<JoinOutcome> m_watcher;
    /** How far the worker's import has come: change files done (high half) and in all (low half). */
    std::shared_ptr<std::atomic<std::uint64_t>> m_progress = std::make_shared<std::atomic<std::uint64_t>>(0);
    /** Reads m_progress into the bar while joining; the worker never touches a widget. */
    QTimer m_progressTimer;
    std::shared_ptr<workbook::Session> m_joined;
    bool m_working = false;
};

} // namespace tw::app
