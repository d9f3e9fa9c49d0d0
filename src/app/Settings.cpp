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
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

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
    p.theme = settings.value(QStringLiteral("appearance/theme"), QStringLiteral("system")).toString();
    p.textSizePercent = std::clamp(settings.value(QStringLiteral("appearance/textSize"), 100).toInt(), 80, 200);
    p.language = settings.value(QStringLiteral("appearance/language"), QStringLiteral("system")).toString();
    if (!languageChoices().contains(p.language)) {
        p.language = QStringLiteral("system");
    }
    return p;
}

void Preferences::save() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("appearance/theme"), theme);
    settings.setValue(QStringLiteral("appearance/textSize"), textSizePercent);
    settings.setValue(QStringLiteral("appearance/language"), language);
}

void Preferences::apply(style::SheetTiming sheet) const
{
    // The whole look (style, palette, font, type scale) is defined in style/; this only passes the choices on.
    style::applyAppearance(theme, textSizePercent, sheet);
}

SettingsDialog::SettingsDialog(
    const Preferences& current, const PartnerPreferences* personal, const QString& who, QWidget* parent)
    : QDialog(parent)
    , m_hasPersonal(personal != nullptr)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);

    auto* mine = new QGroupBox(personal ? tr("Only for %1").arg(who) : tr("Only for the partner who unlocks"), this);
    auto* mineForm = new QFormLayout(mine);
    auto* mineNote = new QLabel(personal ? tr("Kept in your private space: your partner can neither see nor change "
                                              "these.")
                                         : tr("Unlock to change the settings that are only yours."),
        mine);
    mineNote->setWordWrap(true);
    mineForm->addRow(mineNote);
    const PartnerPreferences shown = personal ? *personal : PartnerPreferences{};
    m_idle = new QSpinBox(mine);
    m_idle->setRange(1, 120);
    m_idle->setSuffix(tr(" minutes"));
    m_idle->setValue(shown.idleLockMinutes);
    m_idle->setAccessibleName(tr("Lock after this many idle minutes"));
    mineForm->addRow(tr("&Lock when idle for"), m_idle);
    m_notifications = new QCheckBox(tr("&Desktop notifications for reminders"), mine);
    m_notifications->setChecked(shown.desktopNotifications);
    m_notifications->setAccessibleName(tr("Desktop notifications for reminders"));
    m_notifications->setToolTip(tr("Reminders always show on Home. A desktop notification says only that a "
                                   "reminder is waiting, but anyone near the screen can see it."));
    mineForm->addRow(m_notifications);
    auto* change = new QPushButton(tr("&Change my passphrase…"), mine);
    change->setAccessibleName(tr("Change my passphrase"));
    auto* someone = new QPushButton(tr("Someone may &know my passphrase…"), mine);
    someone->setAccessibleName(tr("Someone may know my passphrase"));
    someone->setToolTip(tr("Choose a new passphrase and get new keys, so the old passphrase and recovery code open "
                           "nothing you write from now on."));
    auto* passRow = new QHBoxLayout();
    passRow->addWidget(change);
    passRow->addWidget(someone);
    passRow->addStretch();
    mineForm->addRow(passRow);
    // Two computers: the sync folder is this partner's own choice, so it lives with their settings.
    auto* devices = new QPushButton(tr("De&vices and sync folder…"), mine);
    devices->setAccessibleName(tr("Devices and sync folder"));
    devices->setToolTip(tr("Use this workbook on more than one computer, through a folder a sync tool keeps in step."));
    mineForm->addRow(devices);
    connect(devices, &QPushButton::clicked, this, [this] {
        m_request = Request::Devices;
        accept();
    });
    connect(change, &QPushButton::clicked, this, [this] {
        m_request = Request::ChangePassphrase;
        accept();
    });
    connect(someone, &QPushButton::clicked, this, [this] {
        m_request = Request::SomeoneMayKnow;
        accept();
    });
    for (QWidget* w : std::initializer_list<QWidget*>{m_idle, m_notifications, change, someone, devices}) {
        w->setEnabled(personal != nullptr);
    }
    layout->addWidget(mine);

    auto* look = new QGroupBox(tr("How Trustwork looks on this computer"), this);
    auto* form = new QFormLayout(look);
    m_theme = new QComboBox(look);
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme"), m_theme);
    m_textSize = new QComboBox(look);
    for (int percent : {100, 125, 150, 200}) {
        m_textSize->addItem(tr("%1%").arg(percent), percent);
    }
    m_textSize->setCurrentIndex(std::max(0, m_textSize->findData(current.textSizePercent)));
    m_textSize->setAccessibleName(tr("Text size"));
    form->addRow(tr("Text &size"), m_textSize);
    m_language = new QComboBox(look);
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language is named in itself, so it can be found by someone who cannot read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // no-tr: a language's own name
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de")); // no-tr: a language's own name
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("Lan&guage"), m_language);
    auto* languageNote = new QLabel(tr("A new language takes effect the next time Trustwork starts."), look);
    languageNote->setWordWrap(true);
    form->addRow(languageNote);
    layout->addWidget(look);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.theme = m_theme->currentData().toString();
    p.textSizePercent = m_textSize->currentData().toInt();
    p.language = m_language->currentData().toString();
    return p;
}

PartnerPreferences SettingsDialog::partnerPreferences() const
{
    PartnerPreferences p;
    p.idleLockMinutes = m_idle->value();
    p.desktopNotifications = m_notifications->isChecked();
    return p;
}

} // namespace tw::app
