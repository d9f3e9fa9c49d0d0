// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Backups.h"
#include "tw/workbook/Workbook.h"

#include <QDialog>
#include <QFutureWatcher>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tw::app {

class SecretLineEdit;

/**
 * @brief Restoring a backup from the unlock screen. Backups are listed newest first by the time
 * signed inside them, with who made them; the unsigned copies Trustwork makes before a restore or
 * an update appear only when asked for. Only a partner in the backup can restore it, with their
 * passphrase as it was then; the restore runs off the UI thread, and every partner is told at
 * their next unlock.
 */
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(QString dataDir, workbook::Options options, const QString& partnerName, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    [[nodiscard]] bool restored() const { return m_restored; }
    [[nodiscard]] bool isBusy() const { return m_working; }
    [[nodiscard]] QString errorText() const;
    /** @brief The rows shown, top to bottom (tests). */
    [[nodiscard]] QStringList listedBackups() const;
    /** @brief Whether to ask "Restore this backup?" first (tests turn it off). */
    void setConfirmation(bool ask) { m_confirm = ask; }
    /** @brief Selects the row for @p file; false if it is not listed. */
    bool select(const std::filesystem::path& file);

private:
    void fill();
    void updateState();
    void start();
    void finish();

    QString m_dataDir;
    workbook::Options m_options;
    std::vector<workbook::BackupInfo> m_backups; ///< as listed, newest first
    QListWidget* m_list = nullptr;
    QCheckBox* m_showUnsigned = nullptr;
    QComboBox* m_partner = nullptr;
    SecretLineEdit* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_go = nullptr;
    QFutureWatcher<QString> m_watcher;
    bool m_working = false;
    bool m_restored = false;
    bool m_confirm = true;
};

} // namespace tw::app
