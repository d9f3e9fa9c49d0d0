// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace tw {

/**
 * @brief The default data directory, the same path Qt's AppDataLocation gives the app
 * ($XDG_DATA_HOME/trustwork, else ~/.local/share/trustwork), so the CLI and the app agree
 * without the CLI linking Qt.
 */
std::filesystem::path defaultDataDir();

} // namespace tw
