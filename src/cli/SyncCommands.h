// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Args.h"
#include "WorkbookCommands.h"

#include <string>

namespace tw::cli {

bool isSyncCommand(const std::string& command);
/** @brief Runs join, sync or device; returns the exit code. */
int runSyncCommand(const std::string& command, Args& args, Context& ctx);

} // namespace tw::cli
