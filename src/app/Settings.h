// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace tw::app {

/** @brief Preferences kept in QSettings. Only these numbers and names: never user text. */
struct Preferences {
    int idleLockMinutes = 5;
    QString theme = QStringLiteral("system"); ///< system, light or dark
    int textSizePercent = 100;
    /** @brief Off by default: a desktop notification can reveal to others that Trustwork is used. */
    bool desktopNotifications = false;
    /** @brief "system", "en" or "de"; read once at start (see Language.h). */
    QString language = QStringLiteral("system");

    /** @brief ~/.config/trustwork/trustwork.conf: named here so no "Unknown Organization" folder appears. */
    static QString settingsPath();
    static Preferences load();
    void save() const;
    /** @brief Applies theme and text size to the running application. */
    void apply() const;
};

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences& current, QWidget* parent = nullptr);
    [[nodiscard]] Preferences preferences() const;

private:
    QSpinBox* m_idle = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_textSize = nullptr;
    QCheckBox* m_notifications = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace tw::app
