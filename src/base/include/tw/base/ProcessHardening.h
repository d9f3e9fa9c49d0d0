// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw {

/**
 * @brief Turns core dumps off for this process (RLIMIT_CORE 0, PR_SET_DUMPABLE 0), so keys and
 * decrypted entries in memory never land in a core file. Returns false if either call failed.
 */
bool disableCoreDumps();

} // namespace tw
