// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into trustwork-cli, the program users run: the defaults, with nothing to turn down.
#include "CommandSupport.h"

namespace tw::cli {

workbook::Options buildOptions()
{
    return {};
}

} // namespace tw::cli
