// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrapButton.h"

#include "Metrics.h"
#include "Theme.h"

#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>

namespace tw::app::style {
namespace {

constexpr int kPadX = space::m;
constexpr int kPadY = space::s;
constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic;

} // namespace

WrapButton::WrapButton(const QString& text, QWidget* parent)
    : QPushButton(text, parent)
{
    QSizePolicy policy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrapButton::iconSpace() const
{
    return icon().isNull() ? 0 : iconSize().width() + space::s;
}

QRect WrapButton::textRect(const QRect& contents) const
{
    return contents.adjusted(kPadX + iconSpace(), kPadY, -kPadX, -kPadY);
}

QSize WrapButton::sizeHint() const
{
    // One line when there is room; the layout narrows it (and heightForWidth adds lines) when not.
    const QSize line = fontMetrics().size(Qt::TextShowMnemonic, text());
    return {line.width() + 2 * kPadX + iconSpace() + 2, std::max(line.height(), iconSize().height()) + 2 * kPadY + 2};
}

QSize WrapButton::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 12 + 2 * kPadX + iconSpace();
    return {std::min(width, sizeHint().width()), heightForWidth(width)};
}

int WrapButton::heightForWidth(int width) const
{
    // Layouts ask the same question several times while they settle (see HeightMemo).
    const HeightMemo::Key key{this->text(), font(), {}, iconSpace(), iconSize().height()};
    if (const auto kept = m_heights.find(key, width)) {
        return *kept;
    }
    const QRect text = textRect(QRect(0, 0, width, 100000));
    const QRect bounds
        = fontMetrics().boundingRect(QRect(0, 0, std::max(1, text.width()), 100000), kTextFlags, this->text());
    const int height = std::max(bounds.height(), iconSize().height()) + 2 * kPadY + 2;
    m_heights.keep(key, width, height);
    return height;
}

void WrapButton::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString label = option.text;
    option.text.clear();
    option.icon = QIcon();
    // The panel, hover, primary fill and focus ring as for any button.
    painter.drawControl(QStyle::CE_PushButtonBevel, option);
    const QRect text = textRect(rect());
    if (!icon().isNull()) {
        const QIcon::Mode mode = isEnabled() ? QIcon::Normal : QIcon::Disabled;
        const QSize size = iconSize();
        const QRect place(
            text.left() - iconSpace(), rect().center().y() - size.height() / 2, size.width(), size.height());
        icon().paint(&painter, place, Qt::AlignCenter, mode);
    }
    const Theme& t = currentTheme();
    const bool primary = property("primary").toBool() && isEnabled();
    painter.setPen(!isEnabled() ? t.muted : primary ? t.onAccent : palette().color(QPalette::ButtonText));
    painter.drawText(text, kTextFlags, label);
}

} // namespace tw::app::style
