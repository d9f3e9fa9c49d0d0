// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegacyRows.h"

#include "PrivateStore.h"
#include "RowBodies.h"
#include "SharedStore.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Session.h"

namespace tw::workbook::store {
namespace {

StoredEntry fromLegacy(const SharedRow& row, Visibility visibility, const crypto::SecretBytes& key)
{
    StoredEntry stored;
    Entry& e = stored.entry;
    e.id = row.id;
    e.authorId = row.authorId;
    e.exerciseId = row.exerciseId;
    e.kind = row.kind;
    e.visibility = visibility;
    e.parentId = row.parentId;
    e.createdAt = row.createdAt;
    e.updatedAt = row.updatedAt;
    stored.hlc = row.hlc;
    stored.deleted = row.deleted;
    if (!row.deleted) {
        auto body = openBody(key, e, row.sealedBody);
        if (!body) {
            throw Error(ErrorKind::Damaged,
                "An entry of yours could not be opened while moving it to your private store: the file is "
                "damaged or was changed outside Trustwork. Nothing was moved. Restore the latest backup.");
        }
        e.body = std::move(*body);
    }
    return stored;
}

} // namespace

void LegacyRows::moveMine(Session& s)
{
    auto& mine = *s.m_private;
    if (mine.meta("legacy_moved")) {
        return;
    }
    // Once I have a head in the shared file, my rows moved long ago; unsigned rows in my name that
    // appear later were planted, and the unlock check removes them instead of adopting them.
    if (s.m_shared->sealedHead(s.m_partnerId)) {
        storage::Transaction tx(mine.db());
        mine.setMeta("legacy_moved", "1");
        tx.commit();
        return;
    }
    const auto privateRows = s.m_shared->legacyRows(s.m_partnerId, "private");
    const auto sharedRows = s.m_shared->legacyRows(s.m_partnerId, "shared");
    std::vector<StoredEntry> shared;
    {
        storage::Transaction tx(mine.db());
        for (const auto& row : privateRows) {
            mine.put(fromLegacy(row, Visibility::Private, s.m_keys.personalKey));
        }
        for (const auto& row : sharedRows) {
            shared.push_back(fromLegacy(row, Visibility::Shared, s.m_keys.coupleKey));
            mine.put(shared.back());
        }
        tx.commit();
    }
    // Shared rows are published again, now signed; the unsigned originals are replaced in place.
    for (const auto& row : shared) {
        s.publishRow(row);
    }
    {
        storage::Transaction tx(*s.m_db);
        storage::Statement remove(*s.m_db, "DELETE FROM entry WHERE author = ?1 AND signature IS NULL");
        remove.bind(1, s.m_partnerId);
        remove.run();
        tx.commit();
    }
    // secure_delete zeroed the cells; the checkpoint moves those pages into the main file at once,
    // so no copy of the old columns waits in the WAL.
    s.m_db->checkpoint();
    storage::Transaction tx(mine.db());
    mine.setMeta("legacy_moved", "1");
    tx.commit();
    if (!privateRows.empty() || !sharedRows.empty()) {
        tw::log::get("workbook")
            ->info("moved {} private and {} shared rows to the private store", privateRows.size(), sharedRows.size());
    }
}

} // namespace tw::workbook::store
