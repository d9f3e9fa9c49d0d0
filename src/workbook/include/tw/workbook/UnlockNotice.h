// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tw::workbook {

/**
 * @brief Something a partner is told, in plain words, right after unlocking. Each front end words
 * it in its own language from these facts; describe() gives the English sentence for the CLI.
 */
struct UnlockNotice {
    enum class Kind {
        /** @ref count of my shared entries or marks were changed, removed or planted outside Trustwork
            on or after @ref since; Trustwork put my versions back. */
        MyRowsChanged,
        /** My private store is older than the workbook says it should be (it was replaced by an older copy). */
        MyStoreRolledBack,
        /** The shared workbook is older than my private store (it was replaced by an older copy). */
        WorkbookRolledBack,
        /** @ref count of rows attributed to @ref who failed their signature check and are not shown. */
        PartnerRowsRejected,
        /** @ref who's signing key in the workbook is not the one my app knew; their rows are not shown. */
        PartnerKeyChanged,
        /** @ref who restored the backup made at @ref backupTime, at @ref at. */
        Restored,
    };
    Kind kind = Kind::MyRowsChanged;
    int count = 0;
    std::int64_t since = 0; ///< ms since the epoch; 0 when unknown
    std::string who; ///< a partner's display name
    std::int64_t at = 0;
    std::int64_t backupTime = 0;
};

/** @brief The notice as one English sentence (dates as "2 Dec 2026"). */
std::string describe(const UnlockNotice& notice);

} // namespace tw::workbook
