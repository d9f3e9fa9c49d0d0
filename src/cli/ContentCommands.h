// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Args.h"

#include <filesystem>
#include <ostream>

namespace tw::cli {

/** @brief `trustwork-cli content validate|stats ...`; returns the exit code. */
int runContentCommand(Args& args, const std::filesystem::path& contentRoot, std::ostream& out, std::ostream& err);

} // namespace tw::cli
