// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace tw::app {

/** @brief The numbers behind one chart, as rows of text under column headers. */
struct TableData {
    QStringList headers;
    std::vector<QStringList> rows; ///< each as long as headers
};

/**
 * @brief A read-only table model over TableData: the text alternative of every progress chart, so
 * a screen reader (or anyone who prefers numbers) gets exactly what the chart draws.
 */
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TableModel(QObject* parent = nullptr);
    void setData(TableData data);
    [[nodiscard]] const TableData& table() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    TableData m_data;
};

} // namespace tw::app
