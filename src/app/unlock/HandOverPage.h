// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tw::workbook {
class Session;
}

namespace tw::app {

class NewPassphraseFields;

/**
 * @brief "Hand the computer to Sam": the partner being added types their name, role and their own
 * passphrase here, with the first partner's workbook locked and nothing of theirs on screen. The
 * first partner's session is held only to add the new partner, and locked right after (or on
 * Cancel, idle, or a desktop lock). The new partner's recovery code is not made here but in their
 * own first session.
 */
class HandOverPage : public QWidget {
    Q_OBJECT
public:
    HandOverPage(bool enforceStrength, QWidget* parent = nullptr);
    ~HandOverPage() override;

    /** @brief Starts a hand-over from @p session (already taken away from every view) to @p name. */
    void begin(std::shared_ptr<workbook::Session> session, const QString& name);
    /** @brief Locks the held session and wipes the fields; emits finished() with an empty name. */
    void cancel();
    [[nodiscard]] bool isActive() const { return static_cast<bool>(m_session); }
    [[nodiscard]] bool isBusy() const { return m_working; }
    [[nodiscard]] QString errorText() const;

signals:
    /** @brief The hand-over ended: @p addedName joined, or it was cancelled (empty). */
    void finished(const QString& addedName);

private:
    void updateState();
    void add();
    void done();

    std::shared_ptr<workbook::Session> m_session;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_cancel = nullptr;
    QFutureWatcher<QString> m_watcher;
    QString m_firstName;
    bool m_working = false;
};

} // namespace tw::app
