// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeView.h"

#include "Reminders.h"
#include "progress/DashboardData.h"
#include "therapist/AssignedItems.h"
#include "tw/workbook/Dashboard.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/SafetyService.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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

    // What the therapist assigned comes before the path's own suggestions.
    therapist::addAssignedSection(m_layout, m_page, context, [this](const QString& id) { emit openExercise(id); });

    // Reminders lead straight to their exercise. They live in this window; desktop notifications
    // are a separate opt-in that never says what a reminder is about.
    // Only the reminders' own rows are read, not the whole dashboard (years of check-ins).
    const auto all = reminderLines(context,
        workbook::DashboardService(session).loadReminders(dashboardSources(curriculum), systemClock()), individualOnly);
    m_reminderCount = static_cast<int>(all.size());
    const auto reminders = homeReminderLines(all);
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
    bool showsEnglish = false;
    for (const auto& module : curriculum.modules) {
        // Each exercise is asked once; the counts are made here rather than by a second pass.
        workbook::ModuleProgress counts;
        counts.hasPartner = !session.isSolo();
        for (const auto& e : module.exercises) {
            // The safety check is left out of the counts: whether a partner took it is theirs to tell.
            if (e.visibleTo(role) && !e.safety && !(individualOnly && isCoupleExercise(e))) {
                const auto p = progress.doneMarks(e.id);
                counts.exercises += 1;
                counts.doneByMe += p.doneByMe ? 1 : 0;
                counts.doneByPartner += p.doneByPartner ? 1 : 0;
                if (!next && !p.doneByMe) {
                    next = &e;
                }
            }
        }
        if (counts.exercises == 0 || module.section == content::Section::Sources) {
            continue;
        }
        QString line = tr("%1: you have done %2 of %3")
                           .arg(QString::fromStdString(module.title))
                           .arg(counts.doneByMe)
                           .arg(counts.exercises);
        if (counts.hasPartner) {
            line += tr("; %1 has done %2").arg(context.partnerName()).arg(counts.doneByPartner);
        }
        if (curriculum.locale != "en" && module.locale != curriculum.locale) {
            //: Appended to a Home progress line of a module that has no translation yet.
            line += tr(" (in English)");
            showsEnglish = true;
        }
        m_layout->addWidget(wrapped(line, m_page));
    }
    if (showsEnglish) {
        m_layout->addWidget(wrapped(
            tr("Not every module is translated yet: those marked \"in English\" are shown in English until they are."),
            m_page));
    }
    if (next) {
        section(tr("What is next"));
        addLink(m_layout, QString::fromStdString(next->title), next->id);
    }

    if (!session.isSolo()) {
        section(tr("Recently shared by %1").arg(context.partnerName()));
        // The partner's newest shared rows only: a first look at a few dozen usually finds five
        // exercises; if not (a long run of check-ins), everything they shared is read once.
        constexpr int kFirstLook = 64;
        workbook::EntryFilter filter{
            .authorId = session.otherPartner()->id, .sharedOnly = true, .newestFirst = true, .limit = kFirstLook};
        std::vector<const content::Exercise*> recent;
        for (int pass = 0; pass < 2 && recent.size() < 5; ++pass) {
            const auto shared = session.entries(filter);
            recent.clear();
            for (const auto& e : shared) {
                const auto* exercise = curriculum.findExercise(e.exerciseId);
                // One link per exercise: a week of check-ins is one place to look, not seven.
                if (exercise && recent.size() < 5
                    && std::find(recent.begin(), recent.end(), exercise) == recent.end()) {
                    recent.push_back(exercise);
                }
            }
            if (shared.size() < static_cast<std::size_t>(kFirstLook)) {
                break;
            }
            filter.limit = 0;
        }
        for (const auto* exercise : recent) {
            addLink(m_layout, QString::fromStdString(exercise->title), exercise->id);
        }
        const auto shown = recent.size();
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
