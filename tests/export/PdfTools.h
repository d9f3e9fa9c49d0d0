// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace tw::test {

/** @brief The text of a PDF (all pages, or only @p page) through poppler's pdftotext. */
std::string pdfText(const std::filesystem::path& pdf, int page = 0);

/** @brief The page count pdfinfo reports; -1 when it cannot read the file. */
int pdfPageCount(const std::filesystem::path& pdf);

} // namespace tw::test
