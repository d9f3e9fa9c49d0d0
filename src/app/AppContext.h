// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Workbook.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace tw::workbook {
class Session;
}

namespace tw::app {

/**
 * @brief What every view shares: where the workbook lives, how keys are derived, and the unlocked
 * session (if any). Views ask it for services; they never see paths inside the store or key bytes.
 */
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(QString dataDir, workbook::Options options, QObject* parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] const QString& dataDir() const { return m_dataDir; }
    [[nodiscard]] const workbook::Options& options() const { return m_options; }
    [[nodiscard]] bool workbookExists() const;
    [[nodiscard]] QStringList partnerNames() const;

    [[nodiscard]] workbook::Session* session() const { return m_session.get(); }
    void setSession(std::shared_ptr<workbook::Session> session);
    /** @brief Wipes every key and drops the session; views return to the unlock screen. */
    void lock();
    /**
     * @brief Takes the session away from every view as lock() does, but without wiping its keys:
     * for the hand-over to a partner being added, who needs them for a moment while nothing of the
     * first partner is on screen. The caller locks it when done.
     */
    std::shared_ptr<workbook::Session> detachSession();
    /**
     * @brief Work on the session running on another thread (a passphrase change): lock() waits for
     * it, since wiping keys under it would corrupt the private store.
     */
    void setWorkInProgress(QFuture<void> work) { m_work = std::move(work); }

signals:
    void aboutToLock();
    /**
     * @brief During lock(), after aboutToLock (the views have saved what was typed) and before the
     * keys are wiped: the last moment to write this session's changes out (the sync folder).
     */
    void aboutToWipeKeys();
    void unlocked();
    void locked();

private:
    QString m_dataDir;
    workbook::Options m_options;
    std::shared_ptr<workbook::Session> m_session;
    QFuture<void> m_work;
};

} // namespace tw::app
