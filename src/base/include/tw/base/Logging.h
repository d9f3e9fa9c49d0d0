// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/logger.h>

#include <filesystem>
#include <memory>
#include <string>

namespace tw::log {

/**
 * @brief Sets up logging for the process: warnings to stderr and, when @p dataDir is given,
 * a rotating file in <dataDir>/logs. Log lines carry events and ids only, never user text.
 * The file is readable by anyone using the same computer account, partners included, so the file
 * gets info level and up only: what one partner did and when (unlocks, entries) is debug level,
 * never written there, because a log of it would be a "last opened" record.
 */
void init(const std::filesystem::path& dataDir, bool verbose = false);

/** @brief The named logger of one library ("crypto", "storage", ...), created on first use. */
std::shared_ptr<spdlog::logger> get(const std::string& name);

/** @brief Flushes and drops all loggers; used before exit and between tests. */
void shutdown();

} // namespace tw::log
