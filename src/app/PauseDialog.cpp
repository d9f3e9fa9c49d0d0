// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PauseDialog.h"

#include "style/Components.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tw::app {

PauseDialog::PauseDialog(QWidget* parent, int breakMinutes)
    : QDialog(parent)
{
    // An exercise may ask for a longer break; never a shorter one than the body needs.
    breakMinutes = std::max(breakMinutes, kMinimumBreakMinutes);
    setWindowTitle(tr("Pause"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(style::text(style::TextRole::Title, tr("Taking a break is a skill, not a failure."), this));
    auto* guide = new QLabel(
        tr("When your heart races or your thoughts speed up, your body is on alarm. It needs at least "
           "%n minute(s) to settle, whatever you decide in the meantime.\n\n"
           "- Tell your partner when you will come back, so the pause is not a door closing.\n"
           "- Breathe out slowly, longer than you breathe in, ten times.\n"
           "- Feel your feet on the floor; name five things you can see.\n"
           "- Do something calm with your hands: a walk, washing up, a warm drink.\n"
           "- Try not to rehearse the argument. If thoughts come back, notice them and return to your breath.",
            nullptr, breakMinutes),
        this);
    guide->setWordWrap(true);
    guide->setTextFormat(Qt::PlainText);
    layout->addWidget(guide);
    auto* form = new QFormLayout();
    m_return = new QTimeEdit(this);
    m_return->setDisplayFormat(QStringLiteral("HH:mm"));
    const QTime earliest = QTime::currentTime().addSecs(breakMinutes * 60);
    // Near midnight the earliest return is tomorrow; a time-only minimum would then block it.
    if (earliest > QTime::currentTime()) {
        m_return->setMinimumTime(earliest);
    }
    m_return->setTime(earliest);
    m_return->setAccessibleName(tr("Time to come back"));
    form->addRow(tr("We come back at"), m_return);
    layout->addLayout(form);
    m_remaining = new QLabel(this);
    m_remaining->setAccessibleName(tr("Time left in the break"));
    layout->addWidget(m_remaining);
    auto* buttons = new QDialogButtonBox(this);
    auto* back = buttons->addButton(tr("I am ready to come back"), QDialogButtonBox::AcceptRole);
    back->setAccessibleName(tr("End the pause"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(&m_timer, &QTimer::timeout, this, &PauseDialog::tick);
    m_timer.start(1000);
    tick();
    resize(560, 480);
}

QTime PauseDialog::returnTime() const
{
    return m_return->time();
}

void PauseDialog::tick()
{
    int seconds = QTime::currentTime().secsTo(m_return->time());
    if (seconds < -12 * 3600) {
        seconds += 24 * 3600; // the return time is after midnight
    }
    seconds = std::max(0, seconds);
    const int minutes = (seconds + 59) / 60;
    if (seconds <= 0) {
        m_remaining->setText(tr("It is time to come back, when you feel ready."));
    } else {
        m_remaining->setText(tr("%n minute(s) until you come back.", nullptr, minutes));
    }
}

} // namespace tw::app
