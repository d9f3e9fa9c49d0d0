// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeView.h"

#include "Reminders.h"
#include "progress/DashboardData.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/SafetyService.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tw::app {
namespace {

constexpr const char* kCheckinExercise = "step4.trust-thermometer";
constexpr const char* kHelpExercise = "start.help-now";

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

HomeView::HomeView(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void HomeView::clear()
{
    delete takeWidget();
    m_page = nullptr;
    m_reminderCount = 0;
}

QWidget* HomeView::section(const QString& title)
{
    auto* label = new QLabel(title, m_page);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    m_layout->addSpacing(8);
    m_layout->addWidget(label);
    return label;
}

void HomeView::addLink(QVBoxLayout* layout, const QString& text, const std::string& exerciseId)
{
    auto* button = new QPushButton(text, m_page);
    button->setAccessibleName(text);
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(button, &QPushButton::clicked, this,
        [this, exerciseId] { emit openExercise(QString::fromStdString(exerciseId)); });
    layout->addWidget(button);
}

void HomeView::refresh(EditorContext& context, bool individualOnly)
{
    clear();
    m_page = new QWidget(this);
    m_page->setMaximumWidth(820);
    m_layout = new QVBoxLayout(m_page);
    m_layout->setContentsMargins(36, 24, 36, 24);
    m_layout->setSpacing(8);
    auto& session = context.session;
    const auto& curriculum = context.curriculum;

    auto* greeting = new QLabel(tr("Hello, %1").arg(QString::fromStdString(session.me().name)), m_page);
    QFont font = greeting->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    greeting->setFont(font);
    m_layout->addWidget(greeting);

    workbook::SafetyService safety(session);
    if (!safety.hasAnswered()) {
        section(tr("First, a private safety check"));
        m_layout->addWidget(wrapped(tr("Before any couple exercise, each partner answers a few questions on their "
                                       "own. Your answers are never shown to your partner."),
            m_page));
        addLink(m_layout, tr("Start the safety check"), "start.safety-check");
    } else if (individualOnly) {
        section(tr("Individual work comes first"));
        m_layout->addWidget(wrapped(tr("From your safety check, couple exercises are not the right tool right now, "
                                       "so the path shows exercises for you alone. This is private: your partner "
                                       "is not told. Please look at the help page, and talk to someone you trust."),
            m_page));
        addLink(m_layout, tr("Getting help now"), kHelpExercise);
    }

    // Reminders lead straight to their exercise. They live in this window; desktop notifications
    // are a separate opt-in that never says what a reminder is about.
    const auto reminders = reminderLines(context, loadDashboard(context).reminders, individualOnly);
    m_reminderCount = static_cast<int>(reminders.size());
    bool checkinReminder = false;
    if (!reminders.empty()) {
        section(tr("Reminders"));
        for (const auto& reminder : reminders) {
            addLink(m_layout, reminder.text, reminder.exerciseId);
            checkinReminder = checkinReminder || reminder.exerciseId == kCheckinExercise;
        }
    }

    // Where each of us is: counts only, never times.
    section(tr("Where you are"));
    workbook::ProgressService progress(session);
    const std::string role = context.role();
    const content::Exercise* next = nullptr;
    for (const auto& module : curriculum.modules) {
        std::vector<std::string> ids;
        for (const auto& e : module.exercises) {
            // The safety check is left out of the counts: whether a partner took it is theirs to tell.
            if (e.visibleTo(role) && !e.safety && !(individualOnly && isCoupleExercise(e))) {
                ids.push_back(e.id);
                if (!next && !progress.exercise(e.id).doneByMe) {
                    next = &e;
                }
            }
        }
        if (ids.empty() || module.section == content::Section::Sources) {
            continue;
        }
        const auto counts = progress.module(ids);
        QString line = tr("%1: you have done %2 of %3")
                           .arg(QString::fromStdString(module.title))
                           .arg(counts.doneByMe)
                           .arg(counts.exercises);
        if (counts.hasPartner) {
            line += tr("; %1 has done %2").arg(context.partnerName()).arg(counts.doneByPartner);
        }
        m_layout->addWidget(wrapped(line, m_page));
    }
    if (next) {
        section(tr("What is next"));
        addLink(m_layout, QString::fromStdString(next->title), next->id);
    }

    if (!session.isSolo()) {
        section(tr("Recently shared by %1").arg(context.partnerName()));
        auto shared = session.entries();
        std::erase_if(shared, [&](const workbook::Entry& e) {
            return e.authorId == session.me().id || e.visibility != workbook::Visibility::Shared;
        });
        std::reverse(shared.begin(), shared.end());
        int shown = 0;
        std::set<std::string> listed;
        for (const auto& e : shared) {
            const auto* exercise = curriculum.findExercise(e.exerciseId);
            // One link per exercise: a week of check-ins is one place to look, not seven.
            if (!exercise || shown == 5 || !listed.insert(exercise->id).second) {
                continue;
            }
            addLink(m_layout, QString::fromStdString(exercise->title), exercise->id);
            ++shown;
        }
        if (shown == 0) {
            m_layout->addWidget(
                wrapped(tr("Nothing shared yet. Sharing is always a choice, one entry at a time."), m_page));
        }
    }

    if (curriculum.findExercise(kCheckinExercise) && !checkinReminder) {
        section(tr("A gentle check-in"));
        m_layout->addWidget(wrapped(tr("How is trust feeling this week? A short check-in takes two minutes."), m_page));
        addLink(m_layout, tr("Open the trust thermometer"), kCheckinExercise);
    }
    m_layout->addStretch();
    setWidget(m_page);
}

} // namespace tw::app
