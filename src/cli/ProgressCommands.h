// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Args.h"
#include "WorkbookCommands.h"

namespace tw::cli {

/** @brief `export --format pdf|json --output FILE`: the active partner's journal; returns the exit code. */
int runExport(Args& args, Context& ctx);

/** @brief `checkin add --trust N [...]`: a trust check-in, private unless --shared; returns the exit code. */
int runCheckin(Args& args, Context& ctx);

} // namespace tw::cli
