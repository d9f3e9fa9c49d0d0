// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDir.h"
#include "modules/Modules.h"

namespace tw::test {

/** @brief While alive, the app finds none of its modules (charts, printing), as on a system
 * where they are missing: it looks only in an empty folder. */
struct WithoutModules {
    TempDir nowhere;
    WithoutModules() { app::modules::setSearchDirsForTests({QString::fromStdString(nowhere.path().string())}); }
    ~WithoutModules() { app::modules::setSearchDirsForTests({}); }
    WithoutModules(const WithoutModules&) = delete;
    WithoutModules& operator=(const WithoutModules&) = delete;
};

} // namespace tw::test
