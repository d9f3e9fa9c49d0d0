// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Args.h"
#include "Secrets.h"

#include <filesystem>
#include <istream>
#include <ostream>
#include <string>

namespace tw::cli {

/** @brief Everything a workbook command needs besides its own arguments. */
struct Context {
    std::filesystem::path dataDir;
    std::string as; ///< --as NAME, empty when not given
    bool recoveryCode = false; ///< --recovery-code-stdin
    SecretSource& secrets;
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    std::filesystem::path contentDir{}; ///< --content-dir DIR, empty when not given
};

/** @brief Runs one workbook command (create, info, verify, entry, export, passwd, ...); returns the exit code. */
int runWorkbookCommand(const std::string& command, Args& args, Context& ctx);

} // namespace tw::cli
