// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesDialog.h"

#include "AppContext.h"
#include "Confirm.h"
#include "DeviceListModel.h"
#include "FolderChooser.h"
#include "SyncController.h"
#include "style/Components.h"
#include "style/Metrics.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace tw::app {

DevicesDialog::DevicesDialog(AppContext& context, SyncController& controller, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_controller(controller)
{
    setWindowTitle(tr("Devices"));
    setObjectName(QStringLiteral("devicesDialog"));
    // The content scrolls, so at 200 % text on a small screen nothing is out of reach; Close stays.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, style::space::m);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(style::space::m);
    layout->setContentsMargins(style::space::l, style::space::l, style::space::l, style::space::s);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    layout->addWidget(style::text(style::TextRole::Title, tr("Your devices"), content));
    // What this is for, while no folder is chosen; the line at the foot stays.
    m_intro = style::text(style::TextRole::Body,
        tr("Use this workbook on more than one computer. Trustwork writes your changes, encrypted and signed, into "
           "a folder that a sync tool such as Syncthing keeps the same on each computer. Your private entries can "
           "be read only on your own devices."),
        content);
    layout->addWidget(m_intro);

    auto* folderLabel = new QLabel(tr("Sync &folder"), content);
    style::setTextRole(folderLabel, style::TextRole::Heading);
    layout->addWidget(folderLabel);
    auto* folderRow = new QHBoxLayout();
    folderRow->setSpacing(style::space::s);
    m_folder = new QLineEdit(content);
    m_folder->setReadOnly(true);
    m_folder->setAccessibleName(tr("Sync folder"));
    m_folder->setPlaceholderText(tr("No folder chosen: this workbook is only on this computer"));
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(m_folder, 1);
    auto* choose = new QPushButton(tr("&Choose…"), content);
    choose->setAccessibleName(tr("Choose the sync folder"));
    folderRow->addWidget(choose);
    layout->addLayout(folderRow);

    m_status = style::text(style::TextRole::Body, QString(), content);
    m_status->setAccessibleName(tr("Last sync"));
    m_status->setFocusPolicy(Qt::TabFocus);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    auto* actions = new QHBoxLayout();
    actions->setSpacing(style::space::s);
    m_syncNow = new QPushButton(tr("&Sync now"), content);
    m_syncNow->setAccessibleName(tr("Sync now"));
    style::makePrimary(m_syncNow);
    actions->addWidget(m_syncNow);
    m_stop = new QPushButton(tr("S&top syncing on this computer"), content);
    m_stop->setAccessibleName(tr("Stop syncing on this computer"));
    m_stop->setToolTip(tr("Trustwork forgets the folder here; nothing in it is deleted."));
    actions->addWidget(m_stop);
    actions->addStretch();
    layout->addLayout(actions);

    auto* devicesLabel = new QLabel(tr("D&evices of this workbook"), content);
    style::setTextRole(devicesLabel, style::TextRole::Heading);
    layout->addWidget(devicesLabel);
    m_model = new DeviceListModel(content);
    m_list = new QTreeView(content);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAccessibleName(tr("Devices of this workbook"));
    m_list->header()->setSectionResizeMode(DeviceListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DeviceListModel::OwnerColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DeviceListModel::LastChangeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    devicesLabel->setBuddy(m_list);
    // Room for a few devices without scrolling: a couple has two to four.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 7);
    layout->addWidget(m_list, 1);
    auto* removeRow = new QHBoxLayout();
    m_remove = new QPushButton(tr("&Remove this device…"), content);
    m_remove->setAccessibleName(tr("Remove the selected device"));
    m_remove->setToolTip(tr("For a computer you no longer use or have lost: its changes from now on are ignored."));
    style::makeDanger(m_remove);
    removeRow->setSpacing(style::space::m);
    removeRow->addWidget(m_remove, 0, Qt::AlignTop);
    removeRow->addWidget(style::text(style::TextRole::Caption,
                             tr("You can remove your own other devices. Your partner removes theirs on their own "
                                "devices."),
                             content),
        1);
    layout->addLayout(removeRow);
    m_about = style::text(style::TextRole::Caption,
        tr("Trustwork never goes online: your sync tool carries the encrypted change files. To add a computer, "
           "start Trustwork there and choose \u201cThis workbook is already on another computer\u201d."),
        content);
    layout->addWidget(m_about);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->setContentsMargins(style::space::l, 0, style::space::l, 0);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &DevicesDialog::chooseFolder);
    connect(m_syncNow, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller.stopSyncing();
        refresh();
    });
    connect(m_remove, &QPushButton::clicked, this, &DevicesDialog::removeSelected);
    connect(&m_controller, &SyncController::statusChanged, this, &DevicesDialog::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesDialog::updateButtons);
    refresh();
    // The one thing most people come here for, once a folder is chosen; otherwise choosing one.
    (m_syncNow->isEnabled() ? static_cast<QWidget*>(m_syncNow) : choose)->setFocus();
    // As large as it needs, but never past the screen (at 200 % text it scrolls instead).
    QSize size(760, 700);
    if (const auto* screen = (parent ? parent->screen() : this->screen())) {
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    }
    resize(size);
}

void DevicesDialog::chooseFolder()
{
    const QString chosen = chooseSyncFolder(this, m_controller.folder());
    if (chosen.isEmpty()) {
        return;
    }
    m_controller.setFolder(chosen);
    refresh();
}

void DevicesDialog::refresh()
{
    const QString folder = m_controller.folder();
    m_folder->setText(QDir::toNativeSeparators(folder));
    const auto& status = m_controller.status();
    m_status->setText(status.state == SyncStatus::State::Off
            ? (folder.isEmpty() ? tr("Choose a folder to start. An empty folder starts a new sync folder; a folder "
                                     "your other computer already syncs into joins it.")
                                : QString())
            : status.text());
    m_status->setVisible(!m_status->text().isEmpty());
    m_intro->setVisible(folder.isEmpty());
    m_syncNow->setEnabled(!folder.isEmpty());
    m_stop->setEnabled(!folder.isEmpty());
    auto* session = m_context.session();
    if (session) {
        try {
            m_model->setDevices(workbook::SyncFolder::devices(*session), session->me().name);
        } catch (const Error& e) {
            tw::log::get("app")->warn("device list unreadable (error kind {})", static_cast<int>(e.kind()));
            m_model->setDevices({}, {});
        }
    } else {
        m_model->setDevices({}, {});
    }
    updateButtons();
}

void DevicesDialog::updateButtons()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const bool selected = !m_list->selectionModel()->selectedRows().isEmpty();
    m_remove->setEnabled(selected && current.data(DeviceListModel::RemovableRole).toBool());
}

void DevicesDialog::removeSelected()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const auto* device = m_model->device(current.row());
    if (!device || !current.data(DeviceListModel::RemovableRole).toBool()) {
        return;
    }
    const QString name = m_model->index(current.row(), DeviceListModel::NameColumn).data().toString();
    const std::string id = device->id;
    confirm(this, tr("Remove %1?").arg(name),
        tr("Changes that %1 writes from now on are ignored by all your devices and your partner's, once this "
           "reaches them. What it wrote before stays. To use it again later, join it to the workbook afresh.")
            .arg(name),
        tr("Remove %1").arg(name), tr("Keep it"), [this, id] {
            auto* session = m_context.session();
            if (!session) {
                return;
            }
            try {
                workbook::SyncFolder::removeDevice(*session, id);
                tw::log::get("app")->info("a device was removed");
            } catch (const Error& e) {
                SyncStatus failed;
                failed.state = SyncStatus::State::Stopped;
                failed.summary = tr("The device was not removed: %1").arg(QString::fromStdString(e.what()));
                m_status->setText(failed.text());
                return;
            }
            // Published at once, so the other devices learn of it at their next sync.
            m_controller.syncNow();
            refresh();
        });
}

} // namespace tw::app
