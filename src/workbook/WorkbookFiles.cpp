// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookFiles.h"

#include "tw/base/Error.h"
#include "tw/storage/Statement.h"

namespace tw::workbook {

storage::OpenOptions databaseOptions(const crypto::KeySlotFile& slots, const Options& options, bool create)
{
    storage::OpenOptions o;
    o.create = create;
    o.cipherPageSize = slots.database.cipherPageSize;
    o.cipherCompatibility = slots.database.cipherCompatibility;
    o.plaintextForTests = options.plaintextDatabaseForTests;
    return o;
}

void startEmptyDataDir(const Paths& paths)
{
    std::error_code ec;
    std::filesystem::create_directories(paths.dataDir, ec);
    if (ec) {
        throw Error(errorKindForErrno(ec.value()),
            "Could not create the folder " + paths.dataDir.string() + ": " + ec.message() + ".");
    }
    std::filesystem::permissions(
        paths.dataDir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
    std::filesystem::remove(paths.database, ec);
    std::filesystem::remove(paths.database.string() + "-wal", ec);
    std::filesystem::remove(paths.database.string() + "-shm", ec);
    std::filesystem::remove_all(paths.dataDir / "private", ec);
}

void writeWorkbookMeta(storage::Database& db, const crypto::KeySlotFile& slots)
{
    for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"workbook_id", slots.workbookId},
             std::pair<const char*, const std::string&>{"kind", slots.kind}}) {
        storage::Statement stmt(db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
        stmt.bind(1, std::string(key)).bind(2, value);
        stmt.run();
    }
}

} // namespace tw::workbook
