// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the therapist-mode command files.

#include "Args.h"
#include "WorkbookCommands.h"
#include "tw/workbook/Session.h"

#include <memory>
#include <string>

namespace tw::cli::therapist {

/** @brief Options for workbooks the CLI opens (honours TRUSTWORK_INSECURE_FAST_KDF for test suites). */
workbook::Options options();

/** @brief Unlocks the workbook as --as NAME with a passphrase from the terminal or stdin. */
std::unique_ptr<workbook::Session> unlock(Context& ctx);

/** @brief A moment as "YYYY-MM-DD HH:MM" in local time. */
std::string localTime(std::int64_t ms);

// The practice's side (PracticeCommands.cpp).
int createPractice(Args& args, Context& ctx);
int identity(Args& args, Context& ctx);
int client(Args& args, Context& ctx);
int assignmentCreate(Args& args, Context& ctx);
int reportImport(Args& args, Context& ctx);

// The couple's side (CoupleCommands.cpp).
int assignmentShow(Args& args, Context& ctx);
int assignmentImport(Args& args, Context& ctx);
int assignmentList(Args& args, Context& ctx);
int assignmentPending(Args& args, Context& ctx);
int assignmentConfirm(Args& args, Context& ctx);
int reportExport(Args& args, Context& ctx);

} // namespace tw::cli::therapist
