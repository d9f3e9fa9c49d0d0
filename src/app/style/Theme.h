// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <vector>

namespace tw::app::style {

/**
 * @brief One palette as named roles, read from resources/style/palettes.json. Views never pick a
 * colour themselves: they name a role (the style sheet and the proxy style do the drawing).
 */
struct Theme {
    QString name; ///< "light" or "dark"
    QColor surface; ///< the window
    QColor raised; ///< cards and buttons
    QColor sunken; ///< text boxes, lists
    QColor border; ///< card and input edges (not text)
    QColor text;
    QColor muted; ///< captions, hints, disabled text: still readable (4.5:1)
    QColor accent; ///< the primary button, links, the focus of progress
    QColor onAccent; ///< text on accent
    QColor accentSoft; ///< selected rows, the partner's shared answer
    QColor onAccentSoft;
    QColor partner; ///< the other partner's marks in the journey (never the only signal)
    QColor danger;
    QColor onDanger;
    QColor focus; ///< the focus ring (non-text: 3:1 against what it surrounds)

    [[nodiscard]] bool isDark() const { return name == QLatin1String("dark"); }
};

/** @brief The palette called @p name ("light" or "dark") from the built-in palettes file. */
Theme theme(const QString& name);

/** @brief The theme the app shows now (set by applyAppearance; light before that). */
const Theme& currentTheme();
void setCurrentTheme(const Theme& theme);

/** @brief Qt's palette for @p theme, every colour group filled, disabled text muted but readable. */
QPalette toPalette(const Theme& theme);

/** @brief WCAG 2 contrast ratio of two opaque colours (1 to 21). */
double contrastRatio(const QColor& a, const QColor& b);

/** @brief A text colour drawn on a background colour somewhere in the interface. */
struct ColourPair {
    QString what; ///< "text on raised", for a readable test failure
    QColor foreground;
    QColor background;
};

/** @brief Every text/background pair the style sheet, the proxy style and the palette produce. */
std::vector<ColourPair> textPairs(const Theme& theme);

} // namespace tw::app::style
