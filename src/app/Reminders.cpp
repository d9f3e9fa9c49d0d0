// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminders.h"

#include "progress/DashboardData.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>

#include <algorithm>

namespace tw::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

constexpr int kCheckEveryMs = 60 * 60 * 1000;
constexpr int kTrayMessageMs = 15 * 1000;

} // namespace

std::vector<ReminderLine> reminderLines(
    EditorContext& context, const std::vector<workbook::Reminder>& reminders, bool individualOnly)
{
    // The reminder carries the commitment's words, so nothing is read again from the workbook.
    auto whatOf = [](const workbook::Reminder& r) -> QString {
        QString what = QString::fromStdString(r.what).simplified();
        // A reminder is a button; a long promise is cut so the button stays readable.
        constexpr int kLongest = 60;
        if (what.size() > kLongest) {
            what.truncate(what.at(kLongest - 1).isHighSurrogate() ? kLongest - 1 : kLongest);
            what += QChar(0x2026);
        }
        return what;
    };

    std::vector<ReminderLine> lines;
    for (const auto& r : reminders) {
        const auto* exercise = context.curriculum.findExercise(r.exerciseId);
        if (!exercise || (individualOnly && isCoupleExercise(*exercise))) {
            continue;
        }
        QString text;
        switch (r.kind) {
        case workbook::Reminder::Kind::CommitmentDueSoon: {
            const QString what = whatOf(r);
            text = what.isEmpty() ? Text::tr("A commitment is due on %1.").arg(dayText(r.due))
                                  : Text::tr("\u201c%1\u201d is due on %2.").arg(what, dayText(r.due));
            break;
        }
        case workbook::Reminder::Kind::CommitmentOverdue: {
            const QString what = whatOf(r);
            text = what.isEmpty()
                ? Text::tr("A commitment was due on %1. Mark how it went when you are ready.").arg(dayText(r.due))
                : Text::tr("\u201c%1\u201d was due on %2. Mark how it went when you are ready.")
                      .arg(what, dayText(r.due));
            break;
        }
        case workbook::Reminder::Kind::WeeklyCheckin:
            text = Text::tr("Your weekly check-in is waiting, whenever you are ready.");
            break;
        case workbook::Reminder::Kind::AgreementReview:
            text = Text::tr("About a month has passed: are your agreements still working for you both?");
            break;
        }
        const bool overdue = r.kind == workbook::Reminder::Kind::CommitmentOverdue;
        lines.push_back(
            {text, r.exerciseId, overdue ? r.due : std::string(), r.kind == workbook::Reminder::Kind::AgreementReview});
    }
    return lines;
}

std::vector<ReminderLine> homeReminderLines(std::vector<ReminderLine> lines, std::size_t overdueShown)
{
    const auto firstOverdue = std::stable_partition(
        lines.begin(), lines.end(), [](const ReminderLine& l) { return l.overdueSince.empty(); });
    std::stable_sort(firstOverdue, lines.end(),
        [](const ReminderLine& a, const ReminderLine& b) { return a.overdueSince > b.overdueSince; });
    const auto overdue = static_cast<std::size_t>(std::distance(firstOverdue, lines.end()));
    if (overdue <= overdueShown + 1) {
        return lines; // a summary line for a single reminder would hide it for nothing
    }
    const auto firstHidden = firstOverdue + static_cast<std::ptrdiff_t>(overdueShown);
    const int hidden = static_cast<int>(overdue - overdueShown);
    // Numerus form for translators; in English the count is always two or more (see above).
    ReminderLine summary{Text::tr("%n older commitments also passed their day without being marked.",
                             "Home, after the newest overdue commitments; always two or more", hidden),
        firstHidden->exerciseId, firstHidden->overdueSince};
    lines.erase(firstHidden, lines.end());
    lines.push_back(std::move(summary));
    return lines;
}

ReminderNotifier::ReminderNotifier(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(kCheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &ReminderNotifier::maybeNotify);
}

QString ReminderNotifier::neutralText()
{
    return Text::tr("A reminder is waiting.");
}

void ReminderNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled) {
        m_timer.start();
    } else {
        m_timer.stop();
        delete m_tray;
        m_tray = nullptr;
    }
}

void ReminderNotifier::setPending(bool pending)
{
    m_pending = pending;
}

void ReminderNotifier::maybeNotify()
{
    const QDate today = QDate::currentDate();
    if (!m_enabled || !m_pending || m_lastShown == today || QApplication::activeWindow() != nullptr
        || !QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        m_tray->setToolTip(QStringLiteral("Trustwork"));
    }
    // The icon is there only while the message shows, so the tray does not advertise the app.
    m_tray->show();
    m_tray->showMessage(QStringLiteral("Trustwork"), neutralText(), QSystemTrayIcon::Information, kTrayMessageMs);
    QTimer::singleShot(kTrayMessageMs, m_tray, &QSystemTrayIcon::hide);
    m_lastShown = today;
    ++m_shown;
}

} // namespace tw::app
