// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"
#include "tw/workbook/Session.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace tw::app {

/** @brief "About 1 minute" / "About 20 minutes", with the plural forms of the interface's language. */
inline QString aboutMinutes(int minutes)
{
    return QCoreApplication::translate("Exercise", "About %n minute(s)", nullptr, minutes);
}

/**
 * @brief Exercises that involve the partner directly: done together, answered for the partner to
 * see, agreed with them, or spoken with them. Hidden while a safety concern routes someone to
 * individual work.
 */
inline bool isCoupleExercise(const content::Exercise& e)
{
    return e.mode == content::Mode::Together || e.kind == content::Kind::Reveal || e.kind == content::Kind::Agreement
        || e.kind == content::Kind::Conversation;
}

/** @brief What every exercise editor needs: the unlocked session, the reader's role, the curriculum. */
struct EditorContext {
    workbook::Session& session;
    const content::Curriculum& curriculum;
    /**
     * @brief The other partner's own session while both are here ("We are both here"), else nullptr.
     * Then only shared and together material is shown, and either partner can act as themselves.
     */
    workbook::Session* companion = nullptr;

    [[nodiscard]] bool together() const { return companion != nullptr; }

    /** @brief The role key for role variants: "solo" while alone, else the partner's own role. */
    [[nodiscard]] std::string role() const
    {
        return session.isSolo() ? std::string("solo") : std::string(workbook::roleName(session.me().role));
    }
    [[nodiscard]] QString text(const content::RoleText& roleText) const
    {
        return QString::fromStdString(roleText.forRole(role()));
    }
    [[nodiscard]] QString partnerName() const
    {
        const auto* other = session.otherPartner();
        return other ? QString::fromStdString(other->name) : QString();
    }
};

} // namespace tw::app
