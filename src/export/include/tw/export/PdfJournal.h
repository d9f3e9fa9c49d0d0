// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Journal.h"

#include <filesystem>

namespace tw::exporting {

struct PdfOptions {
    bool includeCharts = true;
};

/**
 * @brief Writes @p journal as a printable PDF made with QPdfWriter: a title page, the charts
 * (trust over weeks, consistency record), then entries by module and date. The interface is plain
 * C++ so trustwork-cli can use it without including Qt; when no Qt application object exists one
 * is created on the "offscreen" platform for the duration of the call. The file is written
 * atomically (a temp file beside it, then renamed). Throws tw::Error (Io, DiskFull, ReadOnly;
 * Usage for an empty file name). Qt's own warnings go to the "export" log, not to stderr.
 * Returns the number of pages written.
 */
int writePdfJournal(
    const workbook::Journal& journal, const std::filesystem::path& output, const PdfOptions& options = {});

} // namespace tw::exporting
