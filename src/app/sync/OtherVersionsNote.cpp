// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtherVersionsNote.h"

#include "style/Components.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <QCoreApplication>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace tw::app {

QWidget* otherVersionsNote(workbook::Session& session, const std::string& exerciseId, QWidget* parent)
{
    int count = 0;
    try {
        for (const auto& id : workbook::SyncFolder::entriesWithOtherVersions(session)) {
            const auto entry = session.entry(id);
            if (entry && entry->exerciseId == exerciseId) {
                ++count;
            }
        }
    } catch (const Error&) {
        return nullptr; // the editor works without the note
    }
    if (count == 0) {
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
            "saved last and keeps the other one in your private space, so nothing you wrote is lost."),
        card);
    text->setAccessibleName(text->text());
    text->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(text);
    return card;
}

} // namespace tw::app
