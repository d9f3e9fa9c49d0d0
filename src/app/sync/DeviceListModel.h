// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Sync.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace tw::app {

/**
 * @brief The devices of the workbook as a table: the device, whose it is, and its last change
 * ("this device" and "removed" said in words). Read-only; the dialog asks which rows may be removed.
 */
class DeviceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, OwnerColumn, LastChangeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        /** @brief One of the unlocked partner's own other devices, not removed yet. */
        RemovableRole,
    };

    explicit DeviceListModel(QObject* parent = nullptr);
    /** @brief @p myName: the unlocked partner, who may remove their own other devices only. */
    void setDevices(std::vector<workbook::SyncDevice> devices, std::string myName);
    [[nodiscard]] const workbook::SyncDevice* device(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<workbook::SyncDevice> m_devices;
    std::string m_myName;
};

} // namespace tw::app
