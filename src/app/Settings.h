// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/PartnerPreferences.h"
#include "style/Appearance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace tw::app {

/**
 * @brief Preferences of this computer's account, kept in QSettings: how Trustwork looks. Only
 * these numbers and names, never user text, and nothing that protects a partner (those are in
 * PartnerPreferences, in each partner's private store).
 */
struct Preferences {
    QString theme = QStringLiteral("system"); ///< system, light or dark
    int textSizePercent = 100;
    /** @brief "system", "en" or "de"; read once at start (see Language.h). */
    QString language = QStringLiteral("system");

    /** @brief ~/.config/trustwork/trustwork.conf: named here so no "Unknown Organization" folder appears. */
    static QString settingsPath();
    static Preferences load();
    void save() const;
    /** @brief Applies theme and text size to the running application (see style::applyAppearance). */
    void apply(style::SheetTiming sheet = style::SheetTiming::Now) const;
};

/**
 * @brief Settings: how Trustwork looks on this computer, and (while a partner is unlocked) that
 * partner's own lock and notification settings and passphrase. Locked, the personal part is
 * greyed out: it belongs to whoever unlocks.
 */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /** @brief What the personal buttons asked for; the main window runs it after the dialog closes. */
    enum class Request { None, ChangePassphrase, SomeoneMayKnow, Devices };

    /** @brief @p personal is null while locked; @p who names the unlocked partner. */
    SettingsDialog(
        const Preferences& current, const PartnerPreferences* personal, const QString& who, QWidget* parent = nullptr);
    [[nodiscard]] Preferences preferences() const;
    [[nodiscard]] PartnerPreferences partnerPreferences() const;
    [[nodiscard]] bool hasPersonal() const { return m_hasPersonal; }
    [[nodiscard]] Request request() const { return m_request; }

private:
    QSpinBox* m_idle = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_textSize = nullptr;
    QCheckBox* m_notifications = nullptr;
    QComboBox* m_language = nullptr;
    bool m_hasPersonal = false;
    Request m_request = Request::None;
};

} // namespace tw::app
