// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"
#include "tw/workbook/Insights.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

#include <string>
#include <vector>

class QSystemTrayIcon;

namespace tw::app {

/** @brief One reminder as Home shows it: a sentence and the exercise it opens. */
struct ReminderLine {
    QString text;
    std::string exerciseId;
    std::string overdueSince; ///< the due day (ISO) of an overdue commitment; empty for other reminders
    /// The agreements review: it is recorded on Progress's Agreements tab, not in the exercise.
    bool opensAgreements = false;
};

/**
 * @brief Sentences for the active partner's reminders. A commitment reminder quotes the
 * commitment, which is the reader's own text and shown only inside the unlocked window.
 * @p individualOnly drops reminders that lead to couple exercises.
 */
std::vector<ReminderLine> reminderLines(
    EditorContext& context, const std::vector<workbook::Reminder>& reminders, bool individualOnly);

/**
 * @brief What Home lists: every reminder, except that only the @p overdueShown most recent overdue
 * commitments have a line of their own and the older ones are counted in one last line (which
 * opens the newest of them). Years of unmarked promises would otherwise bury this week's.
 */
std::vector<ReminderLine> homeReminderLines(std::vector<ReminderLine> lines, std::size_t overdueShown = 3);

/**
 * @brief Optional desktop notifications, off unless the user turns them on in Settings. The text
 * is always the same neutral sentence: a notification is visible to anyone near the screen, so it
 * never holds user text, names or what the reminder is about. At most one a day, and only while
 * Trustwork is not the active window (inside it, Home already shows the reminders).
 */
class ReminderNotifier : public QObject {
    Q_OBJECT
public:
    explicit ReminderNotifier(QObject* parent = nullptr);
    void setEnabled(bool enabled);
    /** @brief Whether reminders were waiting when the workbook was last unlocked. */
    void setPending(bool pending);
    [[nodiscard]] static QString neutralText();
    /** @brief How many notifications were shown (tests). */
    [[nodiscard]] int shownCount() const { return m_shown; }

    /** @brief Shows the notification now if enabled, pending, not yet today and a tray exists. */
    void maybeNotify();

private:
    QTimer m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_enabled = false;
    bool m_pending = false;
    QDate m_lastShown;
    int m_shown = 0;
};

} // namespace tw::app
