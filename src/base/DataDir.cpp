// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/base/DataDir.h"

#include <cstdlib>
#include <string_view>

namespace tw {

std::filesystem::path defaultDataDir()
{
    // Follows the XDG base directory spec exactly as QStandardPaths does: a relative
    // XDG_DATA_HOME is invalid and ignored.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && std::string_view(xdg).starts_with('/')) {
        return std::filesystem::path(xdg) / "trustwork";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home ? home : "/") / ".local" / "share" / "trustwork";
}

} // namespace tw
