// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "style/Resources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tw::app {
namespace {

// Kept for the life of the process: QCoreApplication only holds pointers to installed translators.
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replaceTranslator(std::unique_ptr<QTranslator>& slot, std::unique_ptr<QTranslator> next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot.get());
    }
    slot = std::move(next);
    if (slot) {
        QCoreApplication::installTranslator(slot.get());
    }
}

} // namespace

QStringList languageChoices()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")};
}

QString resolveLanguage(const QString& setting)
{
    if (setting != QLatin1String("system") && languageChoices().contains(setting)) {
        return setting;
    }
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QStringLiteral("en") : system.name();
}

std::string contentLocale(const QString& language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C) {
        return "en";
    }
    return locale.name().section(QLatin1Char('_'), 0, 0).toStdString();
}

QString installTranslations(const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    bool found = own->load(locale, QStringLiteral("trustwork"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    const QString shown = found ? own->language().section(QLatin1Char('_'), 0, 0) : QStringLiteral("en");
    const bool translated = shown != QLatin1String("en");
    // English has a file of its own holding only plural forms ("1 minute", "2 minutes"); a language
    // without a translation is shown in English, plural forms included.
    if (!found) {
        found = own->load(QStringLiteral("trustwork_en"), QStringLiteral(":/i18n"));
    }
    auto qt = std::make_unique<QTranslator>();
    // Standard buttons and dialogs: only worth loading when our own text is translated too, so a
    // window never mixes, say, French "Annuler" with English labels.
    const bool qtFound = translated
        && qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replaceTranslator(ownTranslator(), found ? std::move(own) : nullptr);
    replaceTranslator(qtTranslator(), qtFound ? std::move(qt) : nullptr);
    return shown;
}

QIcon applicationIcon()
{
    style::initResources();
    return QIcon::fromTheme(
        QStringLiteral("org.trustwork.Trustwork"), QIcon(QStringLiteral(":/icons/org.trustwork.Trustwork.svg")));
}

} // namespace tw::app
