// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace tw::app {

/**
 * @brief Saves shortly after typing pauses. "Saved" is announced only after the commit returned;
 * a failure is announced with its reason and the text stays in the editor, so nothing is lost.
 */
class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 700;

    explicit Autosave(std::function<void()> save, QObject* parent = nullptr);
    /** @brief Call on every edit; the save runs once the edits pause. */
    void schedule();
    /** @brief Saves now if anything is pending (before locking, switching or leaving the view). */
    void flush();
    [[nodiscard]] bool pending() const { return m_timer.isActive(); }

signals:
    void saved();
    void failed(const QString& reason);

private:
    void run();
    std::function<void()> m_save;
    QTimer m_timer;
};

} // namespace tw::app
