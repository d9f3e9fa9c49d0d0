// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "ExerciseView.h"
#include "HomeView.h"
#include "PathDelegate.h"
#include "PathModel.h"
#include "exercises/AnswerText.h"
#include "progress/ProgressView.h"
#include "search/SearchPage.h"
#include "style/Icons.h"
#include "style/Metrics.h"
#include "tw/base/Error.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/RevealService.h"
#include "tw/workbook/SafetyService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace tw::app {

Workspace::Workspace(const content::Curriculum& curriculum, QWidget* parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(style::space::s, style::space::s, 0, style::space::s);
    leftLayout->setSpacing(style::space::s);
    // Home and Progress live here, once: the toolbar keeps the actions that are not places.
    const QIcon homeIcon = style::icon(QStringLiteral("home"));
    auto* home = new QPushButton(homeIcon, tr("&Home"), left);
    home->setAccessibleName(tr("Home"));
    m_homeButton = home;
    leftLayout->addWidget(home);
    const QIcon progressIcon = style::icon(QStringLiteral("progress"));
    auto* progress = new QPushButton(progressIcon, tr("&Progress"), left);
    progress->setAccessibleName(tr("Progress"));
    leftLayout->addWidget(progress);
    m_model = new PathModel(this);
    m_tree = new QTreeView(left);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("The path: modules and exercises"));
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new PathDelegate(m_tree));
    m_tree->setTextElideMode(Qt::ElideNone);
    // Rows re-measure when the panel's width changes (the splitter, the window, the text size).
    m_tree->viewport()->installEventFilter(this);
    leftLayout->addWidget(m_tree);
    m_stack = new QStackedWidget(splitter);
    m_home = new HomeView(m_stack);
    m_exerciseView = new ExerciseView(m_stack);
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_exerciseView);
    // Progress (Qt Charts) and search are built when first opened: nobody sees them at start, and
    // building them before the first window is shown made the launch slower.
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 760});
    layout->addWidget(splitter);

    connect(home, &QPushButton::clicked, this, &Workspace::showHome);
    connect(progress, &QPushButton::clicked, this, &Workspace::showProgress);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(PathModel::ExerciseIdRole).toString();
        if (!id.isEmpty()) {
            openExercise(id);
        }
    });
    connect(m_tree, &QTreeView::clicked, m_tree, &QTreeView::activated);
    connect(m_home, &HomeView::openExercise, this, &Workspace::openExercise);
    connect(m_home, &HomeView::openAgreements, this, [this] {
        showProgress();
        if (m_progress) {
            m_progress->showTab(ProgressView::Tab::Agreements);
        }
    });
    connect(m_home, &HomeView::endTogether, this, &Workspace::endTogetherRequested);
    connect(m_exerciseView, &ExerciseView::openExercise, this, &Workspace::openExercise);
    connect(m_exerciseView, &ExerciseView::progressChanged, this, &Workspace::refreshProgress);
}

Workspace::~Workspace()
{
    close();
}

bool Workspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        // Wrapped rows change height with the width; the view only asks again when told.
        m_tree->doItemsLayout();
    }
    return QWidget::eventFilter(watched, event);
}

void Workspace::open(workbook::Session& session)
{
    m_context = std::make_unique<EditorContext>(EditorContext{session, m_curriculum});
    // Answers both partners gave while the other was away become visible now, to both.
    workbook::RevealService(session).publishPending();
    keepPrivatePagesDoneToMyself(session);
    refreshPath();
    showHome();
}

void Workspace::keepPrivatePagesDoneToMyself(workbook::Session& session)
{
    // Earlier versions showed the partner a tick on every page, "My local help numbers" too.
    workbook::ProgressService progress(session);
    for (const auto& module : m_curriculum.modules) {
        for (const auto& exercise : module.exercises) {
            if (isWhollyPrivate(exercise)) {
                try {
                    progress.keepDoneToMyself(exercise.id);
                } catch (const Error&) {
                    // Tried again at the next unlock; nothing here stops the workbook opening.
                }
            }
        }
    }
}

void Workspace::close()
{
    m_exerciseView->clear();
    m_home->clear();
    if (m_progress) {
        m_progress->clear();
    }
    // The search index holds decrypted text: it goes before the keys do.
    if (m_search) {
        m_search->close();
    }
    m_model->reset(nullptr, {}, false);
    m_context.reset();
}

bool Workspace::safetyNoteWanted() const
{
    // Only when this partner chose to see it on Home: the path and Home otherwise look the same as
    // anyone's, so a partner made to unlock gives nothing away.
    auto& session = m_context->session;
    return workbook::SafetyService(session).needsIndividualPath()
        && session.privateSetting(HomeView::kShowSafetyNoteKey).value_or("") == "true";
}

void Workspace::setTogether(workbook::Session* companion)
{
    if (!m_context) {
        return;
    }
    m_exerciseView->clear();
    m_context->companion = companion;
    showHome();
}

void Workspace::refreshPath()
{
    if (!m_context) {
        return;
    }
    // The same path for everyone, whatever their safety check said (see safetyNoteWanted).
    m_model->reset(&m_curriculum, m_context->role(), false);
    m_tree->expandAll();
    refreshProgress();
}

void Workspace::refreshProgress()
{
    if (!m_context) {
        return;
    }
    workbook::ProgressService progress(m_context->session);
    std::set<std::string> mine, theirs;
    for (const auto& module : m_curriculum.modules) {
        for (const auto& e : module.exercises) {
            const auto p = progress.doneMarks(e.id);
            if (p.doneByMe) {
                mine.insert(e.id);
            }
            if (p.doneByPartner) {
                theirs.insert(e.id);
            }
        }
    }
    m_model->setProgress(std::move(mine), std::move(theirs), m_context->partnerName());
    // Where the partner shared an answer, the path says so: it leads there as Home and search do.
    std::set<std::string> shared;
    if (const auto* other = m_context->session.otherPartner()) {
        try {
            for (const auto& e :
                m_context->session.entries({.kind = "answer", .authorId = other->id, .sharedOnly = true})) {
                shared.insert(e.exerciseId);
            }
        } catch (const Error&) {
            // Without the marks the path still works; the exercises show what was shared.
        }
    }
    m_model->setSharedByPartner(std::move(shared));
}

void Workspace::showHome()
{
    if (!m_context) {
        return;
    }
    m_exerciseView->clear();
    m_safetyNote = safetyNoteWanted();
    m_home->refresh(*m_context, m_safetyNote);
    m_stack->setCurrentWidget(m_home);
    emit remindersChanged(m_home->reminderCount());
}

void Workspace::reload()
{
    if (!m_context) {
        return;
    }
    refreshProgress();
    auto* current = m_stack->currentWidget();
    if (current == m_exerciseView && m_exerciseView->exercise()) {
        // Reopened from its saved state: the editor flushes what was typed first.
        openExercise(QString::fromStdString(m_exerciseView->exercise()->id));
    } else if (current == m_home) {
        showHome();
    } else if (m_progress && current == m_progress) {
        m_progress->refresh(*m_context, false);
    }
}

void Workspace::showProgress()
{
    if (!m_context) {
        return;
    }
    m_exerciseView->clear();
    if (!m_progress) {
        m_progress = new ProgressView(m_stack);
        m_stack->addWidget(m_progress);
        connect(m_progress, &ProgressView::openExercise, this, &Workspace::openExercise);
    }
    m_progress->refresh(*m_context, false);
    m_stack->setCurrentWidget(m_progress);
    m_tree->clearSelection();
    // Keyboard users land on the section tabs, one arrow key from each chart and its table.
    m_progress->tabs()->setFocus();
}

void Workspace::showSearch()
{
    if (!m_context) {
        return;
    }
    // Leaving an exercise saves it, so the index below includes what was just typed.
    m_exerciseView->clear();
    if (!m_search) {
        m_search = new SearchPage(m_stack);
        m_stack->addWidget(m_search);
        connect(m_search, &SearchPage::openExercise, this, &Workspace::openExercise);
    }
    m_stack->setCurrentWidget(m_search);
    m_search->open(*m_context);
    m_tree->clearSelection();
}

void Workspace::takeFocus()
{
    m_homeButton->setFocus(Qt::OtherFocusReason);
}

void Workspace::openExercise(const QString& id)
{
    if (!m_context) {
        return;
    }
    const auto* exercise = m_curriculum.findExercise(id.toStdString());
    if (!exercise) {
        return;
    }
    m_exerciseView->show(*exercise, *m_context);
    m_stack->setCurrentWidget(m_exerciseView);
    const QModelIndex index = m_model->indexOfExercise(exercise->id);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
    }
}

} // namespace tw::app
