// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementsPanel.h"

#include "DashboardData.h"
#include "Labels.h"
#include "tw/base/Error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

QLabel* paragraph(QWidget* parent, const QString& text = {})
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString areaTitle(const content::Curriculum& curriculum, const std::string& exerciseId, const std::string& areaId)
{
    if (const auto* e = curriculum.findExercise(exerciseId)) {
        for (const auto& area : e->areas) {
            if (area.id == areaId) {
                return QString::fromStdString(area.title);
            }
        }
    }
    return QString::fromStdString(areaId);
}

} // namespace

AgreementsPanel::AgreementsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(headingLabel(tr("Our agreements"), this));
    layout->addWidget(paragraph(this,
        tr("Every agreement you have both accepted and that is in force now: who proposed it and when it took "
           "effect. Expand one to read its earlier wordings.")));
    m_empty = paragraph(this);
    m_empty->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_empty);
    m_pending = paragraph(this);
    layout->addWidget(m_pending);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Agreements in force"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Agreement"), tr("Area"), tr("Proposed by"), tr("In force since"), tr("Revision")});
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_tree->setMinimumHeight(160);
    layout->addWidget(m_tree, 1);
    // Long wordings are cut in the list; the selected one is shown here in full, with its history.
    m_details = paragraph(this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_details);

    layout->addSpacing(8);
    layout->addWidget(headingLabel(tr("Still working for us?"), this));
    m_lastReview = paragraph(this);
    layout->addWidget(m_lastReview);
    m_prompt = paragraph(this,
        tr("About once a month, take ten minutes together: read the agreements aloud and ask whether each one "
           "still helps you both. Change any that no longer fit; that is part of the work, not a failure."));
    layout->addWidget(m_prompt);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("A short note about this review (optional, shared with your partner)"));
    m_note->setAccessibleName(tr("Note about this review, shared with your partner"));
    m_note->setMaxLength(500);
    layout->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    m_review = new QPushButton(tr("We reviewed them today"), this);
    m_review->setAccessibleName(tr("Still working for us? We reviewed them today"));
    buttons->addWidget(m_review);
    m_openMeeting = new QPushButton(this);
    buttons->addWidget(m_openMeeting);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = paragraph(this);
    layout->addWidget(m_status);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        while (current && current->parent()) {
            current = current->parent();
        }
        m_details->setText(current ? current->data(0, Qt::UserRole).toString() : QString());
        m_details->setVisible(current != nullptr);
    });
    connect(m_review, &QPushButton::clicked, this, &AgreementsPanel::recordReview);
    connect(m_openMeeting, &QPushButton::clicked, this,
        [this] { emit openExercise(QString::fromStdString(m_reviewExerciseId)); });
}

void AgreementsPanel::clear()
{
    m_context = nullptr;
    m_tree->clear();
    m_details->clear();
    m_note->clear();
    m_status->clear();
}

void AgreementsPanel::refresh(EditorContext& context, const workbook::Dashboard& dashboard)
{
    m_context = &context;
    m_tree->clear();
    m_status->clear();
    const auto& session = context.session;
    // "You" heads a column; "you" sits inside a sentence.
    auto nameOf = [&](const std::string& id, bool inSentence = false) {
        for (const auto& p : session.partners()) {
            if (p.id == id) {
                if (p.id == session.me().id) {
                    return inSentence ? tr("you") : tr("You");
                }
                return QString::fromStdString(p.name);
            }
        }
        return tr("Unknown");
    };
    int inForce = 0;
    int waiting = 0;
    for (const auto& item : dashboard.agreements) {
        if (item.withdrawn) {
            continue;
        }
        if (!item.inForce) {
            ++waiting;
            continue;
        }
        ++inForce;
        auto* row = new QTreeWidgetItem(m_tree);
        row->setText(0, QString::fromStdString(item.text));
        row->setText(1, areaTitle(context.curriculum, item.exerciseId, item.area));
        row->setText(2, nameOf(item.proposerId));
        row->setText(3, item.acceptedAt > 0 ? dateText(item.acceptedAt) : QString());
        row->setText(4, QString::number(item.revision));
        row->setToolTip(0, row->text(0));
        QStringList details{tr("%1 (proposed by %2, in force since %3)")
                .arg(row->text(0), nameOf(item.proposerId, true), row->text(3).isEmpty() ? tr("now") : row->text(3))};
        // Newest earlier wording first, right under the current one.
        for (auto it = item.history.rbegin(); it != item.history.rend(); ++it) {
            auto* old = new QTreeWidgetItem(row);
            old->setText(0, tr("Earlier wording: %1").arg(QString::fromStdString(it->text)));
            old->setText(1, areaTitle(context.curriculum, item.exerciseId, it->area));
            old->setText(2, nameOf(it->proposerId));
            old->setText(4, QString::number(it->revision));
            old->setToolTip(0, old->text(0));
            details << tr("Revision %1, by %2: %3")
                           .arg(it->revision)
                           .arg(nameOf(it->proposerId, true), QString::fromStdString(it->text));
        }
        row->setData(0, Qt::UserRole, details.join(QLatin1Char('\n')));
    }
    m_tree->setVisible(inForce > 0);
    if (inForce > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    } else {
        m_details->setVisible(false);
    }
    m_empty->setVisible(inForce == 0);
    const QString emptyText = session.isSolo()
        ? tr("Agreements are made together, so this list fills once your partner joins and you both accept "
             "one.")
        : tr("No agreements are in force yet. When you have both accepted one (in Step 2, the pause signal or the "
             "weekly meeting), it appears here with who proposed it, when it took effect and its earlier wordings.");
    m_empty->setText(emptyText);
    m_empty->setAccessibleName(emptyText);
    m_pending->setText(waiting == 0 ? QString()
            : waiting == 1
            ? tr("One proposal is waiting to be accepted or reworded in its exercise.")
            : tr("%1 proposals are waiting to be accepted or reworded in their exercises.").arg(waiting));
    m_pending->setVisible(waiting > 0);

    // The same rule as Home's reminder (a month since the last review, or since the first
    // agreement took effect), so the two never disagree.
    const bool due = std::any_of(dashboard.reminders.begin(), dashboard.reminders.end(),
        [](const workbook::Reminder& r) { return r.kind == workbook::Reminder::Kind::AgreementReview; });
    m_lastReview->setText(dashboard.lastReviewMs == 0
            ? tr("You have not recorded a review together yet.")
            : tr("You last reviewed them together on %1.").arg(dateText(dashboard.lastReviewMs)));
    m_prompt->setVisible(due);
    m_note->setEnabled(inForce > 0 && !session.isSolo());
    m_review->setEnabled(inForce > 0 && !session.isSolo());
    m_reviewExerciseId = dashboardSources(context.curriculum).reviewExerciseId;
    const auto* meeting = context.curriculum.findExercise(m_reviewExerciseId);
    m_openMeeting->setVisible(meeting != nullptr);
    if (meeting) {
        const QString text = tr("Open %1").arg(QString::fromStdString(meeting->title));
        m_openMeeting->setText(text);
        m_openMeeting->setAccessibleName(text);
    }
}

void AgreementsPanel::recordReview()
{
    if (!m_context) {
        return;
    }
    try {
        workbook::DashboardService(m_context->session).recordAgreementReview(m_note->text().trimmed().toStdString());
        m_note->clear();
        emit reviewed();
        m_status->setText(tr("Review recorded. Your partner sees the date too."));
    } catch (const Error& e) {
        m_status->setText(tr("The review was not recorded: %1").arg(QString::fromStdString(e.what())));
    }
}

QString AgreementsPanel::reviewText() const
{
    return m_lastReview->text();
}

bool AgreementsPanel::reviewPromptShown() const
{
    return !m_prompt->isHidden();
}

QString AgreementsPanel::detailsText() const
{
    return m_details->text();
}

QString AgreementsPanel::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

} // namespace tw::app
