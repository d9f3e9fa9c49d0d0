// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkbookCommands.h"
#include "tw/content/Curriculum.h"
#include "tw/workbook/Insights.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <istream>
#include <memory>
#include <string>

namespace tw::cli {

/** @brief Workbook options for this run: what users get, in every installed program. */
workbook::Options workbookOptions();

/**
 * @brief Defined once per program: ShippedOptions.cpp (trustwork-cli, which users run) gives the
 * defaults; ForTestsOptions.cpp (trustwork-cli-for-tests, never installed) lets a test ask for
 * cheap key derivation. No switch in the shipped program weakens anything.
 */
workbook::Options buildOptions();

/** @brief Tells what the unlock found (changes made outside Trustwork, a restore, a missing recovery code). */
void tellNotices(const workbook::Session& session, std::ostream& err);

/** @brief Unlocks as --as NAME with a passphrase from the terminal or standard input, and tells its notices. */
std::unique_ptr<workbook::Session> unlockSession(Context& ctx);

/** @brief The text of a file, or of the rest of standard input for "-". */
std::string readTextSource(const std::string& source, std::istream& in);

/**
 * @brief The curriculum (English, plus the data directory's content packs) from --content-dir or
 * the folder found next to the program. Packs that fail to load are left out with a note on @p ctx.err.
 */
content::Curriculum loadCurriculumFor(Context& ctx);

/** @brief The system's current offset from UTC, for weeks and days as the user lives them. */
workbook::LocalClock systemLocalClock();

} // namespace tw::cli
