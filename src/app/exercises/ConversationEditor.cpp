// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationEditor.h"

#include "IdleLock.h"
#include "PauseDialog.h"
#include "style/Components.h"
#include "style/Metrics.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {

ConversationEditor::ConversationEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : AnswerEditor(exercise, context, parent)
{
    m_turnLabel = style::text(style::TextRole::Heading, QString(), this);
    m_layout->addWidget(m_turnLabel);

    // Each part of the turn is its own group, named after the person, so a screen reader announces
    // whose guidance it is; the texts take Tab focus to be reachable without a mouse.
    const auto group = [this](QGroupBox*& box, QLabel*& text) {
        box = new QGroupBox(this);
        auto* layout = new QVBoxLayout(box);
        text = paragraph(QString());
        text->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(text);
        m_layout->addWidget(box);
    };
    group(m_speakerBox, m_speakerText);
    group(m_listenerBox, m_listenerText);
    // Who has the floor is the couple's choice: the guide cannot know it, and guessing from roles
    // would decide, for example, which partner is the one who floods.
    auto* swapRow = new QHBoxLayout();
    m_swap = new QPushButton(tr("Swap roles"), this);
    m_swap->setAccessibleName(tr("Swap speaker and listener"));
    swapRow->addWidget(m_swap);
    auto* swapHint = paragraph(tr("Swap whenever the floor passes to the other person."));
    swapRow->addWidget(swapHint, 1);
    m_layout->addLayout(swapRow);

    auto* timerBox = new QWidget(this);
    auto* timerLayout = new QVBoxLayout(timerBox);
    timerLayout->setContentsMargins(0, 8, 0, 0);
    m_time = style::text(style::TextRole::Heading, QString(), timerBox);
    timerLayout->addWidget(m_time);
    m_progress = new QProgressBar(timerBox);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, std::max(1, exercise.turnMinutes * 60));
    m_progress->setAccessibleName(tr("Time left in this turn"));
    timerLayout->addWidget(m_progress);
    auto* timerButtons = new QHBoxLayout();
    m_startPause = new QPushButton(timerBox);
    m_reset = new QPushButton(tr("Reset timer"), timerBox);
    m_reset->setAccessibleName(tr("Reset the turn timer"));
    timerButtons->addWidget(m_startPause);
    timerButtons->addWidget(m_reset);
    timerButtons->addStretch();
    timerLayout->addLayout(timerButtons);
    m_note = paragraph(QString());
    m_note->setAccessibleName(tr("Timer note"));
    timerLayout->addWidget(m_note);
    timerBox->setVisible(exercise.turnMinutes > 0);
    m_layout->addWidget(timerBox);

    auto* nav = new QHBoxLayout();
    m_previous = new QPushButton(tr("Previous turn"), this);
    m_previous->setAccessibleName(tr("Previous turn"));
    m_next = new QPushButton(tr("Next turn"), this);
    m_next->setAccessibleName(tr("Next turn"));
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    nav->addStretch();
    m_layout->addLayout(nav);
    if (exercise.breakMinutes) {
        auto* pause = new QPushButton(tr("Take a break"), this);
        pause->setAccessibleName(tr("Take a break: opens the pause guide"));
        // The content's introduction already says how long a break lasts; the button repeats it
        // for anyone who arrives here by keyboard or screen reader.
        pause->setAccessibleDescription(
            tr("A break of at least %n minute(s), with a time to come back.", nullptr, *exercise.breakMinutes));
        connect(pause, &QPushButton::clicked, this, &ConversationEditor::takeBreak);
        auto* breakRow = new QHBoxLayout();
        breakRow->addWidget(pause);
        breakRow->addStretch();
        m_layout->addLayout(breakRow);
    }

    m_layout->addSpacing(style::space::s);
    auto* notesLabel = style::text(style::TextRole::Heading, tr("My notes"), this);
    m_layout->addWidget(notesLabel);
    auto* notesHint = paragraph(tr("Only you can read these unless you share them. A few key words to reflect "
                                   "back, or something to come back to later, are enough."));
    m_layout->addWidget(notesHint);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 10 + 12);
    m_notes->setAccessibleName(tr("My private notes"));
    notesLabel->setBuddy(m_notes);
    m_layout->addWidget(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ConversationEditor::edited);
    finishSetup();
    if (context.together()) {
        // A screen you both look at is no place for "only you can read these".
        for (QWidget* w : std::initializer_list<QWidget*>{notesLabel, notesHint, m_notes}) {
            w->hide();
        }
        hideFooter();
    }

    // Precise: a coarse timer may drift by seconds over a turn, and the couple is watching it.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ConversationEditor::tick);
    connect(m_startPause, &QPushButton::clicked, this, &ConversationEditor::startOrPause);
    connect(m_reset, &QPushButton::clicked, this, &ConversationEditor::resetTimer);
    connect(m_swap, &QPushButton::clicked, this, &ConversationEditor::swapRoles);
    connect(m_previous, &QPushButton::clicked, this, [this] { showTurn(m_turn - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showTurn(m_turn + 1); });
    showTurn(0);
}

void ConversationEditor::setSecondLength(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

nlohmann::json ConversationEditor::collect() const
{
    return {{"notes", m_notes->toPlainText().toStdString()}};
}

void ConversationEditor::apply(const nlohmann::json& answer)
{
    const auto notes = answer.find("notes");
    if (notes != answer.end() && notes->is_string()) {
        m_notes->setPlainText(QString::fromStdString(notes->get<std::string>()));
    }
}

QString ConversationEditor::nameFor(bool me) const
{
    if (me) {
        return QString::fromStdString(m_context.session.me().name);
    }
    return m_context.session.isSolo() ? tr("your partner") : m_context.partnerName();
}

QString ConversationEditor::roleTextFor(bool me, const content::RoleText& text) const
{
    // The guidance is written for the person doing it, so the partner's part is in their role's words.
    if (me) {
        return m_context.text(text);
    }
    const auto* other = m_context.session.otherPartner();
    return QString::fromStdString(text.forRole(other ? workbook::roleName(other->role) : std::string_view("default")));
}

void ConversationEditor::showTurn(int index)
{
    const int count = static_cast<int>(m_exercise.turns.size());
    m_turn = std::clamp(index, 0, std::max(0, count - 1));
    m_previous->setEnabled(m_turn > 0);
    m_next->setEnabled(m_turn + 1 < count);
    m_turnLabel->setText(
        count == 0 ? tr("This conversation has no turns.") : tr("Turn %1 of %2").arg(m_turn + 1).arg(count));
    resetTimer();
    showGuidance();
}

void ConversationEditor::showGuidance()
{
    if (m_exercise.turns.empty()) {
        m_speakerBox->hide();
        m_listenerBox->hide();
        m_swap->hide();
        return;
    }
    const auto& turn = m_exercise.turns[static_cast<std::size_t>(m_turn)];
    m_speakerBox->setTitle(tr("Speaker: %1").arg(nameFor(m_meSpeaking)));
    m_speakerText->setText(roleTextFor(m_meSpeaking, turn.speaker));
    m_listenerBox->setTitle(tr("Listener: %1").arg(nameFor(!m_meSpeaking)));
    m_listenerText->setText(roleTextFor(!m_meSpeaking, turn.listener));
}

void ConversationEditor::swapRoles()
{
    m_meSpeaking = !m_meSpeaking;
    showGuidance();
}

void ConversationEditor::startOrPause()
{
    if (m_timer.isActive()) {
        m_timer.stop();
    } else {
        if (m_secondsLeft <= 0) {
            resetTimer();
        }
        setNote(QString());
        m_timer.start();
    }
    showTime();
}

void ConversationEditor::resetTimer()
{
    m_timer.stop();
    m_secondsLeft = m_exercise.turnMinutes * 60;
    setNote(QString());
    showTime();
}

void ConversationEditor::tick()
{
    IdleLock::keepAwake();
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    if (m_secondsLeft == 0) {
        // A quiet line instead of a sound: an alarm is the last thing a hard conversation needs.
        m_timer.stop();
        setNote(tr("Time is up for this turn. Finish your sentence; move on when you are both ready."));
    }
    showTime();
}

void ConversationEditor::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty()); // an empty line would only leave a gap
}

void ConversationEditor::showTime()
{
    const int total = m_exercise.turnMinutes * 60;
    m_time->setText(
        tr("%1:%2 left in this turn").arg(m_secondsLeft / 60).arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0')));
    m_progress->setValue(m_secondsLeft);
    // Whole minutes for the screen reader: a description that changed every second would chatter.
    const int minutes = (m_secondsLeft + 59) / 60;
    const QString spoken = m_secondsLeft == 0 ? tr("Time is up")
        : minutes <= 1                        ? tr("Less than a minute left")
                                              : tr("About %n minute(s) left", nullptr, minutes);
    if (m_progress->accessibleDescription() != spoken) {
        m_progress->setAccessibleDescription(spoken);
    }
    const bool running = m_timer.isActive();
    m_startPause->setText(running    ? tr("Pause timer")
            : m_secondsLeft == total ? tr("Start timer")
            : m_secondsLeft == 0     ? tr("Start again")
                                     : tr("Resume timer"));
    m_startPause->setAccessibleName(m_startPause->text());
    m_reset->setEnabled(running || m_secondsLeft != total);
}

void ConversationEditor::takeBreak()
{
    if (m_timer.isActive()) {
        startOrPause();
    }
    // Not exec(): the break must not block locking, and the rest of the app keeps working around it.
    auto* dialog = new PauseDialog(window(), m_exercise.breakMinutes.value_or(PauseDialog::kMinimumBreakMinutes));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
        [this] { setNote(tr("Welcome back. Start the timer when you are both ready.")); });
    dialog->open();
}

} // namespace tw::app
