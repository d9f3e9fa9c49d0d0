// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeView.h"

#include "Dates.h"
#include "Reminders.h"
#include "home/StepJourney.h"
#include "progress/DashboardData.h"
#include "style/Components.h"
#include "style/Icons.h"
#include "style/Metrics.h"
#include "style/WrapButton.h"
#include "therapist/AssignedItems.h"
#include "tw/base/Error.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/Dashboard.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/RevealService.h"
#include "tw/workbook/SafetyService.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

constexpr const char* kCheckinExercise = "step4.trust-thermometer";
constexpr const char* kHelpExercise = "start.help-now";
constexpr const char* kSafetyExercise = "start.safety-check";

QString titleOf(const content::Exercise& e)
{
    return QString::fromStdString(e.title);
}

} // namespace

HomeView::HomeView(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
}

void HomeView::clear()
{
    delete takeWidget();
    m_page = nullptr;
    m_journey = nullptr;
    m_reminderCount = 0;
    m_context = nullptr;
}

QFrame* HomeView::section(const QString& heading)
{
    auto* card = style::card(m_page);
    auto* title = style::text(style::TextRole::Heading, heading, card);
    style::cardLayout(card)->addWidget(title);
    m_layout->addWidget(card);
    return card;
}

QPushButton* HomeView::addLink(QVBoxLayout* layout, QWidget* parent, const QString& text, const std::string& exerciseId)
{
    // Wrapping, so a long reminder stays whole at 200 % text.
    auto* button = new style::WrapButton(text, parent);
    button->setAccessibleName(text);
    if (const auto* exercise = m_context ? m_context->curriculum.findExercise(exerciseId) : nullptr) {
        button->setIcon(style::kindIcon(exercise->kind));
    }
    connect(button, &QPushButton::clicked, this,
        [this, exerciseId] { emit openExercise(QString::fromStdString(exerciseId)); });
    layout->addWidget(button, 0, Qt::AlignLeft);
    return button;
}

void HomeView::refresh(EditorContext& context, bool showSafetyNote)
{
    clear();
    m_context = &context;
    m_page = style::readingPage(this, m_layout);
    m_layout->setSpacing(style::space::m);
    if (context.together()) {
        refreshTogether(context);
        return;
    }
    auto& session = context.session;
    const auto& curriculum = context.curriculum;
    m_layout->addWidget(
        style::text(style::TextRole::Title, tr("Hello, %1").arg(QString::fromStdString(session.me().name)), m_page));

    workbook::SafetyService safety(session);
    const bool safetyTaken = safety.hasAnswered();
    if (!safetyTaken) {
        auto* card = section(tr("First, a private safety check"));
        style::cardLayout(card)->addWidget(style::text(style::TextRole::Body,
            tr("Before any couple exercise, each partner answers a few questions on their own. Your answers are never "
               "shown to your partner."),
            card));
        style::makePrimary(addLink(style::cardLayout(card), card, tr("Start the safety check"), kSafetyExercise));
    } else if (showSafetyNote) {
        // Only because this partner chose it: otherwise Home looks the same as anyone's.
        auto* card = section(tr("Individual work comes first"));
        style::cardLayout(card)->addWidget(style::text(style::TextRole::Body,
            tr("From your safety check, couple exercises are not the right tool right now: the exercises for you alone "
               "are the place to start. This is private: your partner is not told. Please look at the help page, and "
               "talk to someone you trust."),
            card));
        addLink(style::cardLayout(card), card, tr("Getting help now"), kHelpExercise);
    }

    // What the therapist assigned comes before the path's own suggestions.
    auto* assigned = style::card(m_page);
    therapist::addAssignedSection(
        style::cardLayout(assigned), assigned, context, [this](const QString& id) { emit openExercise(id); });
    if (style::cardLayout(assigned)->count() > 0) {
        m_layout->addWidget(assigned);
    } else {
        delete assigned;
    }

    // Reminders lead straight to their exercise. They live in this window; desktop notifications
    // are a separate opt-in that never says what a reminder is about.
    const auto all = reminderLines(
        context, workbook::DashboardService(session).loadReminders(dashboardSources(curriculum), systemClock()), false);
    m_reminderCount = static_cast<int>(all.size());
    const auto reminders = homeReminderLines(all);
    bool checkinReminder = false;
    if (!reminders.empty()) {
        auto* card = section(tr("Reminders"));
        for (const auto& reminder : reminders) {
            auto* link = addLink(style::cardLayout(card), card, reminder.text, reminder.exerciseId);
            if (reminder.opensAgreements) {
                // The review is recorded beside the agreements in force, which may come from
                // several exercises; the meeting exercise alone has no place to record it.
                link->disconnect(this);
                connect(link, &QPushButton::clicked, this, &HomeView::openAgreements);
            }
            checkinReminder = checkinReminder || reminder.exerciseId == kCheckinExercise;
        }
    }

    // The same suggestion for everyone: the first exercise of the path not done yet.
    workbook::ProgressService progress(session);
    const content::Exercise* next = nullptr;
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            if (!next && module.section != content::Section::Sources && e.visibleTo(context.role()) && !e.safety
                && !progress.doneMarks(e.id).doneByMe) {
                next = &e;
            }
        }
    }
    if (next) {
        auto* card = section(tr("What is next"));
        auto* layout = style::cardLayout(card);
        layout->addWidget(style::emphasis(titleOf(*next), card));
        layout->addWidget(style::text(style::TextRole::Caption, aboutMinutes(next->minutes), card));
        auto* go = addLink(layout, card, tr("Continue"), next->id);
        go->setAccessibleName(tr("Continue with %1").arg(titleOf(*next)));
        if (safetyTaken) {
            style::makePrimary(go);
        }
    }

    if (!session.isSolo()) {
        addRecentlyShared(context);
    }
    addJourney(context);

    if (curriculum.findExercise(kCheckinExercise) && !checkinReminder) {
        auto* card = section(tr("A gentle check-in"));
        style::cardLayout(card)->addWidget(style::text(
            style::TextRole::Body, tr("How is trust feeling this week? A short check-in takes two minutes."), card));
        addLink(style::cardLayout(card), card, tr("Open the trust thermometer"), kCheckinExercise);
    }
    addHelp(context);
    m_layout->addStretch();
    setWidget(m_page);
}

void HomeView::addRecentlyShared(EditorContext& context)
{
    auto& session = context.session;
    auto* card = section(tr("Recently shared by %1").arg(context.partnerName()));
    auto* layout = style::cardLayout(card);
    // The exercises they changed most recently, one link each: a week of check-ins is one place to
    // look, not seven. Only as many rows are read as it takes to find five.
    std::vector<std::pair<const content::Exercise*, std::int64_t>> recent;
    for (const auto& e : session.recentlyShared(
             5, [&](const std::string& id) { return context.curriculum.findExercise(id) != nullptr; })) {
        recent.emplace_back(context.curriculum.findExercise(e.exerciseId), e.updatedAt);
    }
    for (const auto& [exercise, when] : recent) {
        // The exercise opens with what they shared on top; the day says how fresh it is.
        auto* row = new QHBoxLayout();
        row->setSpacing(style::space::s);
        auto* link = addLink(layout, card, titleOf(*exercise), exercise->id);
        link->setFlat(true);
        link->setAccessibleDescription(tr("Shared by %1, last changed %2").arg(context.partnerName(), dayText(when)));
        layout->removeWidget(link);
        row->addWidget(link);
        row->addStretch();
        row->addWidget(style::text(style::TextRole::Caption, dayText(when), card), 0, Qt::AlignVCenter);
        layout->addLayout(row);
    }
    if (recent.empty()) {
        layout->addWidget(style::text(
            style::TextRole::Body, tr("Nothing shared yet. Sharing is always a choice, one entry at a time."), card));
    }
}

void HomeView::addJourney(EditorContext& context)
{
    auto& session = context.session;
    const auto& curriculum = context.curriculum;
    workbook::ProgressService progress(session);
    const std::string role = context.role();
    std::vector<JourneyStep> steps;
    QStringList others;
    bool showsEnglish = false;
    int stepNumber = 0;
    for (const auto& module : curriculum.modules) {
        if (module.section == content::Section::Sources) {
            continue;
        }
        JourneyStep step;
        for (const auto& e : module.exercises) {
            // The safety check is left out of the counts: whether a partner took it is theirs to tell.
            if (!e.visibleTo(role) || e.safety) {
                continue;
            }
            const auto p = progress.doneMarks(e.id);
            step.total += 1;
            step.doneByMe += p.doneByMe ? 1 : 0;
            step.doneByPartner += p.doneByPartner ? 1 : 0;
            if (step.nextExerciseId.isEmpty() && !p.doneByMe) {
                step.nextExerciseId = QString::fromStdString(e.id);
            }
        }
        if (step.total == 0) {
            continue;
        }
        if (step.nextExerciseId.isEmpty()) {
            step.nextExerciseId = QString::fromStdString(module.exercises.front().id);
        }
        QString name = QString::fromStdString(module.title);
        if (curriculum.locale != "en" && module.locale != curriculum.locale) {
            //: Appended to a module's name on Home when it has no translation yet.
            name += tr(" (in English)");
            showsEnglish = true;
        }
        if (module.section == content::Section::Step) {
            ++stepNumber;
            step.label = tr("Step %1").arg(stepNumber);
            // "Step 1: Acknowledge the hurt" names the step twice on a station that already says "Step 1".
            const int colon = static_cast<int>(name.indexOf(QStringLiteral(": ")));
            step.title = colon > 0 && colon < 12 ? name.mid(colon + 2) : name;
            steps.push_back(step);
        } else {
            QString line = session.isSolo()
                ? tr("%1 \u2014 you have done %2 of %3").arg(name).arg(step.doneByMe).arg(step.total)
                : tr("%1 \u2014 you have done %2 of %3; %4 has done %5")
                      .arg(name)
                      .arg(step.doneByMe)
                      .arg(step.total)
                      .arg(context.partnerName())
                      .arg(step.doneByPartner);
            others << line;
        }
    }
    auto* card = section(tr("The four steps"));
    auto* layout = style::cardLayout(card);
    m_journey = new StepJourney(card);
    m_journey->setSteps(steps, session.isSolo() ? QString() : context.partnerName());
    connect(m_journey, &StepJourney::openExercise, this, &HomeView::openExercise);
    layout->addWidget(m_journey);
    for (const QString& line : others) {
        layout->addWidget(style::text(style::TextRole::Caption, line, card));
    }
    if (showsEnglish) {
        layout->addWidget(style::text(style::TextRole::Caption,
            tr("Not every module is translated yet: those marked \"in English\" are shown in English until they are."),
            card));
    }
}

void HomeView::addHelp(EditorContext& context)
{
    // On everyone's Home, in the same words: help is one neutral click away for whoever needs it.
    auto* card = section(tr("Help and support"));
    auto* layout = style::cardLayout(card);
    layout->addWidget(style::text(
        style::TextRole::Body, tr("For when you need more than a workbook, and for your own safety check."), card));
    if (const auto* help = context.curriculum.findExercise(kHelpExercise)) {
        addLink(layout, card, titleOf(*help), help->id)->setIcon(style::icon(QStringLiteral("help")));
    }
    if (workbook::SafetyService(context.session).hasAnswered()) {
        if (const auto* check = context.curriculum.findExercise(kSafetyExercise)) {
            addLink(layout, card, titleOf(*check), check->id);
        }
    }
}

void HomeView::refreshTogether(EditorContext& context)
{
    auto& session = context.session;
    const auto& curriculum = context.curriculum;
    m_layout->addWidget(style::text(style::TextRole::Title,
        tr("Together: %1 and %2").arg(QString::fromStdString(session.me().name), context.partnerName()), m_page));
    auto* note = style::text(style::TextRole::Body,
        tr("While you are both here, only what you have shared and what you do together shows. Private answers and "
           "notes stay hidden, for both of you."),
        m_page);
    m_layout->addWidget(note);

    QStringList waiting;
    auto* card = section(tr("Waiting for you both"));
    auto* layout = style::cardLayout(card);
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            try {
                if (e.kind == content::Kind::Agreement) {
                    const auto items = workbook::AgreementService(session).items(e.id);
                    const int open = static_cast<int>(std::count_if(items.begin(), items.end(),
                        [](const workbook::AgreementItem& i) { return !i.inForce && !i.withdrawn; }));
                    if (open > 0) {
                        addLink(layout, card, tr("%1: %n item(s) to accept", nullptr, open).arg(titleOf(e)), e.id);
                        waiting << QString::fromStdString(e.id);
                    }
                } else if (e.kind == content::Kind::Reveal && session.hasEntry(session.me().id, e.id, "reveal-answer")
                    && session.hasEntry(session.otherPartner()->id, e.id, "reveal-answer")) {
                    addLink(layout, card, tr("%1: you have both answered").arg(titleOf(e)), e.id);
                    waiting << QString::fromStdString(e.id);
                }
            } catch (const Error&) {
                // One unreadable exercise does not keep the rest of together time from showing.
            }
        }
    }
    if (waiting.isEmpty()) {
        layout->addWidget(style::text(style::TextRole::Body, tr("Nothing is waiting for the two of you."), card));
    }

    auto* talk = section(tr("Talk together"));
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            if (e.kind == content::Kind::Conversation && e.visibleTo(context.role())) {
                addLink(style::cardLayout(talk), talk, titleOf(e), e.id);
            }
        }
    }
    addRecentlyShared(context);
    auto* end = new QPushButton(tr("End together time"), m_page);
    end->setAccessibleName(tr("End together time"));
    style::makePrimary(end);
    connect(end, &QPushButton::clicked, this, &HomeView::endTogether);
    m_layout->addWidget(end, 0, Qt::AlignLeft);
    m_layout->addStretch();
    setWidget(m_page);
}

} // namespace tw::app
