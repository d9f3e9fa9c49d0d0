// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Theme.h"

#include <QFont>
#include <QString>

namespace tw::app::style {

/**
 * @brief "light", "dark", or for "system" whichever of the two matches the desktop's own palette
 * (a dark desktop gets the dark theme).
 */
QString resolveThemeName(const QString& setting);

/** @brief The application style sheet for @p theme and @p body (the template filled in). */
QString styleSheetFor(const Theme& theme, const QFont& body);

/** @brief When applyAppearance() sets the style sheet. */
enum class SheetTiming {
    Now,
    /**
     * At start only: the style sheet waits for applyDeferredStyleSheet(), after the first window
     * has painted. With an application style sheet Qt polishes and measures every widget through
     * its style sheet engine: 1.3 ms of CPU in the unlock window's constructor alone (issue 21).
     * The first windows use one rule of it, the muted tone, which setTone() also gives through the
     * palette. Until then the application has no style sheet at all.
     */
    AfterFirstPaint,
};

/**
 * @brief Applies the look in one go: the Trustwork style, the theme's palette, the body font at
 * @p textSizePercent of the desktop's size and the style sheet with the type scale. Safe to call
 * again at any time (Settings does, after a change); open windows follow at once.
 */
void applyAppearance(const QString& themeSetting, int textSizePercent, SheetTiming sheet = SheetTiming::Now);

/** @brief Sets the style sheet that applyAppearance(..., AfterFirstPaint) kept back; else nothing. */
void applyDeferredStyleSheet();

} // namespace tw::app::style
