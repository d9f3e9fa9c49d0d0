// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Args.h"
#include "WorkbookCommands.h"

#include <string>

namespace tw::cli {

/** @brief create-practice, identity, client, assignment and report (therapist mode, issue 7). */
bool isTherapistCommand(const std::string& command);

/** @brief Runs one therapist-mode command; returns the exit code. */
int runTherapistCommand(const std::string& command, Args& args, Context& ctx);

/**
 * @brief Throws Usage when a command meant for a couple's workbook (entry, export, checkin, add-partner) is
 * pointed at a practice workbook, so a therapist never writes couple rows into their practice.
 */
void refuseCoupleCommandOnPractice(const std::string& command, const Context& ctx);

} // namespace tw::cli
