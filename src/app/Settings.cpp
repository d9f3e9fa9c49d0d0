// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Language.h"
#include "style/Appearance.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace tw::app {

QString Preferences::settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/trustwork/trustwork.conf");
}

Preferences Preferences::load()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    Preferences p;
    p.idleLockMinutes = std::clamp(settings.value(QStringLiteral("lock/idleMinutes"), 5).toInt(), 1, 120);
    p.theme = settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    p.textSizePercent = std::clamp(settings.value(QStringLiteral("appearance/textSize"), 100).toInt(), 80, 200);
    p.desktopNotifications = settings.value(QStringLiteral("reminders/desktopNotifications"), false).toBool();
    p.language = settings.value(QStringLiteral("appearance/language"), QStringLiteral("system")).toString();
    if (!languageChoices().contains(p.language)) {
        p.language = QStringLiteral("system");
    }
    return p;
}

void Preferences::save() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("lock/idleMinutes"), idleLockMinutes);
    settings.setValue(QStringLiteral("appearance/theme"), theme);
    settings.setValue(QStringLiteral("appearance/textSize"), textSizePercent);
    settings.setValue(QStringLiteral("reminders/desktopNotifications"), desktopNotifications);
    settings.setValue(QStringLiteral("appearance/language"), language);
}

void Preferences::apply() const
{
    // The whole look (style, palette, font, type scale) is defined in style/; this only passes the choices on.
    style::applyAppearance(theme, textSizePercent);
}

SettingsDialog::SettingsDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    m_idle = new QSpinBox(this);
    m_idle->setRange(1, 120);
    m_idle->setSuffix(tr(" minutes"));
    m_idle->setValue(current.idleLockMinutes);
    m_idle->setAccessibleName(tr("Lock after this many idle minutes"));
    form->addRow(tr("&Lock when idle for"), m_idle);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme"), m_theme);
    m_textSize = new QComboBox(this);
    for (int percent : {100, 125, 150, 200}) {
        m_textSize->addItem(tr("%1%").arg(percent), percent);
    }
    m_textSize->setCurrentIndex(std::max(0, m_textSize->findData(current.textSizePercent)));
    m_textSize->setAccessibleName(tr("Text size"));
    form->addRow(tr("Text &size"), m_textSize);
    m_notifications = new QCheckBox(tr("&Desktop notifications for reminders"), this);
    m_notifications->setChecked(current.desktopNotifications);
    m_notifications->setAccessibleName(tr("Desktop notifications for reminders"));
    m_notifications->setToolTip(tr("Reminders always show on Home. A desktop notification says only that a "
                                   "reminder is waiting, but anyone near the screen can see it."));
    form->addRow(m_notifications);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language is named in itself, so it can be found by someone who cannot read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // no-tr: a language's own name
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de")); // no-tr: a language's own name
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("Lan&guage"), m_language);
    auto* languageNote = new QLabel(tr("A new language takes effect the next time Trustwork starts."), this);
    languageNote->setWordWrap(true);
    form->addRow(languageNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.idleLockMinutes = m_idle->value();
    p.theme = m_theme->currentData().toString();
    p.textSizePercent = m_textSize->currentData().toInt();
    p.desktopNotifications = m_notifications->isChecked();
    p.language = m_language->currentData().toString();
    return p;
}

} // namespace tw::app
