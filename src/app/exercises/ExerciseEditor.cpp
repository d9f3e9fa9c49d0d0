// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseEditor.h"

#include "Autosave.h"
#include "Confirm.h"
#include "SharePreview.h"
#include "SharedAnswerCard.h"
#include "style/Components.h"
#include "style/Metrics.h"
#include "tw/base/Error.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tw::app {

using nlohmann::json;

ExerciseEditor::ExerciseEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent, bool card)
    : QWidget(parent)
    , m_exercise(exercise)
    , m_context(context)
{
    m_outer = new QVBoxLayout(this);
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_outer->setSpacing(style::space::m);
    if (card) {
        m_card = style::card(this);
        m_outer->addWidget(m_card);
        m_layout = style::cardLayout(m_card);
    } else {
        m_layout = m_outer;
    }
    m_layout->setSpacing(style::space::s);
}

QLabel* ExerciseEditor::paragraph(const QString& text)
{
    auto* label = style::text(style::TextRole::Body, text, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

AnswerEditor::AnswerEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent)
    : ExerciseEditor(exercise, context, parent, true)
{
    m_autosave = new Autosave([this] { save(); }, this);
    connect(m_autosave, &Autosave::saved, this, &AnswerEditor::showState);
    connect(m_autosave, &Autosave::failed, this, [this](const QString& reason) {
        m_status->setText(
            tr("Not saved: %1 Your text is still here; Trustwork will try again when you type.").arg(reason));
    });
}

void AnswerEditor::showPartnersAnswer()
{
    const auto shared = partnersSharedEntry(m_context, m_exercise.id);
    if (!shared) {
        return;
    }
    // Above my own answer: what my partner chose to tell me is what this page is opened for from
    // Home, search and the path.
    const auto parts = answerParts(&m_exercise, partnerRole(m_context), shared->kind, shared->body);
    m_partnerCard = new SharedAnswerCard(sharedByLine(m_context.partnerName(), *shared), parts, true, this);
    m_partnerCard->setObjectName(QStringLiteral("partnersAnswer"));
    m_outer->insertWidget(0, m_partnerCard);
    auto* mine = style::text(style::TextRole::Heading, tr("Your answer"), this);
    m_layout->insertWidget(0, mine);
}

void AnswerEditor::finishSetup()
{
    m_footer = new QWidget(this);
    auto* footer = new QHBoxLayout(m_footer);
    footer->setContentsMargins(0, style::space::s, 0, 0);
    m_status = style::text(style::TextRole::Caption, QString(), m_footer);
    m_status->setAccessibleName(tr("Save status"));
    m_share = new QPushButton(m_footer);
    m_update = new QPushButton(m_footer);
    connect(m_share, &QPushButton::clicked, this, [this] { m_shared ? askToStopSharing() : askToShare(); });
    connect(m_update, &QPushButton::clicked, this, &AnswerEditor::askToUpdate);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_update, 0, Qt::AlignTop);
    footer->addWidget(m_share, 0, Qt::AlignTop);
    m_layout->addWidget(m_footer);

    m_loading = true;
    json merged = json::object();
    const auto& me = m_context.session.me().id;
    for (const auto& e : m_context.session.entries({.exerciseId = m_exercise.id, .authorId = me})) {
        const bool answer = e.kind == "answer";
        if ((!answer && e.kind != kPrivatePartKind) || (answer ? m_entryId : m_privateId)) {
            continue;
        }
        (answer ? m_entryId : m_privateId) = e.id;
        if (answer) {
            m_shared = e.visibility == workbook::Visibility::Shared;
        }
        json body = json::parse(e.body, nullptr, false);
        if (body.is_object()) {
            // The never-shared part fills in over the shared one (nested "prompts" merged, not replaced).
            merged.merge_patch(body);
        } else if (answer && !e.body.empty()) {
            // Words that are not this page's form. The first edit would have saved the form alone
            // over them, so they are shown and saved with it instead.
            m_earlierText = e.body;
        }
    }
    if (!merged.empty()) {
        apply(merged);
    }
    if (merged.contains("earlier") && merged.at("earlier").is_string()) {
        m_earlierText = merged.at("earlier").get<std::string>();
    }
    if (m_earlierText && takeEarlierText(QString::fromStdString(*m_earlierText))) {
        m_earlierText.reset();
    }
    if (m_earlierText) {
        showEarlierText();
    }
    m_loading = false;
    showPartnersAnswer();
    showState();
}

void AnswerEditor::showEarlierText()
{
    auto* note = style::text(style::TextRole::Caption,
        tr("You wrote this here earlier, before this page asked its questions this way. It stays with "
           "your answer:"),
        this);
    auto* words = style::text(style::TextRole::Body, QString::fromStdString(*m_earlierText), this);
    words->setTextFormat(Qt::PlainText);
    words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    words->setObjectName(QStringLiteral("earlierText"));
    // Just above the status and sharing buttons, below every box of the form.
    const int at = m_layout->indexOf(m_footer);
    m_layout->insertWidget(at, words);
    m_layout->insertWidget(at, note);
}

void AnswerEditor::hideFooter()
{
    if (m_footer) {
        m_footer->hide();
    }
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

SharePreviewDialog* AnswerEditor::preview() const
{
    return m_preview.data();
}

QString AnswerEditor::statusText() const
{
    return m_status->text();
}

bool AnswerEditor::hasUnsharedChanges() const
{
    try {
        return m_shared && m_entryId && m_context.session.hasUnpublishedChanges(*m_entryId);
    } catch (const Error&) {
        return false;
    }
}

json AnswerEditor::neverShared(const json& all) const
{
    json out = json::object();
    for (const auto& prompt : m_exercise.prompts) {
        const auto prompts = all.find("prompts");
        if (isNeverShared(prompt) && prompts != all.end() && prompts->contains(prompt.id)) {
            out["prompts"][prompt.id] = prompts->at(prompt.id);
        }
    }
    if (m_exercise.followUp && isNeverShared(*m_exercise.followUp) && all.contains("followUp")) {
        out["followUp"] = all.at("followUp");
    }
    return out;
}

json AnswerEditor::shareable(const json& all) const
{
    json out = all;
    const json kept = neverShared(all);
    if (kept.contains("prompts")) {
        for (const auto& [id, value] : kept.at("prompts").items()) {
            (void)value;
            out["prompts"].erase(id);
        }
    }
    if (kept.contains("followUp")) {
        out.erase("followUp");
    }
    return out;
}

QStringList AnswerEditor::neverSharedQuestions() const
{
    QStringList questions;
    for (const auto& prompt : m_exercise.prompts) {
        if (isNeverShared(prompt)) {
            questions << m_context.text(prompt.text);
        }
    }
    if (m_exercise.followUp && isNeverShared(*m_exercise.followUp)) {
        questions << m_context.text(m_exercise.followUp->text);
    }
    return questions;
}

json AnswerEditor::current() const
{
    json all = collect();
    if (m_earlierText) {
        all["earlier"] = *m_earlierText;
    }
    return all;
}

std::vector<AnswerPart> AnswerEditor::wouldSend() const
{
    return answerParts(&m_exercise, m_context.role(), "answer", shareable(current()).dump());
}

void AnswerEditor::save()
{
    const json all = current();
    const std::string body = shareable(all).dump();
    if (m_entryId) {
        // Once shared, a change waits for Update: nothing reaches the partner without a decision.
        m_context.session.updateEntry(*m_entryId, body, m_shared ? workbook::Publish::Later : workbook::Publish::Now);
    } else {
        m_entryId = m_context.session.addEntry({m_exercise.id, "answer", workbook::Visibility::Private, "", body});
    }
    const json kept = neverShared(all);
    if (m_privateId) {
        m_context.session.updateEntry(*m_privateId, kept.dump());
    } else if (!kept.empty()) {
        m_privateId = m_context.session.addEntry(
            {m_exercise.id, kPrivatePartKind, workbook::Visibility::Private, "", kept.dump()});
    }
}

void AnswerEditor::showState()
{
    const QString partner = m_context.partnerName();
    if (!m_entryId) {
        m_status->setText(tr("Private. Nothing is saved until you write."));
    } else if (!m_shared && isWhollyPrivate(m_exercise)) {
        m_status->setText(tr("Saved. Every answer on this page stays with you."));
    } else if (!m_shared) {
        m_status->setText(tr("Saved"));
    } else if (hasUnsharedChanges()) {
        m_status->setText(tr("Shared with %1; your changes are shared when you press Update.").arg(partner));
    } else {
        m_status->setText(tr("Shared with %1. Changes you make stay with you until you press Update.").arg(partner));
    }
    updateButtons();
}

void AnswerEditor::updateButtons()
{
    const bool couple = !m_context.session.isSolo();
    const QString partner = m_context.partnerName();
    // A page whose every answer is never shared would share an empty answer, which tells the
    // partner the page was filled in; "Stop sharing" stays for one an older version shared.
    m_share->setVisible(couple && (m_shared || !isWhollyPrivate(m_exercise)));
    m_share->setEnabled(couple && m_entryId.has_value());
    m_share->setText(m_shared ? tr("Stop sharing…") : tr("Share with %1…").arg(partner));
    m_share->setAccessibleName(m_shared ? tr("Stop sharing this answer") : tr("Share this answer with your partner"));
    m_share->setProperty("danger", m_shared);
    m_share->style()->unpolish(m_share);
    m_share->style()->polish(m_share);
    const bool pending = hasUnsharedChanges();
    m_update->setVisible(pending);
    m_update->setText(tr("Update"));
    m_update->setAccessibleName(tr("Share your changes with %1").arg(partner));
    style::makePrimary(m_update);
}

void AnswerEditor::askToShare()
{
    m_autosave->flush();
    if (!m_entryId || m_preview) {
        return;
    }
    auto* dialog = new SharePreviewDialog(
        m_context.partnerName(), wouldSend(), neverSharedQuestions(), SharePreviewDialog::Purpose::Share, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    // Closed now, deleted later: a second preview may open at once.
    connect(dialog, &QDialog::finished, this, [this] { m_preview.clear(); });
    connect(dialog, &QDialog::accepted, this, [this] {
        try {
            m_context.session.setVisibility(*m_entryId, workbook::Visibility::Shared);
            m_shared = true;
        } catch (const Error& e) {
            m_status->setText(tr("Sharing did not change: %1").arg(QString::fromStdString(e.what())));
            return;
        }
        showState();
        m_share->setFocus();
    });
    dialog->open();
}

void AnswerEditor::askToUpdate()
{
    m_autosave->flush();
    if (!m_entryId || m_preview) {
        return;
    }
    auto* dialog = new SharePreviewDialog(
        m_context.partnerName(), wouldSend(), neverSharedQuestions(), SharePreviewDialog::Purpose::Update, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    // Closed now, deleted later: a second preview may open at once.
    connect(dialog, &QDialog::finished, this, [this] { m_preview.clear(); });
    connect(dialog, &QDialog::accepted, this, [this] {
        try {
            m_context.session.publish(*m_entryId);
        } catch (const Error& e) {
            m_status->setText(tr("Your changes were not shared: %1").arg(QString::fromStdString(e.what())));
            return;
        }
        showState();
        m_share->setFocus();
    });
    dialog->open();
}

void AnswerEditor::askToStopSharing()
{
    m_autosave->flush();
    const QString partner = m_context.partnerName();
    confirm(this, tr("Stop sharing?"),
        tr("%1 will no longer see this answer in Trustwork. They may remember what they read. Your answer stays "
           "here, private to you.")
            .arg(partner),
        tr("Stop sharing"), tr("Keep sharing"), [this, partner] {
            try {
                m_context.session.setVisibility(*m_entryId, workbook::Visibility::Private);
                m_shared = false;
            } catch (const Error& e) {
                m_status->setText(tr("Sharing did not change: %1").arg(QString::fromStdString(e.what())));
                return;
            }
            showState();
            m_status->setText(tr("Private again. %1 may remember what they read.").arg(partner));
        });
}

} // namespace tw::app
