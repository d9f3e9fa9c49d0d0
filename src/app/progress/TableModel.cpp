// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableModel.h"

namespace tw::app {

TableModel::TableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TableModel::setData(TableData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.rows.size());
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.headers.size());
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const QStringList& row = m_data.rows[static_cast<std::size_t>(index.row())];
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    if (role == Qt::AccessibleTextRole) {
        // Read as "Week of 2 Mar: 7.5" rather than a bare number without its column.
        return QString(m_data.headers.value(index.column()) + QStringLiteral(": ") + cell);
    }
    return cell;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= m_data.headers.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return m_data.headers.at(section);
}

} // namespace tw::app
