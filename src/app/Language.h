// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

#include <string>

namespace tw::app {

/** @brief The values of the language setting: "system" follows the desktop, the others are fixed. */
QStringList languageChoices();

/**
 * @brief The language to use for @p setting: a QLocale name such as "de_DE", "en" or "fr_FR".
 * "system" (and anything unknown) follows QLocale::system(); the bare "C" locale means English.
 */
QString resolveLanguage(const QString& setting);

/**
 * @brief The content locale for a resolved language: its language part ("de" for "de_DE"), because
 * the curriculum's translations are per language and each module reports the part it came from.
 */
std::string contentLocale(const QString& language);

/**
 * @brief Installs Trustwork's translation (embedded under :/i18n) and Qt's own (standard buttons) for
 * @p language, replacing any installed before, and makes it the default QLocale so dates follow it.
 * Returns the language the interface is actually shown in: "de" when a translation was found, else "en".
 */
QString installTranslations(const QString& language);

/** @brief The icon installed in the desktop's theme, or the copy built into Trustwork when there is none. */
QIcon applicationIcon();

} // namespace tw::app
