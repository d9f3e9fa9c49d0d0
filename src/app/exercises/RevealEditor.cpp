// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevealEditor.h"

#include "Autosave.h"
#include "Labels.h"
#include "ReflectionEditor.h"
#include "SharedAnswerCard.h"
#include "style/Components.h"
#include "style/Metrics.h"
#include "tw/base/Error.h"
#include "tw/workbook/RevealService.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app {
namespace {

/** The text for one prompt; answers nest under "prompts", but a flat object is read as well. */
QString promptText(const std::string& answerJson, const std::string& promptId)
{
    const auto answer = nlohmann::json::parse(answerJson, nullptr, false);
    if (!answer.is_object()) {
        return {};
    }
    const auto nested = answer.find("prompts");
    const auto& prompts = nested != answer.end() && nested->is_object() ? *nested : answer;
    const auto it = prompts.find(promptId);
    return it != prompts.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

RevealEditor::RevealEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent, true)
{
    const QString partner = context.partnerName();
    if (context.together()) {
        // Both partners are looking: answers appear only once both are given, never a draft.
        workbook::RevealService(*context.companion).publishPending();
        workbook::RevealService(context.session).publishPending();
    }
    m_intro = paragraph(context.session.isSolo()
            ? tr("Your answer is saved privately as you write. When it says what you mean, choose \u201cMy answer is "
                 "ready\u201d. If your partner joins this workbook later and answers too, you will see your answers "
                 "side by side.")
            : tr("Your answer is saved privately as you write; %1 cannot read it. When you choose \u201cMy answer "
                 "is ready\u201d, %1 can see that you have answered, but not what, until %1\u2019s answer is ready "
                 "too. Then you each see both answers, side by side. There is no share button here: that is the "
                 "sharing.")
                  .arg(partner));
    m_layout->addWidget(m_intro);
    // My questions, boxes and "ready" in one place, so together time can put all of it away.
    m_writing = new QWidget(this);
    auto* writing = new QVBoxLayout(m_writing);
    writing->setContentsMargins(0, 0, 0, 0);
    writing->setSpacing(style::space::s);
    for (const auto& prompt : exercise.prompts) {
        auto* box = addPromptBox(m_writing, writing, context, prompt);
        connect(box, &QPlainTextEdit::textChanged, this, &RevealEditor::edited);
        m_boxes.emplace_back(prompt.id, box);
    }
    auto* footer = new QHBoxLayout();
    m_ready = new QPushButton(tr("My answer is ready"), m_writing);
    m_ready->setAccessibleName(tr("My answer is ready"));
    style::makePrimary(m_ready);
    connect(m_ready, &QPushButton::clicked, this, &RevealEditor::markReady);
    m_status = style::text(style::TextRole::Caption, QString(), m_writing);
    m_status->setAccessibleName(tr("Save status"));
    footer->addWidget(m_ready, 0, Qt::AlignTop);
    footer->addWidget(m_status, 1);
    writing->addLayout(footer);
    m_layout->addWidget(m_writing);
    m_state = boldLabel(QString(), this);
    m_state->setAccessibleName(tr("Where this exercise stands"));
    m_layout->addWidget(m_state);

    m_autosave = new Autosave([this] { save(); }, this);
    connect(m_autosave, &Autosave::saved, this, [this] { showSaved(); });
    connect(m_autosave, &Autosave::failed, this, [this](const QString& reason) {
        m_status->setText(
            tr("Not saved: %1 Your text is still here; Trustwork will try again when you type.").arg(reason));
    });

    try {
        const auto state = workbook::RevealService(context.session).state(exercise.id);
        m_answered = state.myAnswer.has_value();
        const auto draft = m_answered ? std::nullopt : myDraft();
        if (draft) {
            m_draftId = draft->id;
        }
        const std::string* text = m_answered ? &*state.myAnswer : draft ? &draft->body : nullptr;
        m_loading = true;
        for (const auto& [id, box] : m_boxes) {
            box->setPlainText(text ? promptText(*text, id) : QString());
        }
        m_loading = false;
        showSaved();
    } catch (const Error& e) {
        m_status->setText(tr("Your answer could not be read: %1").arg(QString::fromStdString(e.what())));
    }
    m_ready->setVisible(!m_answered);
    if (context.together()) {
        // My answer, or my draft of it, is mine until the reveal: not on a screen we both look at.
        m_intro->setText(tr("While you are both here, answers show only once you have both given yours. To write or "
                            "change yours, end together time and open this exercise on your own."));
        m_writing->hide();
    }
    refreshState();
}

std::optional<workbook::Entry> RevealEditor::myDraft() const
{
    const auto& session = m_context.session;
    for (auto& e : session.entries({.exerciseId = m_exercise.id, .kind = kDraftKind, .authorId = session.me().id})) {
        if (e.visibility == workbook::Visibility::Private) {
            return std::move(e);
        }
    }
    return std::nullopt;
}

void RevealEditor::showSaved()
{
    if (m_answered) {
        m_status->setText(tr("Saved"));
    } else if (m_draftId) {
        m_status->setText(tr("Draft saved. Only you can read it until you choose \u201cMy answer is ready\u201d."));
    } else {
        m_status->setText(tr("Nothing saved yet."));
    }
}

void RevealEditor::edited()
{
    if (m_loading) {
        return;
    }
    m_status->setText(tr("Saving\u2026"));
    m_autosave->schedule();
}

void RevealEditor::flush()
{
    m_autosave->flush();
}

QString RevealEditor::statusText() const
{
    return m_status->text();
}

QString RevealEditor::stateText() const
{
    return m_state->text();
}

QPlainTextEdit* RevealEditor::box(const std::string& promptId) const
{
    for (const auto& [id, box] : m_boxes) {
        if (id == promptId) {
            return box;
        }
    }
    return nullptr;
}

bool RevealEditor::blank() const
{
    return std::all_of(m_boxes.begin(), m_boxes.end(),
        [](const auto& pair) { return pair.second->toPlainText().trimmed().isEmpty(); });
}

std::string RevealEditor::collect() const
{
    nlohmann::json prompts = nlohmann::json::object();
    for (const auto& [id, box] : m_boxes) {
        prompts[id] = box->toPlainText().toStdString();
    }
    return nlohmann::json{{"prompts", prompts}}.dump();
}

void RevealEditor::save()
{
    if (m_answered) {
        // Already given: edits go to the answer (and to its shown copy, once both have answered).
        workbook::RevealService(m_context.session).answer(m_exercise.id, collect());
        refreshState();
    } else if (m_draftId) {
        m_context.session.updateEntry(*m_draftId, collect());
    } else if (!blank()) {
        m_draftId = m_context.session.addEntry(
            {m_exercise.id, kDraftKind, workbook::Visibility::Private, std::string(), collect()});
    }
}

void RevealEditor::markReady()
{
    m_autosave->flush();
    if (blank()) {
        m_status->setText(tr("Write something first; an empty answer cannot be shown."));
        return;
    }
    try {
        workbook::RevealService(m_context.session).answer(m_exercise.id, collect());
    } catch (const Error& e) {
        m_status->setText(tr("Not saved: %1 Your text is still here.").arg(QString::fromStdString(e.what())));
        return;
    }
    m_answered = true;
    if (m_draftId) {
        try {
            m_context.session.deleteEntry(*m_draftId); // the answer row holds the same words now
        } catch (const Error&) {
            // A leftover draft is harmless: an answer, once given, is what this editor loads.
        }
        m_draftId.reset();
    }
    m_ready->hide();
    showSaved();
    refreshState();
    m_state->setFocus(Qt::OtherFocusReason);
    emit answered();
}

void RevealEditor::refreshState()
{
    workbook::RevealState state;
    try {
        if (m_context.together()) {
            // The other partner's session publishes their answer if mine is in: both appear at once.
            (void)workbook::RevealService(*m_context.companion).state(m_exercise.id);
        }
        state = workbook::RevealService(m_context.session).state(m_exercise.id);
    } catch (const Error& e) {
        m_state->setText(tr("Could not check your partner's answer: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    const QString partner = m_context.partnerName();
    // Shown from the published copies, which never change: what each of us gave at the reveal.
    const bool visible = state.myPublishedAnswer && state.partnerAnswer;
    if (state.solo) {
        m_state->setText(tr("Nobody else answers until your partner joins this workbook."));
    } else if (visible) {
        m_state->setText(tr("You have both answered. Here are your answers side by side, as you each gave them. If "
                            "you change yours now, %1 sees the change too, marked as edited after the reveal.")
                .arg(partner));
    } else if (state.bothAnswered) {
        m_state->setText(
            tr("You have both answered. %1's answer appears here once %1 has opened Trustwork again, or when you are "
               "both here.")
                .arg(partner));
    } else if (state.partnerHasAnswered) {
        m_state->setText(tr("%1 has answered; their answer appears once yours is ready too.").arg(partner));
    } else if (state.myAnswer) {
        m_state->setText(tr("%1 has not answered yet. Your answer stays private until they have.").arg(partner));
    } else {
        m_state->setText(tr("%1 has not answered yet.").arg(partner));
    }
    const std::string shown = visible
        ? *state.myPublishedAnswer + '\n' + *state.partnerAnswer + '\n' + state.myRevision.value_or("") + '\n'
            + state.partnerRevision.value_or("") + (state.partnerChangedAfterSeeingMine ? "!" : "")
        : std::string();
    if (shown == m_shown) {
        return;
    }
    m_shown = shown;
    delete m_sideBySide;
    m_sideBySide = nullptr;
    if (visible) {
        showSideBySide(state);
    }
}

QString RevealEditor::sideBySideText() const
{
    QStringList lines;
    if (m_sideBySide) {
        for (auto* label : m_sideBySide->findChildren<QLabel*>()) {
            lines << label->text();
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void RevealEditor::showSideBySide(const workbook::RevealState& state)
{
    m_sideBySide = new QWidget(this);
    auto* layout = new QVBoxLayout(m_sideBySide);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::space::s);
    layout->addWidget(style::text(style::TextRole::Heading, tr("Side by side"), m_sideBySide));
    auto* grid = new QGridLayout();
    layout->addLayout(grid);
    grid->setHorizontalSpacing(style::space::l);
    grid->setVerticalSpacing(style::space::s);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const QString partner = m_context.partnerName();
    grid->addWidget(style::text(style::TextRole::Heading, tr("You"), m_sideBySide), 0, 0);
    grid->addWidget(style::text(style::TextRole::Heading, partner, m_sideBySide), 0, 1);
    int row = 1;
    if (state.partnerChangedAfterSeeingMine) {
        // In words, under their name: their answer is not the one they had given when yours became readable.
        auto* changed = style::emphasis(tr("Changed after seeing yours"), m_sideBySide);
        changed->setToolTip(tr("%1 changed their answer after yours could be read.").arg(partner));
        changed->setAccessibleDescription(changed->toolTip());
        style::setTone(changed, "partner");
        grid->addWidget(changed, row++, 1);
    }
    const std::string theirRole = partnerRole(m_context);
    const auto revised = [](const std::optional<std::string>& revision, const std::string& id, const QString& was) {
        if (!revision) {
            return QString();
        }
        const QString now = promptText(*revision, id);
        return now == was ? QString() : now;
    };
    for (const auto& prompt : m_exercise.prompts) {
        // Role variants mean each partner may have been asked something different; show both questions then.
        const QString myQuestion = m_context.text(prompt.text);
        const QString theirQuestion = QString::fromStdString(prompt.text.forRole(theirRole));
        const bool same = myQuestion == theirQuestion;
        int column = 0;
        for (const QString& text : same ? QStringList{myQuestion} : QStringList{myQuestion, theirQuestion}) {
            auto* question = style::emphasis(text, m_sideBySide);
            question->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
            question->setContentsMargins(0, style::space::s, 0, 0);
            grid->addWidget(question, row, column++, 1, same ? 2 : 1);
        }
        ++row;
        column = 0;
        struct Side {
            QString who;
            const std::string* given;
            const std::optional<std::string>* revision;
        };
        for (const auto& side : {Side{tr("Your answer"), &*state.myPublishedAnswer, &state.myRevision},
                 Side{tr("%1's answer").arg(partner), &*state.partnerAnswer, &state.partnerRevision}}) {
            auto* cell = new QWidget(m_sideBySide);
            auto* cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(style::space::xs);
            const QString text = promptText(*side.given, prompt.id);
            auto* answer = paragraph(text.trimmed().isEmpty() ? tr("Nothing written.") : text);
            // Focusable, so a screen reader user can move from one answer to the other.
            answer->setFocusPolicy(Qt::TabFocus);
            answer->setAccessibleName(side.who);
            answer->setAccessibleDescription(answer->text());
            answer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            cellLayout->addWidget(answer);
            const QString later = revised(*side.revision, prompt.id, text);
            if (!later.isEmpty()) {
                cellLayout->addWidget(style::text(style::TextRole::Caption, tr("Edited after the reveal:"), cell));
                auto* edit = paragraph(later);
                edit->setFocusPolicy(Qt::TabFocus);
                edit->setAccessibleName(tr("%1, edited after the reveal").arg(side.who));
                edit->setAccessibleDescription(later);
                cellLayout->addWidget(edit);
            }
            cellLayout->addStretch();
            grid->addWidget(cell, row, column++);
        }
        ++row;
    }
    if (!m_exercise.afterReveal.empty()) {
        layout->addSpacing(style::space::s);
        for (const QString& part :
            m_context.text(m_exercise.afterReveal).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            layout->addWidget(paragraph(part));
        }
    }
    // Its own card below mine: the exchange, not my writing.
    auto* card = style::card(this);
    style::cardLayout(card)->addWidget(m_sideBySide);
    m_outer->addWidget(card);
    connect(m_sideBySide, &QObject::destroyed, card, &QObject::deleteLater);
    // Rebuilt after typing, the answers would join the end of the focus chain; keep them after my boxes.
    QWidget* previous = m_boxes.empty() || m_context.together() ? nullptr : m_boxes.back().second;
    for (auto* label : m_sideBySide->findChildren<QLabel*>()) {
        if (previous && label->focusPolicy() == Qt::TabFocus) {
            QWidget::setTabOrder(previous, label);
            previous = label;
        }
    }
}

} // namespace tw::app
