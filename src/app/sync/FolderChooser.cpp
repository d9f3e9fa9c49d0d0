// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace tw::app {
namespace {

SyncFolderChooser& chooserSlot()
{
    static SyncFolderChooser chooser;
    return chooser;
}

} // namespace

QString chooseSyncFolder(QWidget* parent, const QString& current)
{
    if (chooserSlot()) {
        return chooserSlot()(parent, current);
    }
    // Qt's own dialog: a desktop portal's dialog would remember the folder in the desktop's recent files.
    return QFileDialog::getExistingDirectory(parent,
        QCoreApplication::translate("SyncFolderChooser", "Choose the sync folder"),
        current.isEmpty() ? QDir::homePath() : current, QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
}

void setSyncFolderChooser(SyncFolderChooser chooser)
{
    chooserSlot() = std::move(chooser);
}

} // namespace tw::app
