// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::app::charts {
class Api;
}
namespace tw::app::print {
class Api;
}

/**
 * Parts of the app the first window does not need, kept in modules loaded on first use: the
 * progress charts (Qt Charts and its OpenGL libraries) and printing (Qt PrintSupport). Loading,
 * relocating and binding those libraries before the first window cost the launch about 4 ms
 * (docs/performance.md, issue 21). Modules are looked for only in fixed places relative to the
 * program, never in the working folder or a path from the environment.
 */
namespace tw::app::modules {

/** @brief The charts module, loaded on the first call; nullptr when it cannot be (see problem()). */
[[nodiscard]] const charts::Api* charts();
/** @brief The printing module, loaded on the first call; nullptr when it cannot be (see problem()). */
[[nodiscard]] const print::Api* print();

/** @brief Why the module in @p file could not be loaded, in words naming the file; empty if it was. */
[[nodiscard]] QString problem(const char* file);

/** @brief The folders searched, in order: this build tree's module folder (only for a program
 * inside the build tree), then the one installed beside the program (../lib/<arch>/trustwork/modules). */
[[nodiscard]] QStringList searchDirs();

/** @brief A seam for tests: search only @p dirs from now on (empty: the default places again).
 * Forgets which modules were found, so the next call looks again. */
void setSearchDirsForTests(const QStringList& dirs);

} // namespace tw::app::modules
