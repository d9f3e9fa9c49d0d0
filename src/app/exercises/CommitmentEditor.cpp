// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitmentEditor.h"

#include "Confirm.h"
#include "Dates.h"
#include "FieldForm.h"
#include "Labels.h"
#include "LogEditor.h"
#include "style/Components.h"
#include "tw/base/Error.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

using nlohmann::json;
using workbook::CommitmentOutcome;

void clearLayout(QVBoxLayout* layout)
{
    // Later, not now: the click that asked for this refresh may come from a button on a card.
    while (QLayoutItem* item = layout->takeAt(0)) {
        item->widget()->hide();
        item->widget()->setParent(nullptr);
        item->widget()->deleteLater();
        delete item;
    }
}

} // namespace

CommitmentEditor::CommitmentEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    for (const QString& part : context.text(exercise.guidance).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        m_layout->addWidget(paragraph(part));
    }
    if (!exercise.commitmentExamples.empty()) {
        m_layout->addWidget(headingLabel(tr("For example"), this));
        for (const auto& example : exercise.commitmentExamples) {
            m_layout->addWidget(paragraph(tr("• %1").arg(context.text(example))));
        }
    }
    m_formTitle = headingLabel(QString(), this);
    m_layout->addWidget(m_formTitle);
    m_fields = {{"what", tr("What I will do").toStdString(), content::FieldType::Text, {}, {}, {}},
        {"due", tr("By").toStdString(), content::FieldType::Date, {}, {}, {}}};
    // A week ahead: close enough to stay real, far enough to be kept.
    m_form = new FieldForm(m_fields, today().addDays(7), this);
    m_form->allowNoDate("due", tr("No date"), tr("No date for this commitment"));
    m_form->input("due")->setAccessibleName(tr("By this date"));
    m_layout->addWidget(m_form);
    m_changeNote = paragraph(QString());
    m_layout->addWidget(m_changeNote);
    auto* buttons = new QHBoxLayout();
    m_submit = new QPushButton(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel changing this commitment"));
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    m_layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));
    m_layout->addWidget(m_status);
    m_layout->addSpacing(8);
    m_layout->addWidget(headingLabel(tr("My commitments"), this));
    m_mineEmpty = paragraph(tr("None yet. Each commitment stays private until you share it."));
    m_layout->addWidget(m_mineEmpty);
    m_mine = new QVBoxLayout();
    m_layout->addLayout(m_mine);
    m_theirsTitle = headingLabel(tr("Shared by %1").arg(context.partnerName()), this);
    m_layout->addWidget(m_theirsTitle);
    m_theirs = new QVBoxLayout();
    m_layout->addLayout(m_theirs);

    connect(m_form, &FieldForm::draftSaved, this, [this] { setStatus(tr("Draft kept privately until you add it.")); });
    connect(m_form, &FieldForm::draftFailed, this, [this](const QString& reason) {
        setStatus(tr("Your draft could not be saved: %1 What you typed is still here.").arg(reason));
    });
    connect(m_submit, &QPushButton::clicked, this, &CommitmentEditor::submit);
    connect(m_cancel, &QPushButton::clicked, this, &CommitmentEditor::endChange);

    m_form->keepDraft(context, exercise.id);
    endChange();
    if (context.together()) {
        // The form is my private draft; together time shows only shared commitments, to read.
        for (QWidget* w : std::initializer_list<QWidget*>{m_formTitle, m_form, m_submit, m_cancel, m_changeNote}) {
            w->hide();
        }
    }
    setStatus(context.session.isSolo()
            ? tr("Only you can see your commitments.")
            : tr("Private: %1 sees a commitment only if you share it.").arg(context.partnerName()));
    refresh();
}

void CommitmentEditor::flush()
{
    m_form->flushDraft();
}

void CommitmentEditor::endChange()
{
    // Only a new commitment is drafted: changes to an existing one are saved by the explicit button.
    m_changing.clear();
    m_form->pauseDraft(false);
    m_form->restoreDraft();
    m_formTitle->setText(tr("Make a commitment"));
    m_submit->setText(tr("Add this commitment"));
    m_submit->setAccessibleName(tr("Add this commitment"));
    m_cancel->hide();
    m_changeNote->hide();
}

void CommitmentEditor::startChange(const workbook::Commitment& commitment)
{
    m_form->pauseDraft(true);
    m_changing = commitment.id;
    json values = {{"what", commitment.what}};
    if (!commitment.due.empty()) {
        values["due"] = commitment.due;
    }
    m_form->reset();
    m_form->setValues(values);
    m_formTitle->setText(tr("Change this commitment"));
    m_submit->setText(tr("Save changes"));
    m_submit->setAccessibleName(tr("Save changes to this commitment"));
    m_cancel->show();
    m_changeNote->setText(tr("%1 can see this commitment. If they confirmed it, they are asked to confirm the new "
                             "wording again.")
            .arg(m_context.partnerName()));
    m_changeNote->setVisible(commitment.visibility == workbook::Visibility::Shared);
    LogEditor::reveal(m_form->firstInput());
}

void CommitmentEditor::submit()
{
    const json values = m_form->values();
    if (!m_form->hasWriting()) {
        setStatus(tr("Write what you will do first; nothing was saved."));
        LogEditor::reveal(m_form->firstInput());
        return;
    }
    const std::string what = values.value("what", std::string());
    const std::string due = values.value("due", std::string());
    const bool adding = m_changing.empty();
    std::string id = m_changing;
    try {
        workbook::EntryService service(m_context.session);
        if (adding) {
            id = service.addCommitment(m_exercise.id, what, due);
        } else {
            service.reviseCommitment(id, what, due);
        }
    } catch (const Error& e) {
        setStatus(tr("Not saved: %1 What you wrote is still here.").arg(QString::fromStdString(e.what())));
        return;
    }
    QString done = adding ? tr("Commitment added. It is private until you share it.") : tr("Changes saved.");
    if (adding) {
        try {
            m_form->clearDraft();
        } catch (const Error&) {
            // The commitment is saved; only its draft copy is left behind.
            done += QLatin1Char(' ') + tr("The form could not be emptied in your drafts and may show this text again.");
        }
    }
    endChange();
    refresh(id);
    setStatus(done);
}

void CommitmentEditor::refresh(const std::string& focusId)
{
    clearLayout(m_mine);
    clearLayout(m_theirs);
    std::vector<workbook::Commitment> all;
    try {
        all = workbook::EntryService(m_context.session).commitments(m_exercise.id);
    } catch (const Error& e) {
        setStatus(tr("Your commitments could not be read: %1").arg(QString::fromStdString(e.what())));
    }
    // Newest first, with the open ones on top: they are the ones still to act on.
    std::reverse(all.begin(), all.end());
    if (m_context.together()) {
        all.erase(std::remove_if(all.begin(), all.end(),
                      [](const workbook::Commitment& c) { return c.visibility != workbook::Visibility::Shared; }),
            all.end());
    }
    std::stable_partition(
        all.begin(), all.end(), [](const workbook::Commitment& c) { return c.outcome == CommitmentOutcome::Open; });
    // Mine come first on the page, so they take the tab order first, right after the form.
    QWidget* previous = m_cancel;
    for (const bool mine : {true, false}) {
        for (const auto& c : all) {
            if ((c.ownerId == m_context.session.me().id) == mine) {
                QFrame* card = makeCard(c);
                (mine ? m_mine : m_theirs)->addWidget(card);
                previous = LogEditor::chainAfter(previous, card);
            }
        }
    }
    m_mineEmpty->setVisible(m_mine->count() == 0);
    m_theirsTitle->setVisible(m_theirs->count() > 0);
    if (auto* focus = focusId.empty() ? nullptr : card(focusId)) {
        LogEditor::reveal(focus->findChild<QLabel*>(QStringLiteral("what")));
    }
}

QString CommitmentEditor::describe(const workbook::Commitment& c) const
{
    const bool mine = c.ownerId == m_context.session.me().id;
    const QDate due = QDate::fromString(QString::fromStdString(c.due), Qt::ISODate);
    QStringList parts;
    parts << (due.isValid() ? tr("By %1").arg(dayText(due)) : tr("No date"));
    switch (c.outcome) {
    case CommitmentOutcome::Open:
        parts << (due.isValid() && due < today() ? tr("Overdue: the date has passed and it is still open")
                                                 : tr("Open"));
        break;
    case CommitmentOutcome::Kept:
        parts << tr("Kept");
        break;
    case CommitmentOutcome::Missed:
        parts << tr("Missed");
        break;
    }
    if (c.confirmedByPartner) {
        parts << (mine ? tr("Confirmed by %1").arg(m_context.partnerName()) : tr("You confirmed this"));
    }
    if (mine && !m_context.session.isSolo()) {
        parts << (c.visibility == workbook::Visibility::Shared ? tr("Shared with %1").arg(m_context.partnerName())
                                                               : tr("Private"));
    }
    return parts.join(tr(" · "));
}

QFrame* CommitmentEditor::makeCard(const workbook::Commitment& c)
{
    const bool mineCard = c.ownerId == m_context.session.me().id;
    auto* card = style::card(this, mineCard ? style::CardKind::Plain : style::CardKind::Partner);
    card->setObjectName(QString::fromStdString(c.id));
    const QString what = QString::fromStdString(c.what);
    card->setAccessibleName(tr("Commitment: %1").arg(what.left(80)));
    auto* layout = style::cardLayout(card);
    auto* text = new QLabel(what, card);
    text->setObjectName(QStringLiteral("what"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setFocusPolicy(Qt::TabFocus); // so a screen reader user hears it before its buttons
    layout->addWidget(text);
    auto* state = new QLabel(describe(c), card);
    state->setObjectName(QStringLiteral("status"));
    state->setWordWrap(true);
    layout->addWidget(state);
    // Two short rows rather than one long one, so the buttons fit beside large text.
    auto* buttons = new QHBoxLayout();
    layout->addLayout(buttons);
    const auto button
        = [&](const char* name, const QString& label, const QString& accessible, auto&& action, const QString& done) {
              auto* b = new QPushButton(label, card);
              b->setObjectName(QString::fromLatin1(name));
              b->setAccessibleName(accessible.arg(what.left(60)));
              connect(b, &QPushButton::clicked, this, [this, id = c.id, action, done] { act(id, action, done); });
              buttons->addWidget(b);
              return b;
          };
    using Service = workbook::EntryService;
    const std::string id = c.id;
    if (m_context.together()) {
        // To read together; each acts on their own commitments on their own.
    } else if (c.ownerId == m_context.session.me().id) {
        if (c.outcome == CommitmentOutcome::Open) {
            button(
                "kept", tr("Kept"), tr("Mark as kept: %1"),
                [id](Service& s) { s.markOutcome(id, CommitmentOutcome::Kept); }, tr("Marked as kept."));
            button(
                "missed", tr("Missed"), tr("Mark as missed: %1"),
                [id](Service& s) { s.markOutcome(id, CommitmentOutcome::Missed); },
                tr("Marked as missed. Naming a miss openly is part of rebuilding trust too."));
        } else {
            button(
                "reopen", tr("Reopen"), tr("Reopen: %1"),
                [id](Service& s) { s.markOutcome(id, CommitmentOutcome::Open); }, tr("Open again."));
        }
        buttons->addStretch();
        buttons = new QHBoxLayout();
        layout->addLayout(buttons);
        auto* change = new QPushButton(tr("Change…"), card);
        change->setObjectName(QStringLiteral("change"));
        change->setAccessibleName(tr("Change: %1").arg(what.left(60)));
        connect(change, &QPushButton::clicked, this, [this, c] { startChange(c); });
        buttons->addWidget(change);
        if (!m_context.session.isSolo()) {
            const bool shared = c.visibility == workbook::Visibility::Shared;
            const auto next = shared ? workbook::Visibility::Private : workbook::Visibility::Shared;
            auto* share = button(
                "share", shared ? tr("Stop sharing") : tr("Share with %1").arg(m_context.partnerName()),
                shared ? tr("Stop sharing: %1") : tr("Share with your partner: %1"),
                [this, id, next](Service&) { m_context.session.setVisibility(id, next); },
                shared ? tr("Private again. %1 may remember what they read.").arg(m_context.partnerName())
                       : tr("Shared with %1.").arg(m_context.partnerName()));
            if (shared) {
                // Stopping is asked once: the partner loses what they could read.
                share->disconnect(this);
                connect(share, &QPushButton::clicked, this, [this, share, id, next] {
                    confirm(share, tr("Stop sharing?"),
                        tr("%1 will no longer see this commitment in Trustwork. They may remember what they read.")
                            .arg(m_context.partnerName()),
                        tr("Stop sharing"), tr("Keep sharing"), [this, id, next] {
                            act(
                                id, [this, id, next](Service&) { m_context.session.setVisibility(id, next); },
                                tr("Private again. %1 may remember what they read.").arg(m_context.partnerName()));
                        });
                });
            }
        }
    } else if (c.outcome != CommitmentOutcome::Open && !c.confirmedByPartner) {
        const int revision = c.revision;
        button(
            "confirm", c.outcome == CommitmentOutcome::Kept ? tr("Confirm it was kept") : tr("Confirm it was missed"),
            tr("Confirm: %1"), [id, revision](Service& s) { s.confirm(id, revision); }, tr("Confirmed."));
    }
    buttons->addStretch();
    return card;
}

void CommitmentEditor::act(
    const std::string& id, const std::function<void(workbook::EntryService&)>& action, const QString& done)
{
    try {
        workbook::EntryService service(m_context.session);
        action(service);
        setStatus(done);
    } catch (const Error& e) {
        setStatus(tr("Nothing changed: %1").arg(QString::fromStdString(e.what())));
    }
    refresh(id);
}

} // namespace tw::app
