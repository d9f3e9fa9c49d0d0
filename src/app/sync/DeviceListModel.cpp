// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceListModel.h"

#include "Dates.h"

#include <algorithm>

namespace tw::app {

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DeviceListModel::setDevices(std::vector<workbook::SyncDevice> devices, std::string myName)
{
    beginResetModel();
    // This device first, then mine, then the partner's; removed devices last.
    std::stable_sort(devices.begin(), devices.end(), [&myName](const auto& a, const auto& b) {
        const auto rank = [&myName](const workbook::SyncDevice& d) {
            return d.removed ? 3 : d.thisDevice ? 0 : d.ownerName == myName ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    m_devices = std::move(devices);
    m_myName = std::move(myName);
    endResetModel();
}

const workbook::SyncDevice* DeviceListModel::device(int row) const
{
    return row >= 0 && row < static_cast<int>(m_devices.size()) ? &m_devices[static_cast<std::size_t>(row)] : nullptr;
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    const auto* d = index.isValid() ? device(index.row()) : nullptr;
    if (!d) {
        return {};
    }
    if (role == IdRole) {
        return QString::fromStdString(d->id);
    }
    if (role == RemovableRole) {
        return !d->thisDevice && !d->removed && d->ownerName == m_myName;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn: {
        const QString name = d->name.empty() ? tr("(no name yet)") : QString::fromStdString(d->name);
        if (d->thisDevice) {
            //: A device in the list of devices: %1 is its name.
            return tr("%1 (this device)").arg(name);
        }
        return d->removed ? tr("%1 (removed)").arg(name) : name;
    }
    case OwnerColumn:
        return d->ownerName == m_myName ? tr("You") : QString::fromStdString(d->ownerName);
    case LastChangeColumn:
        return d->lastChangeAt > 0 ? dayTimeText(d->lastChangeAt) : tr("No changes yet");
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Device");
    case OwnerColumn:
        return tr("Belongs to");
    case LastChangeColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace tw::app
