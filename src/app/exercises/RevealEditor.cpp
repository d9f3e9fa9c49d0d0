// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevealEditor.h"

#include "Autosave.h"
#include "Labels.h"
#include "ReflectionEditor.h"
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
    : ExerciseEditor(exercise, context, parent)
{
    const QString partner = context.partnerName();
    m_layout->addWidget(paragraph(context.session.isSolo()
            ? tr("Your answer is saved privately as you write. When it says what you mean, choose \u201cMy answer is "
                 "ready\u201d. If your partner joins this workbook later and answers too, you will see your answers "
                 "side by side.")
            : tr("Your answer is saved privately as you write; %1 cannot read it. When you choose \u201cMy answer "
                 "is ready\u201d, %1 can see that you have answered, but not what, until %1\u2019s answer is ready "
                 "too. Then you each see both answers, side by side. There is no share button here: that is the "
                 "sharing.")
                  .arg(partner)));
    for (const auto& prompt : exercise.prompts) {
        auto* box = addPromptBox(this, m_layout, context, prompt);
        connect(box, &QPlainTextEdit::textChanged, this, &RevealEditor::edited);
        m_boxes.emplace_back(prompt.id, box);
    }
    auto* footer = new QHBoxLayout();
    m_ready = new QPushButton(tr("My answer is ready"), this);
    m_ready->setAccessibleName(tr("My answer is ready"));
    connect(m_ready, &QPushButton::clicked, this, &RevealEditor::markReady);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setWordWrap(true);
    footer->addWidget(m_ready, 0, Qt::AlignTop);
    footer->addWidget(m_status, 1);
    m_layout->addLayout(footer);
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
        state = workbook::RevealService(m_context.session).state(m_exercise.id);
    } catch (const Error& e) {
        m_state->setText(tr("Could not check your partner's answer: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    const QString partner = m_context.partnerName();
    const bool visible = state.myAnswer && state.partnerAnswer;
    if (state.solo) {
        m_state->setText(tr("Nobody else answers until your partner joins this workbook."));
    } else if (visible) {
        m_state->setText(tr("You have both answered. Here are your answers side by side. If you change yours now, "
                            "%1 sees the change too.")
                .arg(partner));
    } else if (state.bothAnswered) {
        m_state->setText(
            tr("You have both answered. %1's answer appears here once %1 has opened Trustwork again.").arg(partner));
    } else if (state.partnerHasAnswered) {
        m_state->setText(tr("%1 has answered; their answer appears once yours is ready too.").arg(partner));
    } else if (state.myAnswer) {
        m_state->setText(tr("%1 has not answered yet. Your answer stays private until they have.").arg(partner));
    } else {
        m_state->setText(tr("%1 has not answered yet.").arg(partner));
    }
    const std::string shown = visible ? *state.myAnswer + '\n' + *state.partnerAnswer : std::string();
    if (shown == m_shown) {
        return;
    }
    m_shown = shown;
    delete m_sideBySide;
    m_sideBySide = nullptr;
    if (visible) {
        showSideBySide(*state.myAnswer, *state.partnerAnswer);
    }
}

void RevealEditor::showSideBySide(const std::string& mine, const std::string& theirs)
{
    m_sideBySide = new QWidget(this);
    auto* layout = new QVBoxLayout(m_sideBySide);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(boldLabel(tr("Side by side"), m_sideBySide, 1.15));
    auto* grid = new QGridLayout();
    layout->addLayout(grid);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    const QString partner = m_context.partnerName();
    grid->addWidget(boldLabel(tr("You"), m_sideBySide), 0, 0);
    grid->addWidget(boldLabel(partner, m_sideBySide), 0, 1);
    int row = 1;
    const auto* other = m_context.session.otherPartner();
    const std::string theirRole = other ? std::string(workbook::roleName(other->role)) : m_context.role();
    for (const auto& prompt : m_exercise.prompts) {
        // Role variants mean each partner may have been asked something different; show both questions then.
        const QString myQuestion = m_context.text(prompt.text);
        const QString theirQuestion = QString::fromStdString(prompt.text.forRole(theirRole));
        const bool same = myQuestion == theirQuestion;
        int column = 0;
        for (const QString& text : same ? QStringList{myQuestion} : QStringList{myQuestion, theirQuestion}) {
            auto* question = new QLabel(text, m_sideBySide);
            question->setWordWrap(true);
            question->setTextFormat(Qt::PlainText);
            QFont italic = question->font();
            italic.setItalic(true);
            question->setFont(italic);
            question->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
            question->setContentsMargins(0, 8, 0, 0); // a little air between one prompt's pair and the next
            grid->addWidget(question, row, column++, 1, same ? 2 : 1);
        }
        ++row;
        column = 0;
        for (const auto& [who, json] :
            {std::pair{tr("Your answer"), &mine}, std::pair{tr("%1's answer").arg(partner), &theirs}}) {
            const QString text = promptText(*json, prompt.id);
            auto* answer = paragraph(text.trimmed().isEmpty() ? tr("Nothing written.") : text);
            // Focusable, so a screen reader user can move from one answer to the other.
            answer->setFocusPolicy(Qt::TabFocus);
            answer->setAccessibleName(who);
            answer->setAccessibleDescription(answer->text());
            answer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(answer, row, column++);
        }
        ++row;
    }
    if (!m_exercise.afterReveal.empty()) {
        layout->addSpacing(6);
        for (const QString& part :
            m_context.text(m_exercise.afterReveal).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            layout->addWidget(paragraph(part));
        }
    }
    m_layout->addWidget(m_sideBySide);
    // Rebuilt after typing, the answers would join the end of the focus chain; keep them after my boxes.
    QWidget* previous = m_boxes.empty() ? nullptr : m_boxes.back().second;
    for (auto* label : m_sideBySide->findChildren<QLabel*>()) {
        if (previous && label->focusPolicy() == Qt::TabFocus) {
            QWidget::setTabOrder(previous, label);
            previous = label;
        }
    }
}

} // namespace tw::app
