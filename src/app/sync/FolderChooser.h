// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tw::app {

/** @brief Picks an existing folder; empty when cancelled. */
using SyncFolderChooser = std::function<QString(QWidget* parent, const QString& current)>;

/** @brief Asks for the sync folder (Qt's own dialog, as everywhere in Trustwork), or the test's chooser. */
QString chooseSyncFolder(QWidget* parent, const QString& current);

/** @brief Tests answer the folder dialog with this; an empty function restores the real dialog. */
void setSyncFolderChooser(SyncFolderChooser chooser);

} // namespace tw::app
