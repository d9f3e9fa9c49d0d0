// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapLabel.h"

namespace tw::app::style {

WrapLabel::WrapLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

int WrapLabel::heightForWidth(int width) const
{
    // Everything QLabel's answer depends on: text and its format, font, margins (a frame's width is
    // among them), margin and indent, alignment and wrapping.
    const int options
        = static_cast<int>(alignment()) | static_cast<int>(textFormat()) << 24 | (wordWrap() ? 1 << 30 : 0);
    const HeightMemo::Key key{
        text(), font(), contentsMargins() + QMargins(margin(), margin(), margin(), margin()), indent(), options};
    if (const auto kept = m_heights.find(key, width)) {
        return *kept;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights.keep(key, width, height);
    return height;
}

} // namespace tw::app::style
