// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Paths.h"

#include <utility>

namespace tw::workbook {

Paths::Paths(std::filesystem::path dir)
    : dataDir(std::move(dir))
    , database(dataDir / "workbook.db")
    , keySlots(dataDir / "workbook.keys")
    , backups(dataDir / "backups")
    , packs(dataDir / "packs")
{
}

bool Paths::workbookExists() const
{
    std::error_code ec;
    return std::filesystem::exists(keySlots, ec);
}

} // namespace tw::workbook
