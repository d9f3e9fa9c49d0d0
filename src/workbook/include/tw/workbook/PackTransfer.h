// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A therapist's own content pack travelling inside an assignment: embedded by the practice when an
// item comes from it, checked and installed in the couple's packs/ folder on import.

#include "tw/content/Curriculum.h"
#include "tw/workbook/TherapistTypes.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tw::workbook {

/**
 * @brief The pack the items come from, as single-file pack JSON, or "" when all come from the
 * curriculum. Throws Usage when they come from more than one pack (a file carries at most one).
 */
std::string packToEmbed(const content::Curriculum& curriculum, const std::vector<AssignmentItem>& items,
    const std::filesystem::path& packsDir);

/**
 * @brief An embedded pack written to a hidden file in @p packsDir and validated like any pack.
 * install() moves it into place as <packId>.json; the destructor removes it if it was not installed.
 * Throws InvalidInput (naming the problem) for a pack that is not valid.
 */
class StagedPack {
public:
    StagedPack(const std::string& packJson, const std::filesystem::path& packsDir,
        const std::filesystem::path& contentOverride);
    StagedPack(const StagedPack&) = delete;
    StagedPack& operator=(const StagedPack&) = delete;
    ~StagedPack();

    /** @brief Returns the installed file. */
    std::filesystem::path install();
    [[nodiscard]] const std::string& id() const { return m_id; }

private:
    std::string m_id;
    std::filesystem::path m_staged;
    std::filesystem::path m_target;
};

} // namespace tw::workbook
