// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include "style/Components.h"

#include <QLabel>

namespace tw::app {

QLabel* boldLabel(const QString& text, QWidget* parent, double scale)
{
    // Sizes come from the type scale (style/TypeScale.h), so they follow the text-size setting.
    if (scale >= 1.4) {
        return style::text(style::TextRole::Title, text, parent);
    }
    if (scale > 1.0) {
        return style::text(style::TextRole::Heading, text, parent);
    }
    return style::emphasis(text, parent);
}

QLabel* headingLabel(const QString& text, QWidget* parent)
{
    return style::text(style::TextRole::Heading, text, parent);
}

} // namespace tw::app
