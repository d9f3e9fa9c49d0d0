// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"
#include "tw/workbook/Session.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace tw::app {

/** @brief What every exercise editor needs: the unlocked session, the reader's role, the curriculum. */
/** @brief "About 1 minute" / "About 20 minutes", spelled out so it reads right without a plural table. */
inline QString aboutMinutes(int minutes)
{
    return minutes == 1 ? QCoreApplication::translate("Exercise", "About 1 minute")
                        : QCoreApplication::translate("Exercise", "About %1 minutes").arg(minutes);
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

struct EditorContext {
    workbook::Session& session;
    const content::Curriculum& curriculum;

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
