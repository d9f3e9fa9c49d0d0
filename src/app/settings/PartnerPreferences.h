// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::workbook {
class Session;
}

namespace tw::app {

/**
 * @brief Settings that protect one partner: kept in that partner's private store
 * (Session::privateSetting), never in the settings file the other partner can edit. A partner who
 * could shorten the other's idle lock to two hours, or turn on their desktop notifications, could
 * read over their shoulder or learn when they use Trustwork.
 */
struct PartnerPreferences {
    int idleLockMinutes = 5;
    /** @brief Off by default: a desktop notification can reveal to others that Trustwork is used. */
    bool desktopNotifications = false;

    /**
     * @brief This partner's preferences. A value still in the shared settings file (from before
     * these moved) is moved into this partner's store first and removed from the file.
     */
    static PartnerPreferences load(workbook::Session& session);
    void save(workbook::Session& session) const;
};

} // namespace tw::app
