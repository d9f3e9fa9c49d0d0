// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only, so the benchmarks can count the same bytes without linking the test support library.

#include <fstream>
#include <string>

namespace tw::test {

/**
 * @brief Bytes this process has handed to write() and pwrite() so far (the "wchar" line of
 * /proc/self/io): what a commit wrote, counted without timing it. -1 where the kernel does not say.
 */
inline long long bytesWrittenByThisProcess()
{
    std::ifstream io("/proc/self/io");
    std::string key;
    long long value = 0;
    while (io >> key >> value) {
        if (key == "wchar:") {
            return value;
        }
    }
    return -1;
}

} // namespace tw::test
