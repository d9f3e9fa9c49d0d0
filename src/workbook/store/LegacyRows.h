// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: moving a partner's rows from before private stores into their store.

namespace tw::workbook {
class Session;
}

namespace tw::workbook::store {

/**
 * @brief Before private stores, every row lay in the shared file, private ones sealed under their
 * author's personal key but with their exercise, kind and times in plain columns. At a partner's
 * first unlock with this version their rows move: private rows into their store (and out of the
 * shared file, whose deleted cells SQLite overwrites), shared rows into their store and back out
 * as signed copies, and the facts the partner may see become markers. Only that partner can do
 * it, since only their key opens their private rows; until the other partner unlocks, their old
 * rows stay as they were and are read as before.
 */
class LegacyRows {
public:
    static void moveMine(Session& session);
};

} // namespace tw::workbook::store
