// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "Metrics.h"
#include "Resources.h"
#include "TrustworkStyle.h"
#include "TypeScale.h"

#include <QApplication>
#include <QFile>
#include <QStyleFactory>

#include <utility>

namespace tw::app::style {
namespace {

// What the desktop gave us before Trustwork changed anything: "Follow the system" reads it.
struct Desktop {
    QPalette palette;
    double pointSize;
};

const Desktop& desktop()
{
    static const Desktop d{QApplication::palette(), QApplication::font().pointSizeF()};
    return d;
}

// The style sheet made at start and not yet set (SheetTiming::AfterFirstPaint).
QString& deferredSheet()
{
    static QString sheet;
    return sheet;
}

QString points(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString resolveThemeName(const QString& setting)
{
    if (setting == QLatin1String("dark") || setting == QLatin1String("light")) {
        return setting;
    }
    const QColor window = desktop().palette.color(QPalette::Window);
    return window.lightnessF() < 0.5 ? QStringLiteral("dark") : QStringLiteral("light");
}

QString styleSheetFor(const Theme& theme, const QFont& body)
{
    initResources();
    QFile file(QStringLiteral(":/style/trustwork.qss"));
    QString sheet = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    const double base = body.pointSizeF();
    const std::pair<const char*, QString> values[] = {
        {"title", points(base * scaleOf(TextRole::Title))},
        {"heading", points(base * scaleOf(TextRole::Heading))},
        {"body", points(base)},
        {"caption", points(base * scaleOf(TextRole::Caption))},
        {"surface", theme.surface.name()},
        {"raised", theme.raised.name()},
        {"sunken", theme.sunken.name()},
        {"border", theme.border.name()},
        {"text", theme.text.name()},
        {"muted", theme.muted.name()},
        {"accent", theme.accent.name()},
        {"onAccent", theme.onAccent.name()},
        {"accentSoft", theme.accentSoft.name()},
        {"onAccentSoft", theme.onAccentSoft.name()},
        {"partner", theme.partner.name()},
        {"danger", theme.danger.name()},
        {"onDanger", theme.onDanger.name()},
        {"radius", QString::number(kRadius)},
        {"xs", QString::number(space::xs)},
        {"s", QString::number(space::s)},
    };
    for (const auto& [name, value] : values) {
        sheet.replace(QLatin1Char('@') + QLatin1String(name) + QLatin1Char('@'), value);
    }
    return sheet;
}

void applyAppearance(const QString& themeSetting, int textSizePercent, SheetTiming sheet)
{
    (void)desktop(); // remember the desktop's look before the first change
    const Theme theme = style::theme(resolveThemeName(themeSetting));
    setCurrentTheme(theme);
    if (!qobject_cast<TrustworkStyle*>(QApplication::style())) {
        QApplication::setStyle(new TrustworkStyle());
    }
    QApplication::setPalette(toPalette(theme));
    const QFont body = bodyFont(desktop().pointSize, textSizePercent);
    QApplication::setFont(body);
    QApplication* app = qApp;
    if (sheet == SheetTiming::AfterFirstPaint) {
        deferredSheet() = styleSheetFor(theme, body);
        app->setStyleSheet(QString()); // nothing to undo at start: Qt returns at once without a sheet
        return;
    }
    deferredSheet().clear();
    app->setStyleSheet(styleSheetFor(theme, body));
}

void applyDeferredStyleSheet()
{
    if (!deferredSheet().isEmpty()) {
        qApp->setStyleSheet(std::exchange(deferredSheet(), QString()));
    }
}

} // namespace tw::app::style
