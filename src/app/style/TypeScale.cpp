// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypeScale.h"

#include <QFontDatabase>
#include <QWidget>

#include <algorithm>

namespace tw::app::style {
namespace {

// Declared as a dependency (fonts-noto-core): calm, open letter shapes, and every language's
// accents. Where it is missing the desktop's own font is used.
constexpr const char* kFamily = "Noto Sans";

// Below this the body is hard to read on today's screens, whatever the desktop says.
constexpr double kMinimumBodyPoints = 10.0;

} // namespace

double scaleOf(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return 1.75;
    case TextRole::Heading:
        return 1.3;
    case TextRole::Body:
        return 1.0;
    case TextRole::Caption:
        return 0.9;
    }
    return 1.0;
}

QString roleName(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return QStringLiteral("title");
    case TextRole::Heading:
        return QStringLiteral("heading");
    case TextRole::Body:
        return QStringLiteral("body");
    case TextRole::Caption:
        return QStringLiteral("caption");
    }
    return {};
}

QFont bodyFont(double desktopPointSize, int textSizePercent)
{
    QFont font;
    if (QFontDatabase::families().contains(QLatin1String(kFamily))) {
        font.setFamily(QLatin1String(kFamily));
    }
    font.setPointSizeF(std::max(desktopPointSize, kMinimumBodyPoints) * textSizePercent / 100.0);
    return font;
}

QFont fontFor(TextRole role, const QFont& body)
{
    QFont font = body;
    font.setPointSizeF(body.pointSizeF() * scaleOf(role));
    font.setBold(role == TextRole::Title || role == TextRole::Heading);
    return font;
}

void setTextRole(QWidget* widget, TextRole role)
{
    widget->setProperty("textRole", roleName(role));
}

} // namespace tw::app::style
