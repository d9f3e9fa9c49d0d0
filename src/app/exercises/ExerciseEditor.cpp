// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseEditor.h"

#include "Autosave.h"
#include "tw/base/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::app {

ExerciseEditor::ExerciseEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : QWidget(parent)
    , m_exercise(exercise)
    , m_context(context)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
}

QLabel* ExerciseEditor::paragraph(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

AnswerEditor::AnswerEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent)
{
    m_autosave = new Autosave([this] { save(); }, this);
    connect(m_autosave, &Autosave::saved, this, [this] { m_status->setText(tr("Saved")); });
    connect(m_autosave, &Autosave::failed, this, [this](const QString& reason) {
        m_status->setText(
            tr("Not saved: %1 Your text is still here; Trustwork will try again when you type.").arg(reason));
    });
}

void AnswerEditor::finishSetup()
{
    auto* footer = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setWordWrap(true);
    m_share = new QPushButton(this);
    connect(m_share, &QPushButton::clicked, this, &AnswerEditor::toggleShare);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_share);
    m_layout->addLayout(footer);

    m_loading = true;
    for (const auto& e : m_context.session.entries({.exerciseId = m_exercise.id, .kind = "answer"})) {
        if (e.authorId != m_context.session.me().id) {
            continue;
        }
        m_entryId = e.id;
        m_shared = e.visibility == workbook::Visibility::Shared;
        const auto answer = nlohmann::json::parse(e.body, nullptr, false);
        if (answer.is_object()) {
            apply(answer);
        }
        break;
    }
    m_loading = false;
    m_status->setText(m_entryId ? tr("Saved") : tr("Private. Nothing is saved until you write."));
    updateShareButton();
}

void AnswerEditor::edited()
{
    if (m_loading) {
        return;
    }
    m_status->setText(tr("Saving…"));
    m_autosave->schedule();
}

void AnswerEditor::flush()
{
    m_autosave->flush();
}

QString AnswerEditor::statusText() const
{
    return m_status->text();
}

void AnswerEditor::save()
{
    const std::string body = collect().dump();
    if (m_entryId) {
        m_context.session.updateEntry(*m_entryId, body);
    } else {
        m_entryId = m_context.session.addEntry({m_exercise.id, "answer", workbook::Visibility::Private, "", body});
        updateShareButton();
    }
}

void AnswerEditor::toggleShare()
{
    m_autosave->flush();
    if (!m_entryId) {
        return;
    }
    try {
        const auto next = m_shared ? workbook::Visibility::Private : workbook::Visibility::Shared;
        m_context.session.setVisibility(*m_entryId, next);
        m_shared = next == workbook::Visibility::Shared;
        m_status->setText(m_shared ? tr("Shared with %1.").arg(m_context.partnerName())
                                   : tr("Private again. %1 may remember what they read.").arg(m_context.partnerName()));
    } catch (const Error& e) {
        m_status->setText(tr("Sharing did not change: %1").arg(QString::fromStdString(e.what())));
    }
    updateShareButton();
}

void AnswerEditor::updateShareButton()
{
    const bool canShare = m_entryId && !m_context.session.isSolo();
    m_share->setEnabled(canShare);
    m_share->setVisible(!m_context.session.isSolo());
    m_share->setText(m_shared ? tr("Stop sharing") : tr("Share with %1").arg(m_context.partnerName()));
    m_share->setAccessibleName(m_shared ? tr("Stop sharing this answer") : tr("Share this answer with your partner"));
}

} // namespace tw::app
