// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeakScan.h"
#include "tw/workbook/Workbook.h"

#include <filesystem>

namespace tw::test {

/**
 * @brief What the app does in a working session, in this process: logging to the data directory
 * as the app sets it up, settings saved, the main window open and unlocked as Alex, a reflection
 * typed into its real editor and autosaved, and a log record, a check-in, a commitment and an
 * agreement item written through the services the editors use, then an automatic backup and lock.
 * Every piece of user text is a canary from @p canaries.
 */
void runAppSession(const std::filesystem::path& dataDir, const std::string& passphrase,
    const workbook::Options& options, Canaries& canaries);

/** @brief HOME, the XDG folders and TMPDIR this process was given, plus /tmp and /var/tmp. */
std::vector<std::filesystem::path> placesToScan(const std::filesystem::path& dataDir);

} // namespace tw::test
