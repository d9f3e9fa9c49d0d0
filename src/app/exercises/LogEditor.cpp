// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogEditor.h"

#include "Confirm.h"
#include "Dates.h"
#include "FieldForm.h"
#include "Labels.h"
#include "style/Components.h"
#include "tw/base/Error.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace tw::app {
namespace {

using nlohmann::json;

QString fromJson(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

QString when(std::int64_t ms)
{
    return dayTimeText(ms);
}

// "Label: value" lines for a record, in the content's field order; unknown keys come last.
QString describe(const std::vector<content::Field>& fields, const json& values, const std::string& role)
{
    QStringList lines;
    std::set<std::string> known;
    for (const auto& field : fields) {
        known.insert(field.id);
        if (!values.contains(field.id)) {
            continue;
        }
        const json& v = values.at(field.id);
        QString text = fromJson(v);
        if (field.type == content::FieldType::Scale && v.is_number_integer()) {
            text = LogEditor::tr("%1 of 10").arg(v.get<int>());
        } else if (field.type == content::FieldType::Date) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            text = day.isValid() ? dayText(day) : text;
        }
        lines << LogEditor::tr("%1: %2").arg(QString::fromStdString(field.labelFor(role)), text);
    }
    // Fields the content no longer has stay readable under their ids: nothing written is hidden.
    for (const auto& [key, v] : values.items()) {
        if (!known.count(key)) {
            lines << LogEditor::tr("%1: %2").arg(QString::fromStdString(key), fromJson(v));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

LogEditor::LogEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : LogEditor(exercise, context, parent, Deferred{})
{
    setup({tr("Add to your log"), tr("Add to log"), tr("The log so far, newest first"),
        tr("Nothing in this log yet. What you add stays private unless you share it."),
        tr("Added to your log. It is private unless you share it."), tr("record"), true});
}

LogEditor::LogEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent, Deferred)
    : ExerciseEditor(exercise, context, parent)
{
}

void LogEditor::setup(const Wording& wording)
{
    m_wording = wording;
    m_layout->addWidget(headingLabel(wording.formTitle, this));
    m_form = new FieldForm(m_exercise.fields, today(), this, m_context.role());
    m_layout->addWidget(m_form);
    auto* row = new QHBoxLayout();
    m_submit = new QPushButton(wording.submit, this);
    m_submit->setAccessibleName(wording.submit);
    row->addWidget(m_submit);
    row->addStretch();
    m_layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));
    m_layout->addWidget(m_status);
    m_layout->addSpacing(8);
    m_layout->addWidget(headingLabel(wording.listTitle, this));
    m_empty = paragraph(wording.empty);
    m_layout->addWidget(m_empty);
    m_list = new QVBoxLayout();
    m_list->setSpacing(8);
    m_layout->addLayout(m_list);

    connect(m_form, &FieldForm::draftSaved, this, [this] { setStatus(tr("Draft kept privately until you add it.")); });
    connect(m_form, &FieldForm::draftFailed, this, [this](const QString& reason) {
        setStatus(tr("Your draft could not be saved: %1 What you typed is still here.").arg(reason));
    });
    connect(m_submit, &QPushButton::clicked, this, &LogEditor::submit);
    m_form->keepDraft(m_context, m_exercise.id);
    setStatus(m_context.session.isSolo()
            ? tr("Only you can see what you add here.")
            : tr("Private: %1 sees nothing here unless you share it.").arg(m_context.partnerName()));
    if (m_context.together()) {
        // The form holds my private draft; together time shows only what either of us shared.
        for (QWidget* w : std::initializer_list<QWidget*>{m_form, m_submit}) {
            w->hide();
        }
        if (auto* title = m_layout->itemAt(0)->widget()) {
            title->hide();
        }
        setStatus(tr("While you are both here, only what each of you shared shows."));
    }
    refresh();
}

void LogEditor::flush()
{
    if (m_form) {
        m_form->flushDraft();
    }
}

QStringList LogEditor::shownIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        ids << m_list->itemAt(i)->widget()->objectName();
    }
    return ids;
}

QWidget* LogEditor::chainAfter(QWidget* previous, QWidget* card)
{
    for (auto* w : card->findChildren<QWidget*>()) {
        if (w->focusPolicy() != Qt::NoFocus) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
    return previous;
}

void LogEditor::reveal(QWidget* widget)
{
    widget->setFocus();
    QTimer::singleShot(0, widget, [widget] {
        for (QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(p)) {
                area->ensureWidgetVisible(widget);
                return;
            }
        }
    });
}

void LogEditor::submit()
{
    if (m_wording.needsWriting && !m_form->hasWriting()) {
        setStatus(tr("Write or choose something first; nothing was added."));
        reveal(m_form->firstInput());
        return;
    }
    try {
        add(m_form->values().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } catch (const Error& e) {
        setStatus(tr("Not added: %1 What you wrote is still here.").arg(QString::fromStdString(e.what())));
        return;
    }
    QString done = m_wording.added;
    try {
        m_form->clearDraft();
    } catch (const Error&) {
        // The record is safe; only the draft copy of its text is left behind.
        done += QLatin1Char(' ') + tr("The form could not be emptied in your drafts and may show this text again.");
    }
    m_form->reset();
    refresh();
    setStatus(done);
    // The new record, newest and so first, takes the focus: a screen reader reads it back as the
    // confirmation, and everyone sees where it went.
    if (auto* body
        = m_list->count() ? m_list->itemAt(0)->widget()->findChild<QLabel*>(QStringLiteral("body")) : nullptr) {
        reveal(body);
    }
}

void LogEditor::refresh()
{
    // Later, not now: the click that asked for this refresh may come from a button on a card.
    while (QLayoutItem* item = m_list->takeAt(0)) {
        item->widget()->hide();
        item->widget()->setParent(nullptr);
        item->widget()->deleteLater();
        delete item;
    }
    std::vector<workbook::Record> records;
    try {
        records = load();
    } catch (const Error& e) {
        setStatus(tr("This list could not be read: %1").arg(QString::fromStdString(e.what())));
    }
    QWidget* previous = m_submit;
    const auto& me = m_context.session.me().id;
    if (m_context.together()) {
        records.erase(std::remove_if(records.begin(), records.end(),
                          [&me](const workbook::Record& r) {
                              return r.authorId == me && r.visibility != workbook::Visibility::Shared;
                          }),
            records.end());
    }
    for (auto it = records.rbegin(); it != records.rend(); ++it) {
        QFrame* card = makeCard(*it);
        m_list->addWidget(card);
        previous = chainAfter(previous, card);
    }
    std::vector<workbook::Record> mine;
    std::copy_if(records.begin(), records.end(), std::back_inserter(mine),
        [this](const workbook::Record& r) { return r.authorId == m_context.session.me().id; });
    m_empty->setVisible(records.empty());
    refreshed(mine);
}

QFrame* LogEditor::makeCard(const workbook::Record& record)
{
    auto* card = new QFrame(this);
    card->setObjectName(QString::fromStdString(record.id));
    card->setProperty("card", mineCardKind(record));
    const bool mine = record.authorId == m_context.session.me().id;
    const QString at = when(record.createdAt);
    card->setAccessibleName(tr("%1 from %2").arg(m_wording.record, at));
    auto* layout = new QVBoxLayout(card);
    auto* title = new QLabel(mine ? at : tr("Shared by %1, %2").arg(m_context.partnerName(), at), card);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    const json values = json::parse(record.fieldsJson, nullptr, false);
    auto* body
        = new QLabel(describe(m_exercise.fields, values.is_object() ? values : json::object(), m_context.role()), card);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Reachable with Tab, so a screen reader user hears each record before its buttons.
    body->setFocusPolicy(Qt::TabFocus);
    body->setObjectName(QStringLiteral("body"));
    layout->addWidget(body);
    if (!mine || m_context.together()) {
        return card;
    }

    auto* visibility = new QLabel(card);
    visibility->setObjectName(QStringLiteral("visibility"));
    visibility->setVisible(!m_context.session.isSolo());
    layout->addWidget(visibility);
    auto* buttons = new QHBoxLayout();
    auto* share = new QPushButton(card);
    share->setObjectName(QStringLiteral("share"));
    share->setVisible(!m_context.session.isSolo());
    auto* deleteButton = new QPushButton(tr("Delete…"), card);
    deleteButton->setObjectName(QStringLiteral("delete"));
    deleteButton->setAccessibleName(tr("Delete the %1 from %2").arg(m_wording.record, at));
    buttons->addWidget(share);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    // Deleting asks in place rather than in a pop-up: calmer, and the answer stays next to the record.
    auto* confirm = new QWidget(card);
    confirm->setObjectName(QStringLiteral("confirm"));
    auto* confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    auto* question
        = new QLabel(tr("Delete this %1 for good? It cannot be brought back.").arg(m_wording.record), confirm);
    question->setWordWrap(true);
    confirmLayout->addWidget(question);
    auto* confirmButtons = new QHBoxLayout();
    auto* yes = new QPushButton(tr("Delete for good"), confirm);
    yes->setObjectName(QStringLiteral("confirm-delete"));
    style::makeDanger(yes);
    yes->setAccessibleName(tr("Delete the %1 from %2 for good").arg(m_wording.record, at));
    auto* keep = new QPushButton(tr("Keep it"), confirm);
    keep->setObjectName(QStringLiteral("keep"));
    keep->setAccessibleName(tr("Keep the %1 from %2").arg(m_wording.record, at));
    confirmButtons->addWidget(yes);
    confirmButtons->addWidget(keep);
    confirmButtons->addStretch();
    confirmLayout->addLayout(confirmButtons);
    confirm->hide();
    layout->addWidget(confirm);

    card->setProperty("shared", record.visibility == workbook::Visibility::Shared);
    const std::string id = record.id;
    connect(share, &QPushButton::clicked, this, [this, card, id] { toggleShare(card, id); });
    connect(deleteButton, &QPushButton::clicked, this, [confirm, keep] {
        confirm->show();
        keep->setFocus(); // the safe answer is the one under the cursor
    });
    connect(keep, &QPushButton::clicked, this, [confirm, deleteButton] {
        confirm->hide();
        deleteButton->setFocus();
    });
    connect(yes, &QPushButton::clicked, this, [this, id] { remove(id); });
    toggleShare(card, std::string()); // only labels the button and the visibility line
    return card;
}

QString LogEditor::mineCardKind(const workbook::Record& record) const
{
    // The other partner's words in the partner's card colour, mine in the plain one.
    return record.authorId == m_context.session.me().id ? QStringLiteral("true") : QStringLiteral("partner");
}

void LogEditor::toggleShare(QFrame* card, const std::string& id)
{
    bool shared = card->property("shared").toBool();
    if (!id.empty() && shared) {
        // Stopping is asked once: the partner loses what they could read.
        confirm(card, tr("Stop sharing?"),
            tr("%1 will no longer see this %2 in Trustwork. They may remember what they read.")
                .arg(m_context.partnerName(), m_wording.record),
            tr("Stop sharing"), tr("Keep sharing"), [this, card, id] { setShared(card, id); });
        return;
    }
    setShared(card, id);
}

void LogEditor::setShared(QFrame* card, const std::string& id)
{
    bool shared = card->property("shared").toBool();
    if (!id.empty()) {
        try {
            const auto next = shared ? workbook::Visibility::Private : workbook::Visibility::Shared;
            m_context.session.setVisibility(id, next);
            shared = !shared;
            setStatus(shared ? tr("Shared with %1.").arg(m_context.partnerName())
                             : tr("Private again. %1 may remember what they read.").arg(m_context.partnerName()));
        } catch (const Error& e) {
            setStatus(tr("Sharing did not change: %1").arg(QString::fromStdString(e.what())));
        }
    }
    card->setProperty("shared", shared);
    const QString at = card->accessibleName();
    card->findChild<QLabel*>(QStringLiteral("visibility"))
        ->setText(shared ? tr("Shared with %1").arg(m_context.partnerName()) : tr("Private: only you can see it"));
    auto* button = card->findChild<QPushButton*>(QStringLiteral("share"));
    button->setText(shared ? tr("Stop sharing") : tr("Share with %1").arg(m_context.partnerName()));
    button->setAccessibleName(
        shared ? tr("Stop sharing this %1").arg(at) : tr("Share this %1 with %2").arg(at, m_context.partnerName()));
}

void LogEditor::remove(const std::string& id)
{
    try {
        m_context.session.deleteEntry(id);
    } catch (const Error& e) {
        setStatus(tr("Not deleted: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    refresh();
    setStatus(tr("Deleted."));
    reveal(m_submit);
}

} // namespace tw::app
