// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerPreferences.h"

#include "Settings.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"

#include <QSettings>

#include <algorithm>

namespace tw::app {
namespace {

constexpr const char* kIdleKey = "app.idle-lock-minutes";
constexpr const char* kNotificationsKey = "app.desktop-notifications";
// Where these lived in the shared settings file before they moved into each partner's store.
const QString kOldIdleKey = QStringLiteral("lock/idleMinutes");
const QString kOldNotificationsKey = QStringLiteral("reminders/desktopNotifications");

void migrate(workbook::Session& session)
{
    QSettings settings(Preferences::settingsPath(), QSettings::IniFormat);
    if (!settings.contains(kOldIdleKey) && !settings.contains(kOldNotificationsKey)) {
        return;
    }
    // The first partner to unlock takes over the old shared values; the other keeps the safe
    // defaults (5 minutes, no notifications). Either way they leave the file for good.
    if (settings.contains(kOldIdleKey) && !session.privateSetting(kIdleKey)) {
        const int minutes = std::clamp(settings.value(kOldIdleKey).toInt(), 1, 120);
        session.setPrivateSetting(kIdleKey, std::to_string(minutes));
    }
    if (settings.contains(kOldNotificationsKey) && !session.privateSetting(kNotificationsKey)) {
        session.setPrivateSetting(kNotificationsKey, settings.value(kOldNotificationsKey).toBool() ? "1" : "0");
    }
    settings.remove(kOldIdleKey);
    settings.remove(kOldNotificationsKey);
    settings.sync();
    tw::log::get("app")->info("moved the lock and notification settings into a partner's private store");
}

} // namespace

PartnerPreferences PartnerPreferences::load(workbook::Session& session)
{
    PartnerPreferences p;
    try {
        migrate(session);
        if (const auto minutes = session.privateSetting(kIdleKey)) {
            p.idleLockMinutes = std::clamp(std::atoi(minutes->c_str()), 1, 120);
        }
        if (const auto notify = session.privateSetting(kNotificationsKey)) {
            p.desktopNotifications = *notify == "1";
        }
    } catch (const Error& e) {
        // The safe defaults stand; the partner can set them again in Settings.
        tw::log::get("app")->warn("private settings unreadable (error kind {})", static_cast<int>(e.kind()));
    }
    return p;
}

void PartnerPreferences::save(workbook::Session& session) const
{
    session.setPrivateSetting(kIdleKey, std::to_string(std::clamp(idleLockMinutes, 1, 120)));
    session.setPrivateSetting(kNotificationsKey, desktopNotifications ? "1" : "0");
}

} // namespace tw::app
