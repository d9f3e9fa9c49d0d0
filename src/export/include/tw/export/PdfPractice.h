// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/PracticeService.h"

#include <filesystem>

namespace tw::exporting {

/**
 * @brief The therapist's printable record of one client, for a paper file: the partners and the
 * fingerprints of their signing keys, each assignment with what each partner's latest report says,
 * each partner's check-in trends as charts, and the entries each partner chose to send in their
 * latest report, nothing else. Plain C++ like writePdfJournal (QPdfWriter on an offscreen app);
 * written atomically. Returns the number of pages.
 */
int writePracticePdf(const workbook::ClientView& view, const std::filesystem::path& output, std::int64_t nowMs);

} // namespace tw::exporting
