// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace tw::app::style {

/**
 * @brief The one style class: Fusion underneath, with Trustwork's own buttons (rounded; the
 * screen's primary action filled with the accent; destructive ones in the danger colour), check
 * boxes and radio buttons drawn in the text colour so they stay visible in the dark theme, a
 * focus ring that is always visible, disabled controls drawn flat, and sizes that follow the font
 * so everything grows at 200 % text. Colours come from the current Theme, never from here.
 *
 * Widgets opt in by property, set through Components.h: "primary" and "danger" on push buttons.
 */
class TrustworkStyle : public QProxyStyle {
    Q_OBJECT
public:
    TrustworkStyle();

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override;
    void drawControl(
        ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
        const QWidget* widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override;
    QIcon standardIcon(
        StandardPixmap icon, const QStyleOption* option = nullptr, const QWidget* widget = nullptr) const override;
    QSize sizeFromContents(
        ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const override;
    int styleHint(
        StyleHint hint, const QStyleOption* option, const QWidget* widget, QStyleHintReturn* returnData) const override;
    void polish(QWidget* widget) override;
    void unpolish(QWidget* widget) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void drawButtonPanel(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;
    void drawCheckIndicator(const QStyleOption* option, QPainter* painter, bool radio) const;
    void drawFocusRing(QPainter* painter, const QRectF& rect, qreal radius) const;
};

} // namespace tw::app::style
