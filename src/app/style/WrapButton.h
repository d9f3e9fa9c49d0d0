// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HeightMemo.h"

#include <QPushButton>

namespace tw::app::style {

/**
 * @brief A push button whose words wrap onto more lines instead of being cut off: Home's links
 * are sentences ("About a month has passed: are your agreements still working for you both?"),
 * and at 200 % text a plain QPushButton cut them at both ends. It is drawn by the same style as
 * every other button (panel, focus ring, primary); only the text layout is its own.
 */
class WrapButton : public QPushButton {
    Q_OBJECT
public:
    explicit WrapButton(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int iconSpace() const;
    [[nodiscard]] QRect textRect(const QRect& contents) const;

    mutable HeightMemo m_heights;
};

} // namespace tw::app::style
