// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustworkStyle.h"

#include "Icons.h"
#include "Metrics.h"
#include "Theme.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace tw::app::style {
namespace {

constexpr qreal kRing = 2.0; // focus ring width: thick enough to see from across the room

bool isPrimary(const QWidget* widget)
{
    return widget && widget->property("primary").toBool();
}

bool isDanger(const QWidget* widget)
{
    return widget && widget->property("danger").toBool();
}

bool isTextArea(const QWidget* widget)
{
    return qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget);
}

// A control's edge: stronger than a card's border, so buttons and boxes read as things to press.
QColor controlEdge(const Theme& t)
{
    return t.isDark() ? t.border.lighter(135) : t.border.darker(125);
}

int fontHeight(const QStyleOption* option, const QWidget* widget)
{
    if (widget) {
        return widget->fontMetrics().height();
    }
    return option ? option->fontMetrics.height() : 16;
}

// Text and the size of marks follow the font, so nothing stays small at 200 % text.
int indicatorSize(const QStyleOption* option, const QWidget* widget)
{
    return std::max(16, static_cast<int>(std::lround(fontHeight(option, widget) * 0.9)));
}

} // namespace

TrustworkStyle::TrustworkStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("trustwork"));
}

void TrustworkStyle::drawFocusRing(QPainter* painter, const QRectF& rect, qreal radius) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(currentTheme().focus, kRing));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = kRing / 2;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->restore();
}

void TrustworkStyle::drawButtonPanel(const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    const Theme& t = currentTheme();
    const bool enabled = option->state & State_Enabled;
    const bool down = option->state & (State_Sunken | State_On);
    const bool hover = enabled && (option->state & State_MouseOver);
    const bool focus = enabled && (option->state & State_HasFocus);
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    const bool flat = button && (button->features & QStyleOptionButton::Flat);
    const QRectF r = QRectF(option->rect).adjusted(1, 1, -1, -1);
    const qreal radius = std::min<qreal>(kRadius, r.height() / 2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = t.raised;
    QColor edge = controlEdge(t);
    Qt::PenStyle line = Qt::SolidLine;
    if (!enabled) {
        // Unavailable: no fill and a dotted edge, so it reads as "not now" without fading the words.
        fill = Qt::transparent;
        edge = t.border;
        line = Qt::DotLine;
    } else if (isPrimary(widget)) {
        fill = down ? t.accent.darker(120) : hover ? t.accent.darker(110) : t.accent;
        edge = fill;
    } else if (isDanger(widget)) {
        fill = down ? t.accentSoft : t.raised;
        edge = t.danger;
    } else if (flat) {
        fill = down || hover ? t.accentSoft : Qt::transparent;
        edge = Qt::transparent;
    } else if (down) {
        fill = t.accentSoft;
    } else if (hover) {
        fill = t.accentSoft;
        edge = t.accent;
    }
    painter->setBrush(fill);
    painter->setPen(edge.alpha() == 0 ? QPen(Qt::NoPen) : QPen(edge, 1, line));
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->restore();
    if (focus) {
        drawFocusRing(painter, QRectF(option->rect), radius + 1);
    }
}

void TrustworkStyle::drawCheckIndicator(const QStyleOption* option, QPainter* painter, bool radio) const
{
    const Theme& t = currentTheme();
    const bool enabled = option->state & State_Enabled;
    const bool on = option->state & State_On;
    const bool partly = option->state & State_NoChange;
    const bool hover = enabled && (option->state & State_MouseOver);
    const qreal side = std::min(option->rect.width(), option->rect.height()) - 2.0;
    QRectF box(0, 0, side, side);
    box.moveCenter(QRectF(option->rect).center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The edge is in the muted text colour (4.5:1 or more on every background), so an empty box is
    // as easy to find in the dark theme as a ticked one.
    const QColor edge = !enabled ? t.border : hover ? t.accent : t.muted;
    const bool filled = enabled && (on || partly);
    painter->setPen(QPen(filled ? t.accent : edge, std::max(1.5, side / 10.0), enabled ? Qt::SolidLine : Qt::DotLine));
    painter->setBrush(filled ? t.accent : enabled ? t.sunken : t.surface);
    if (radio) {
        painter->drawEllipse(box.adjusted(0.75, 0.75, -0.75, -0.75));
    } else {
        painter->drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), side / 5, side / 5);
    }
    const QColor mark = enabled ? t.onAccent : t.muted;
    if (radio && on) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
        const qreal dot = side * 0.4;
        painter->drawEllipse(QRectF(box.center().x() - dot / 2, box.center().y() - dot / 2, dot, dot));
    } else if (!radio && partly) {
        painter->setPen(QPen(mark, side / 7, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(
            QPointF(box.left() + side * 0.28, box.center().y()), QPointF(box.right() - side * 0.28, box.center().y()));
    } else if (!radio && on) {
        QPainterPath tick;
        tick.moveTo(box.left() + side * 0.25, box.top() + side * 0.52);
        tick.lineTo(box.left() + side * 0.43, box.top() + side * 0.70);
        tick.lineTo(box.left() + side * 0.76, box.top() + side * 0.32);
        painter->setPen(QPen(mark, side / 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    }
    painter->restore();
}

void TrustworkStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        drawFocusRing(painter, QRectF(option->rect), 4);
        return;
    case PE_PanelButtonCommand:
        drawButtonPanel(option, painter, widget);
        return;
    case PE_PanelButtonTool: {
        const bool enabled = option->state & State_Enabled;
        const bool active = enabled && (option->state & (State_MouseOver | State_Sunken | State_On));
        if (active) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(currentTheme().accentSoft);
            painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), kRadius / 2.0, kRadius / 2.0);
            painter->restore();
        }
        if (enabled && (option->state & State_HasFocus)) {
            drawFocusRing(painter, QRectF(option->rect), kRadius / 2.0);
        }
        return;
    }
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawCheckIndicator(option, painter, false);
        return;
    case PE_IndicatorRadioButton:
        drawCheckIndicator(option, painter, true);
        return;
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((option->state & State_HasFocus) && (option->state & State_Enabled)) {
            drawFocusRing(painter, QRectF(option->rect), 3);
        }
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void TrustworkStyle::drawControl(
    ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    const Theme& t = currentTheme();
    if (element == CE_PushButtonLabel) {
        if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
            QStyleOptionButton copy = *button;
            const bool enabled = option->state & State_Enabled;
            if (enabled && isPrimary(widget)) {
                copy.palette.setColor(QPalette::ButtonText, t.onAccent);
            } else if (enabled && isDanger(widget)) {
                copy.palette.setColor(QPalette::ButtonText, t.danger);
            }
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    // Text boxes show focus with the same ring as everything else (their frame is a QFrame's).
    if (element == CE_ShapedFrame && isTextArea(widget) && widget->hasFocus() && widget->isEnabled()) {
        drawFocusRing(painter, QRectF(option->rect), 3);
    }
}

void TrustworkStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex* option, QPainter* painter, const QWidget* widget) const
{
    if (control == CC_ToolButton) {
        if (const auto* tool = qstyleoption_cast<const QStyleOptionToolButton*>(option); tool
            && (tool->features & QStyleOptionToolButton::HasMenu)
            && !(tool->features & QStyleOptionToolButton::MenuButtonPopup)) {
            // A button that only opens a menu ("More", "Therapist") says so with its icon and name;
            // the tiny corner arrow Fusion adds reads as a stray mark next to the words.
            QStyleOptionToolButton copy = *tool;
            copy.features &= ~QStyleOptionToolButton::HasMenu;
            QProxyStyle::drawComplexControl(control, &copy, painter, widget);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

QIcon TrustworkStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    // A tool bar asks for its overflow button's icon when it is built. The base style's is a PNG,
    // and reading it loaded every image format plugin before the first window (about 2 ms of a
    // 60 ms launch); ours is the SVG the action bar's own "more" button uses, in the theme's colour.
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton) {
        return style::icon(QStringLiteral("more"));
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

int TrustworkStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return indicatorSize(option, widget);
    case PM_CheckBoxLabelSpacing:
    case PM_RadioButtonLabelSpacing:
        return space::s;
    case PM_LayoutHorizontalSpacing:
    case PM_LayoutVerticalSpacing:
        return space::s;
    case PM_LayoutLeftMargin:
    case PM_LayoutRightMargin:
    case PM_LayoutTopMargin:
    case PM_LayoutBottomMargin:
        return space::m;
    case PM_ToolBarIconSize:
    case PM_SmallIconSize:
    case PM_ButtonIconSize:
        // Icons keep pace with the text beside them.
        return std::max(16, static_cast<int>(std::lround(fontHeight(option, widget) * 1.1)));
    case PM_ToolBarItemSpacing:
        return space::xs;
    case PM_FocusFrameHMargin:
    case PM_FocusFrameVMargin:
        return 3;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

QSize TrustworkStyle::sizeFromContents(
    ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    const int line = fontHeight(option, widget);
    switch (type) {
    case CT_PushButton:
        // Room for the ring and a calm amount of air, at any text size.
        result.setHeight(std::max(result.height(), line + 2 * space::s + 2));
        result.setWidth(result.width() + 2 * space::s);
        break;
    case CT_ToolButton:
        result.setHeight(std::max(result.height(), line + space::m));
        result.setWidth(result.width() + space::xs);
        break;
    case CT_ItemViewItem:
        result.setHeight(std::max(result.height(), line + space::s));
        break;
    default:
        break;
    }
    return result;
}

int TrustworkStyle::styleHint(
    StyleHint hint, const QStyleOption* option, const QWidget* widget, QStyleHintReturn* returnData) const
{
    switch (hint) {
    case SH_DialogButtonBox_ButtonsHaveIcons:
        return 0;
    case SH_UnderlineShortcut:
        return 1;
    default:
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
}

void TrustworkStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    // Hover states need mouse tracking; focus changes of text areas repaint their frame.
    if (qobject_cast<QPushButton*>(widget) || isTextArea(widget)) {
        widget->setAttribute(Qt::WA_Hover);
    }
    if (isTextArea(widget)) {
        widget->installEventFilter(this);
    }
}

void TrustworkStyle::unpolish(QWidget* widget)
{
    if (isTextArea(widget)) {
        widget->removeEventFilter(this);
    }
    QProxyStyle::unpolish(widget);
}

bool TrustworkStyle::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto* widget = qobject_cast<QWidget*>(watched)) {
            widget->update();
        }
    }
    return QProxyStyle::eventFilter(watched, event);
}

} // namespace tw::app::style
