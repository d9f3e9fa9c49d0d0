// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtherVersionsNote.h"

#include "Dates.h"
#include "exercises/AnswerText.h"
#include "exercises/SharedAnswerCard.h"
#include "style/Components.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::app {

namespace {

/** Text already marked with QT_TRANSLATE_NOOP in the OtherVersionsNote context. */
QString translated(const char* text)
{
    return QCoreApplication::translate("OtherVersionsNote", text);
}

/** One entry's other version, read-only, with the three choices. */
void addVersion(QVBoxLayout* layout, QWidget* card, workbook::Session& session, const workbook::Entry& entry,
    const content::Exercise& exercise, const workbook::OtherVersion& version, const std::function<void()>& resolved)
{
    const std::string entryId = entry.id;
    // The body is what the editor stores (JSON for most kinds): shown as the questions and answers
    // the app shows everywhere else, worded for me.
    const std::string role
        = session.isSolo() ? std::string("solo") : std::string(workbook::roleName(session.me().role));
    const QString heading = QCoreApplication::translate("OtherVersionsNote", "The other version, from %1 (%2)")
                                .arg(QString::fromStdString(version.device), dayTimeText(version.updatedAt));
    auto* body = new SharedAnswerCard(heading, answerParts(&exercise, role, entry.kind, version.body), false, card);
    body->setObjectName(QStringLiteral("otherVersionText"));
    layout->addWidget(body);
    auto* row = new QHBoxLayout;
    const struct {
        const char* label;
        const char* name;
        workbook::Resolution resolution;
    } choices[] = {
        {QT_TRANSLATE_NOOP("OtherVersionsNote", "Keep mine"),
            QT_TRANSLATE_NOOP("OtherVersionsNote", "Keep the version shown and drop the other one"),
            workbook::Resolution::KeepMine},
        {QT_TRANSLATE_NOOP("OtherVersionsNote", "Use that one"),
            QT_TRANSLATE_NOOP("OtherVersionsNote", "Use the other version instead of the one shown"),
            workbook::Resolution::UseOther},
        {QT_TRANSLATE_NOOP("OtherVersionsNote", "Keep both"),
            QT_TRANSLATE_NOOP("OtherVersionsNote", "Keep both versions, the other one as a private entry of its own"),
            workbook::Resolution::KeepBoth},
    };
    for (const auto& choice : choices) {
        auto* button = new QPushButton(translated(choice.label), card);
        button->setAccessibleName(translated(choice.name));
        const auto resolution = choice.resolution;
        QObject::connect(button, &QPushButton::clicked, card, [&session, entryId, resolution, resolved, card] {
            try {
                workbook::SyncFolder::resolve(session, entryId, resolution);
            } catch (const Error& e) {
                QMessageBox::warning(card, QCoreApplication::translate("OtherVersionsNote", "Not changed"),
                    QString::fromStdString(e.what()));
                return;
            }
            if (resolved) {
                resolved();
            }
        });
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
}

} // namespace

QWidget* otherVersionsNote(workbook::Session& session, const content::Exercise& exercise, QWidget* parent,
    const std::function<void()>& resolved)
{
    std::vector<std::pair<workbook::Entry, std::vector<workbook::OtherVersion>>> found;
    try {
        for (const auto& id : workbook::SyncFolder::entriesWithOtherVersions(session)) {
            auto entry = session.entry(id);
            if (entry && entry->exerciseId == exercise.id) {
                found.emplace_back(std::move(*entry), workbook::SyncFolder::otherVersions(session, id));
            }
        }
    } catch (const Error&) {
        return nullptr; // the editor works without the note
    }
    if (found.empty()) {
        return nullptr;
    }
    auto* card = style::card(parent);
    card->setObjectName(QStringLiteral("otherVersionsNote"));
    auto* layout = style::cardLayout(card);
    layout->addWidget(style::emphasis(
        QCoreApplication::translate("OtherVersionsNote", "Also changed on another of your devices"), card));
    auto* text = style::text(style::TextRole::Body,
        QCoreApplication::translate("OtherVersionsNote",
            "Your answer here was changed on two of your devices at the same time. Trustwork shows the version "
            "saved last and keeps the other one in your private space, so nothing you wrote is lost. Choose "
            "which to keep when you are ready."),
        card);
    text->setAccessibleName(text->text());
    text->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(text);
    for (const auto& [entry, versions] : found) {
        for (const auto& version : versions) {
            addVersion(layout, card, session, entry, exercise, version, resolved);
        }
    }
    return card;
}

} // namespace tw::app
