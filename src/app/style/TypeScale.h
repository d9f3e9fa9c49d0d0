// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

class QWidget;

namespace tw::app::style {

/**
 * @brief The four sizes of text. Each is a multiple of the body size, and the body size is the
 * text-size setting applied to the desktop's font, so at 200 % every heading doubles too.
 */
enum class TextRole {
    Title, ///< one per screen: the exercise's or the page's name
    Heading, ///< a section of a screen
    Body, ///< everything people read
    Caption, ///< dates, statuses, small print; never smaller than 0.9 of the body
};

/** @brief How much larger than the body a role is. */
double scaleOf(TextRole role);

/** @brief The name used in the style sheet's [textRole="..."] selectors. */
QString roleName(TextRole role);

/** @brief The body font: the family Trustwork ships with (Noto Sans) at the chosen text size. */
QFont bodyFont(double desktopPointSize, int textSizePercent);

/** @brief @p body scaled for @p role (bold for title and heading). */
QFont fontFor(TextRole role, const QFont& body);

/**
 * @brief Marks @p widget with a role; the application style sheet gives it the role's size, and
 * gives it again whenever the text size changes. Call before the widget is first shown.
 */
void setTextRole(QWidget* widget, TextRole role);

} // namespace tw::app::style
