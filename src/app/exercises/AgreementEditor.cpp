// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgreementEditor.h"

#include "Confirm.h"
#include "Dates.h"
#include "Labels.h"
#include "style/Components.h"
#include "style/Metrics.h"
#include "tw/base/Error.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

using Service = workbook::AgreementService;
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

QString quoted(const std::string& text)
{
    QString q = QString::fromStdString(text);
    return AgreementEditor::tr("\u201c%1\u201d").arg(q.length() > 70 ? q.left(68) + QStringLiteral("\u2026") : q);
}

QPushButton* button(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace

AgreementEditor::AgreementEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    if (exercise.reviewDays) {
        m_layout->addWidget(paragraph(tr("Review together every %n day(s).", nullptr, *exercise.reviewDays)));
    }
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status of your last change"));

    m_layout->addSpacing(8);
    m_layout->addWidget(boldLabel(tr("Propose an item"), this, 1.1));
    m_layout->addWidget(paragraph(context.session.isSolo()
            ? tr("You can write items down now. They come into force once your partner joins this workbook and "
                 "accepts them.")
            : tr("These agreements are shared: %1 sees every item you propose here. An item is in force once you have "
                 "both accepted its current wording; any new wording needs both of you again.")
                  .arg(context.partnerName())));
    auto* form = new QFormLayout();
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_area = new QComboBox(this);
    m_area->setAccessibleName(tr("Area"));
    fillAreas(m_area, {});
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_text->setAccessibleName(tr("Wording of the item"));
    form->addRow(tr("Ar&ea:"), m_area);
    form->addRow(tr("Wor&ding:"), m_text);
    m_layout->addLayout(form);
    // Mnemonics avoid the toolbar's (Pause, Lock, Add partner, Settings, Switch, Quick exit, Home).
    m_propose = button(tr("P&ropose"), tr("Propose this item"), this);
    connect(m_propose, &QPushButton::clicked, this, &AgreementEditor::propose);
    connect(m_area, &QComboBox::currentIndexChanged, this, &AgreementEditor::showExamples);
    auto* footer = new QHBoxLayout();
    footer->addWidget(m_propose, 0, Qt::AlignTop);
    footer->addWidget(m_status, 1);
    m_layout->addLayout(footer);
    showExamples();
    refresh();
}

void AgreementEditor::fillAreas(QComboBox* combo, const std::string& selected) const
{
    for (const auto& area : m_exercise.areas) {
        combo->addItem(QString::fromStdString(area.title), QString::fromStdString(area.id));
    }
    const int index = combo->findData(QString::fromStdString(selected));
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!selected.empty()) {
        // An area the content no longer has: keep it selectable so revising does not move the item.
        combo->addItem(tr("Other"), QString::fromStdString(selected));
        combo->setCurrentIndex(combo->count() - 1);
    }
}

void AgreementEditor::showExamples()
{
    const auto index = static_cast<std::size_t>(std::max(0, m_area->currentIndex()));
    QStringList lines;
    if (index < m_exercise.areas.size()) {
        for (const auto& example : m_exercise.areas[index].examples) {
            lines << QStringLiteral("\u2022 ") + QString::fromStdString(example);
        }
    }
    const QString text = lines.isEmpty() ? QString() : tr("For example:\n%1").arg(lines.join(QLatin1Char('\n')));
    m_text->setPlaceholderText(text);
    m_text->setAccessibleDescription(text);
}

QString AgreementEditor::nameOf(const std::string& partnerId) const
{
    if (partnerId == m_context.session.me().id) {
        return tr("you");
    }
    for (const auto& p : m_context.session.partners()) {
        if (p.id == partnerId) {
            return QString::fromStdString(p.name);
        }
    }
    return tr("a former partner");
}

QString AgreementEditor::statusLine(const workbook::AgreementItem& item) const
{
    if (item.withdrawn) {
        return tr("Withdrawn by %1. Kept here so the history stays readable.").arg(nameOf(item.proposerId));
    }
    if (item.inForce) {
        const QString since = dayText(item.acceptedAt);
        const bool due
            = m_exercise.reviewDays && m_context.session.nowMs() - item.acceptedAt > *m_exercise.reviewDays * kDayMs;
        return due ? tr("In force since %1. Due for a review together.").arg(since)
                   : tr("In force since %1.").arg(since);
    }
    if (m_context.session.isSolo()) {
        return tr("Comes into force once your partner joins and accepts it.");
    }
    const auto& me = m_context.session.me().id;
    const bool iAccepted = std::find(item.acceptedBy.begin(), item.acceptedBy.end(), me) != item.acceptedBy.end();
    return iAccepted ? tr("Waiting for %1 to accept.").arg(m_context.partnerName()) : tr("Waiting for you to accept.");
}

void AgreementEditor::refresh()
{
    // The button that asked for this refresh lives in the old list, so the list is swapped out and
    // deleted later, never under the button's own click handler.
    auto* fresh = new QWidget(this);
    if (m_list) {
        m_layout->replaceWidget(m_list, fresh);
        m_list->hide();
        m_list->setParent(nullptr);
        m_list->deleteLater();
    } else {
        m_layout->insertWidget(m_exercise.reviewDays ? 1 : 0, fresh);
    }
    m_list = fresh;
    m_cards.clear();
    auto* layout = new QVBoxLayout(m_list);
    layout->setContentsMargins(0, 0, 0, 0);
    std::vector<workbook::AgreementItem> items;
    try {
        items = Service(m_context.session).items(m_exercise.id);
    } catch (const Error& e) {
        layout->addWidget(paragraph(tr("The agreements could not be read: %1").arg(QString::fromStdString(e.what()))));
        return;
    }
    const auto known = [this](const std::string& id) {
        return std::any_of(m_exercise.areas.begin(), m_exercise.areas.end(), [&](const auto& a) { return a.id == id; });
    };
    std::vector<std::pair<std::string, QString>> groups;
    for (const auto& area : m_exercise.areas) {
        groups.emplace_back(area.id, QString::fromStdString(area.title));
    }
    if (std::any_of(items.begin(), items.end(), [&](const auto& i) { return !known(i.area); })) {
        groups.emplace_back(std::string(), tr("Other items"));
    }
    for (const auto& [areaId, title] : groups) {
        layout->addSpacing(6);
        layout->addWidget(boldLabel(title, m_list, 1.1));
        int count = 0;
        for (const auto& item : items) {
            if (areaId.empty() ? !known(item.area) : item.area == areaId) {
                layout->addWidget(itemCard(item));
                ++count;
            }
        }
        if (count == 0) {
            layout->addWidget(paragraph(tr("Nothing proposed yet.")));
        }
    }
    // New cards join the end of the focus chain; Tab should meet them where they are seen, before the form.
    QWidget* previous = m_area->previousInFocusChain();
    for (auto* w : m_list->findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QPlainTextEdit*>(w)) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    QWidget::setTabOrder(previous, m_area);
}

QWidget* AgreementEditor::itemCard(const workbook::AgreementItem& item)
{
    auto* card = new QFrame(m_list);
    card->setFrameShape(QFrame::StyledPanel);
    m_cards[item.id] = card;
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 10);
    auto* text = paragraph(QString::fromStdString(item.text));
    text->setEnabled(!item.withdrawn);
    layout->addWidget(text);
    const QString who = item.revision > 1
        ? tr("Version %1, worded by %2.").arg(item.revision).arg(nameOf(item.proposerId))
        : tr("Proposed by %1.").arg(nameOf(item.proposerId));
    layout->addWidget(paragraph(who));
    layout->addWidget(boldLabel(statusLine(item), card));

    const auto& me = m_context.session.me().id;
    const bool mine = item.proposerId == me;
    const bool iAccepted = std::find(item.acceptedBy.begin(), item.acceptedBy.end(), me) != item.acceptedBy.end();
    const QString name = quoted(item.text);
    auto* buttons = new QHBoxLayout();
    // While both are here, each accepts as themselves, with their own session and signature.
    std::vector<workbook::Session*> actors{&m_context.session};
    if (m_context.together()) {
        actors.push_back(m_context.companion);
    }
    for (auto* actor : actors) {
        const auto& id = actor->me().id;
        const bool accepted = std::find(item.acceptedBy.begin(), item.acceptedBy.end(), id) != item.acceptedBy.end();
        if (item.withdrawn || accepted || m_context.session.isSolo()) {
            continue;
        }
        const QString actorName = QString::fromStdString(actor->me().name);
        auto* accept = m_context.together()
            ? button(tr("Accept as %1").arg(actorName), tr("%1 accepts %2").arg(actorName, name), card)
            : button(tr("Accept"), tr("Accept %1").arg(name), card);
        if (m_context.together() || actors.size() == 1) {
            style::makePrimary(accept);
        }
        connect(accept, &QPushButton::clicked, this, [this, actor, actorName, id = item.id, revision = item.revision] {
            act(
                *actor,
                [&](Service& s) {
                    s.accept(id, revision);
                    return id;
                },
                m_context.together() ? tr("Accepted by %1.").arg(actorName) : tr("Accepted."));
        });
        buttons->addWidget(accept);
    }
    auto* revise = button(item.withdrawn ? tr("Propose again") : tr("Revise"),
        (item.withdrawn ? tr("Propose again %1") : tr("Revise %1")).arg(name), card);
    buttons->addWidget(revise);
    if (!item.withdrawn && (mine || iAccepted)) {
        auto* withdraw = button(mine ? tr("Withdraw") : tr("Withdraw my acceptance"),
            (mine ? tr("Withdraw %1") : tr("Withdraw my acceptance of %1")).arg(name), card);
        style::makeDanger(withdraw);
        connect(withdraw, &QPushButton::clicked, this, [this, withdraw, id = item.id, mine] {
            // Asked first: a withdrawal takes the item out of force for both of you.
            confirm(withdraw, mine ? tr("Withdraw this item?") : tr("Withdraw your acceptance?"),
                mine ? tr("It stops being in force for both of you and stays in the history. %1 sees that you withdrew "
                          "it.")
                           .arg(m_context.partnerName())
                     : tr("The item is no longer in force until you accept it again. %1 sees that you withdrew your "
                          "acceptance.")
                           .arg(m_context.partnerName()),
                mine ? tr("Withdraw") : tr("Withdraw my acceptance"), tr("Keep it"), [this, id, mine] {
                    act(
                        [&](Service& s) {
                            s.withdraw(id);
                            return id;
                        },
                        mine ? tr("Withdrawn. It stays in the history.")
                             : tr("Your acceptance is withdrawn, so the item is not in force."));
                });
        });
        buttons->addWidget(withdraw);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    if (!item.history.empty()) {
        auto* toggle = new QToolButton(card);
        toggle->setText(tr("%n earlier wording(s)", nullptr, static_cast<int>(item.history.size())));
        toggle->setAccessibleName(tr("Earlier wording of %1").arg(name));
        toggle->setCheckable(true);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        auto* history = new QWidget(card);
        auto* list = new QVBoxLayout(history);
        list->setContentsMargins(18, 0, 0, 0);
        for (const auto& old : item.history) {
            list->addWidget(paragraph(tr("Version %1, by %2: %3")
                    .arg(old.revision)
                    .arg(nameOf(old.proposerId), QString::fromStdString(old.text))));
        }
        history->hide();
        connect(toggle, &QToolButton::toggled, history, [toggle, history](bool open) {
            history->setVisible(open);
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        });
        layout->addWidget(toggle, 0, Qt::AlignLeft);
        layout->addWidget(history);
    }
    addEditForm(card, revise, item);
    return card;
}

void AgreementEditor::addEditForm(QWidget* card, QPushButton* revise, const workbook::AgreementItem& item)
{
    auto* edit = new QWidget(card);
    auto* layout = new QVBoxLayout(edit);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(paragraph(tr("A new wording needs to be accepted again by both of you.")));
    auto* area = new QComboBox(edit);
    area->setAccessibleName(tr("Area of the new wording"));
    fillAreas(area, item.area);
    auto* text = new QPlainTextEdit(QString::fromStdString(item.text), edit);
    text->setTabChangesFocus(true);
    text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5 + 12); // a wording is a sentence or two
    text->setAccessibleName(tr("New wording"));
    auto* row = new QHBoxLayout();
    auto* save = button(tr("Save new wording"), tr("Save new wording"), edit);
    auto* cancel = button(tr("Cancel"), tr("Cancel the new wording"), edit);
    row->addWidget(save);
    row->addWidget(cancel);
    row->addStretch();
    layout->addWidget(area);
    layout->addWidget(text);
    layout->addLayout(row);
    card->layout()->addWidget(edit);
    edit->hide();
    connect(revise, &QPushButton::clicked, edit, [edit, text] {
        edit->show();
        text->setFocus(Qt::OtherFocusReason);
    });
    connect(cancel, &QPushButton::clicked, edit, [edit, revise] {
        edit->hide();
        revise->setFocus(Qt::OtherFocusReason);
    });
    connect(save, &QPushButton::clicked, this, [this, id = item.id, area, text] {
        const std::string areaId = area->currentData().toString().toStdString();
        const std::string wording = text->toPlainText().trimmed().toStdString();
        act([&](Service& s) { return s.revise(id, areaId, wording); },
            tr("New wording saved. It is in force again once you have both accepted it."));
    });
}

void AgreementEditor::propose()
{
    const std::string wording = m_text->toPlainText().trimmed().toStdString();
    if (wording.empty()) {
        m_status->setText(tr("Write the item first, then propose it."));
        m_text->setFocus(Qt::OtherFocusReason);
        return;
    }
    const std::string area = m_area->currentData().toString().toStdString();
    const bool ok = act([&](Service& s) { return s.propose(m_exercise.id, area, wording); },
        m_context.session.isSolo() ? tr("Written down. It comes into force once your partner joins and accepts it.")
                                   : tr("Proposed. It is in force once %1 accepts it.").arg(m_context.partnerName()));
    if (ok) {
        m_text->clear();
    }
}

bool AgreementEditor::act(const std::function<std::string(Service&)>& action, const QString& done)
{
    return act(m_context.session, action, done);
}

bool AgreementEditor::act(
    workbook::Session& actor, const std::function<std::string(Service&)>& action, const QString& done)
{
    std::string focusId;
    bool ok = true;
    try {
        Service service(actor);
        focusId = action(service);
        m_status->setText(done);
    } catch (const Error& e) {
        ok = false;
        m_status->setText(tr("That did not work: %1").arg(QString::fromStdString(e.what())));
    }
    refresh();
    emit answered();
    // The list was rebuilt; keep keyboard focus on the item just acted on rather than losing it.
    if (auto* c = card(focusId)) {
        if (auto* first = c->findChild<QPushButton*>()) {
            first->setFocus(Qt::OtherFocusReason);
        }
    }
    return ok;
}

QString AgreementEditor::statusText() const
{
    return m_status->text();
}

QWidget* AgreementEditor::card(const std::string& itemId) const
{
    const auto it = m_cards.find(itemId);
    return it == m_cards.end() ? nullptr : it->second;
}

} // namespace tw::app
