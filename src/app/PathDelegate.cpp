// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathDelegate.h"

#include "style/Metrics.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTreeView>

#include <algorithm>

namespace tw::app {

PathDelegate::PathDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int PathDelegate::textWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
        ++depth;
    }
    // The width the row really has: the panel minus indentation, the icon and the item's margins.
    const int icon = option.decorationSize.width() + style::space::s;
    const int margins = 2 * (QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + style::space::xs;
    const int available = m_view->viewport()->width() - m_view->indentation() * (depth + 1) - margins
        - (index.data(Qt::DecorationRole).isNull() ? 0 : icon);
    return std::max(available, option.fontMetrics.averageCharWidth() * 8);
}

QSize PathDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect bounds = opt.fontMetrics.boundingRect(
        QRect(0, 0, textWidth(opt, index), 100000), Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    const int iconHeight = opt.decorationSize.height();
    return {m_view->viewport()->width(), std::max(bounds.height(), iconHeight) + style::space::s};
}

void PathDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Wrapping, never eliding: the style draws the text in the rectangle sizeHint made room for.
    opt.features |= QStyleOptionViewItem::WrapText;
    opt.textElideMode = Qt::ElideNone;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

} // namespace tw::app
