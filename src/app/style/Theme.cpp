// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "Resources.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tw::app::style {
namespace {

QJsonObject palettesFile()
{
    initResources();
    QFile file(QStringLiteral(":/style/palettes.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QColor role(const QJsonObject& palette, const char* name, const QColor& fallback)
{
    const QColor colour(palette.value(QLatin1String(name)).toString());
    return colour.isValid() ? colour : fallback;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

Theme& current()
{
    static Theme theme = style::theme(QStringLiteral("light"));
    return theme;
}

} // namespace

Theme theme(const QString& name)
{
    static const QJsonObject file = palettesFile();
    const bool dark = name == QLatin1String("dark");
    const QJsonObject p = file.value(dark ? QLatin1String("dark") : QLatin1String("light")).toObject();
    // The fallbacks only matter if the resource were missing: black on white stays readable.
    const QColor ink = dark ? Qt::white : Qt::black;
    const QColor paper = dark ? Qt::black : Qt::white;
    Theme t;
    t.name = dark ? QStringLiteral("dark") : QStringLiteral("light");
    t.surface = role(p, "surface", paper);
    t.raised = role(p, "raised", paper);
    t.sunken = role(p, "sunken", paper);
    t.border = role(p, "border", ink);
    t.text = role(p, "text", ink);
    t.muted = role(p, "muted", ink);
    t.accent = role(p, "accent", ink);
    t.onAccent = role(p, "onAccent", paper);
    t.accentSoft = role(p, "accentSoft", paper);
    t.onAccentSoft = role(p, "onAccentSoft", ink);
    t.partner = role(p, "partner", ink);
    t.danger = role(p, "danger", ink);
    t.onDanger = role(p, "onDanger", paper);
    t.focus = role(p, "focus", ink);
    return t;
}

const Theme& currentTheme()
{
    return current();
}

void setCurrentTheme(const Theme& theme)
{
    current() = theme;
}

QPalette toPalette(const Theme& t)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool off = group == QPalette::Disabled;
        // Disabled text is muted, not faded out: it must stay readable, and the style draws
        // disabled controls flat so they still look unavailable.
        const QColor ink = off ? t.muted : t.text;
        p.setColor(group, QPalette::Window, t.surface);
        p.setColor(group, QPalette::WindowText, ink);
        p.setColor(group, QPalette::Base, t.sunken);
        p.setColor(group, QPalette::AlternateBase, t.raised);
        p.setColor(group, QPalette::Text, ink);
        p.setColor(group, QPalette::Button, off ? t.surface : t.raised);
        p.setColor(group, QPalette::ButtonText, ink);
        p.setColor(group, QPalette::BrightText, t.onDanger);
        p.setColor(group, QPalette::PlaceholderText, t.muted);
        p.setColor(group, QPalette::Highlight, off ? t.surface : t.accent);
        p.setColor(group, QPalette::HighlightedText, off ? t.muted : t.onAccent);
        p.setColor(group, QPalette::ToolTipBase, t.raised);
        p.setColor(group, QPalette::ToolTipText, t.text);
        p.setColor(group, QPalette::Link, t.accent);
        p.setColor(group, QPalette::LinkVisited, t.accent);
        // Fusion shades bevels and check box frames from these; the border role keeps edges visible.
        p.setColor(group, QPalette::Light, t.raised.lighter(110));
        p.setColor(group, QPalette::Midlight, t.raised);
        p.setColor(group, QPalette::Mid, t.border);
        p.setColor(group, QPalette::Dark, t.border.darker(130));
        p.setColor(group, QPalette::Shadow, t.isDark() ? QColor(0, 0, 0) : t.border.darker(160));
    }
    return p;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ColourPair> textPairs(const Theme& t)
{
    std::vector<ColourPair> pairs;
    const std::pair<const char*, QColor> backgrounds[]
        = {{"surface", t.surface}, {"raised", t.raised}, {"sunken", t.sunken}};
    const std::pair<const char*, QColor> inks[]
        = {{"text", t.text}, {"muted", t.muted}, {"accent", t.accent}, {"partner", t.partner}, {"danger", t.danger}};
    for (const auto& [inkName, ink] : inks) {
        for (const auto& [backName, back] : backgrounds) {
            pairs.push_back(
                {QStringLiteral("%1 on %2").arg(QLatin1String(inkName), QLatin1String(backName)), ink, back});
        }
    }
    pairs.push_back({QStringLiteral("onAccent on accent"), t.onAccent, t.accent});
    pairs.push_back({QStringLiteral("onAccentSoft on accentSoft"), t.onAccentSoft, t.accentSoft});
    pairs.push_back({QStringLiteral("text on accentSoft"), t.text, t.accentSoft});
    pairs.push_back({QStringLiteral("onDanger on danger"), t.onDanger, t.danger});
    // What Qt itself draws from the palette, in every colour group.
    const QPalette p = toPalette(t);
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> qtPairs[] = {{QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base}, {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button}, {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base}, {QPalette::Link, QPalette::Window}, {QPalette::BrightText, QPalette::Button}};
    const std::pair<const char*, QPalette::ColorGroup> groups[]
        = {{"active", QPalette::Active}, {"inactive", QPalette::Inactive}, {"disabled", QPalette::Disabled}};
    for (const auto& [groupName, group] : groups) {
        for (const auto& [fore, back] : qtPairs) {
            if (fore == QPalette::BrightText) {
                // Qt draws BrightText on a danger-coloured fill only (see TrustworkStyle).
                continue;
            }
            pairs.push_back({QStringLiteral("palette %1 %2 on %3")
                                 .arg(QLatin1String(groupName))
                                 .arg(static_cast<int>(fore))
                                 .arg(static_cast<int>(back)),
                p.color(group, fore), p.color(group, back)});
        }
    }
    return pairs;
}

} // namespace tw::app::style
