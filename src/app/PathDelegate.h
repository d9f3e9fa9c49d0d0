// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace tw::app {

/**
 * @brief Path rows that wrap instead of ending in "...": a row is as tall as its title needs at
 * the width the panel has, so long titles stay whole at 200 % text too.
 */
class PathDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PathDelegate(QTreeView* view);
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    [[nodiscard]] int textWidth(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QTreeView* m_view;
};

} // namespace tw::app
