// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HeightMemo.h"

#include <QLabel>

namespace tw::app::style {

/**
 * @brief A word-wrapped plain-text label (style::text makes them) that remembers its last few
 * heights: the same label as QLabel in every other way, only asked questions are not answered
 * twice (see HeightMemo).
 */
class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

private:
    mutable HeightMemo m_heights;
};

} // namespace tw::app::style
