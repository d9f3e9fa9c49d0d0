// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace tw::app {

/**
 * @brief A wrapped, plain-text, bold label (content and user text never render as markup);
 * @p scale picks its role in the type scale: 1 body in bold, above 1 a heading, 1.4 and more a title.
 */
QLabel* boldLabel(const QString& text, QWidget* parent, double scale = 1.0);

/** @brief A section heading inside an exercise (the heading role of the type scale). */
QLabel* headingLabel(const QString& text, QWidget* parent);

} // namespace tw::app
