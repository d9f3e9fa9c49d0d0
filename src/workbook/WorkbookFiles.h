// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: what creating a workbook and joining one from a sync folder share.

#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Workbook.h"

namespace tw::workbook {

/** @brief How every SQLCipher file of a workbook is opened: the settings recorded beside its keys. */
storage::OpenOptions databaseOptions(const crypto::KeySlotFile& slots, const Options& options, bool create);

/**
 * @brief Makes the data folder (owner-only) and clears what a create or join that stopped before
 * writing the key file left behind (the key file is written last, so none of it is a workbook).
 */
void startEmptyDataDir(const Paths& paths);

/** @brief The shared file's record of which workbook it belongs to, inside the caller's transaction. */
void writeWorkbookMeta(storage::Database& db, const crypto::KeySlotFile& slots);

} // namespace tw::workbook
