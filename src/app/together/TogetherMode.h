// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/base/Error.h"
#include "tw/crypto/SecretBytes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace tw::workbook {
class Session;
}

namespace tw::app {

class AppContext;

/**
 * @brief "We are both here": the other partner's own session, opened beside the first one with
 * their own passphrase, for work done together at one screen (a conversation, accepting an
 * agreement, seeing a reveal). The first partner stays unlocked. The second session is held here
 * while together time lasts and wiped when it ends, at any lock, idle lock or quick exit (the
 * window connects AppContext::aboutToLock to end()).
 */
class TogetherMode : public QObject {
    Q_OBJECT
public:
    explicit TogetherMode(AppContext& context, QObject* parent = nullptr);
    ~TogetherMode() override;

    [[nodiscard]] bool active() const { return static_cast<bool>(m_companion); }
    [[nodiscard]] bool busy() const { return m_busy; }
    /** @brief The second partner's session while together time lasts, else nullptr. */
    [[nodiscard]] workbook::Session* companion() const { return m_companion.get(); }
    /** @brief The name of the partner who is not unlocked yet (empty when alone or locked). */
    [[nodiscard]] QString otherName() const;

    /**
     * @brief Unlocks the other partner with @p passphrase off the UI thread (key derivation is slow
     * on purpose); emits started() or failed() with a sentence to show.
     */
    void start(crypto::SecretBytes passphrase);
    /** @brief Wipes the second session's keys and returns to one partner. */
    void end();

signals:
    void started();
    void failed(const QString& message);
    void ended();

private:
    struct Outcome {
        std::shared_ptr<workbook::Session> session;
        ErrorKind error = ErrorKind::Internal;
        QString message;
    };
    void finish();

    AppContext& m_context;
    std::shared_ptr<workbook::Session> m_companion;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace tw::app
