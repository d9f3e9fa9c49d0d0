// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentCommands.h"

#include "ExitCodes.h"

namespace tw::cli {

int runContentCommand(
    Args& /*args*/, const std::filesystem::path& /*contentRoot*/, std::ostream& /*out*/, std::ostream& err)
{
    err << "content commands arrive with the content layer\n";
    return kUsage;
}

} // namespace tw::cli
