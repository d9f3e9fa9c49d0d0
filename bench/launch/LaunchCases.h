// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <vector>

namespace tw::bench {

/** @brief One program to time: a label and its argv; "{fresh}" becomes a new empty directory per run. */
struct LaunchCase {
    std::string label;
    std::vector<std::string> argv;
    std::vector<double> millis; ///< one per successful run
    /// CPU time of the program's threads at the moment its window mapped, one per successful run:
    /// what the program itself did, which time stolen by the host or other processes does not inflate.
    std::vector<double> cpuMillis;
    int failures = 0;
    std::set<std::string> titles; ///< of the windows that mapped: what was timed
};

/** @brief Parses "--case LABEL -- PROGRAM ARGS... [--case ...]"; throws std::runtime_error. */
std::vector<LaunchCase> parseCases(const std::vector<std::string>& args);

/** @brief The median of @p values (the mean of the middle two for an even count). */
double median(std::vector<double> values);

/** @brief A table of medians, spreads and ratios to the first case (the floor), in wall and CPU time. */
std::string report(const std::vector<LaunchCase>& cases);

} // namespace tw::bench
