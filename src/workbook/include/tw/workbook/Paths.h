// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace tw::workbook {

/** @brief Where the files of one workbook live inside a data directory. */
struct Paths {
    explicit Paths(std::filesystem::path dataDir);

    std::filesystem::path dataDir;
    std::filesystem::path database; ///< SQLCipher file
    std::filesystem::path keySlots; ///< key-slot file beside it
    std::filesystem::path backups; ///< rotating automatic backups
    std::filesystem::path packs; ///< content packs added by a therapist or author

    /** @brief A workbook exists once its key file does; the key file is written last on create. */
    [[nodiscard]] bool workbookExists() const;
};

} // namespace tw::workbook
