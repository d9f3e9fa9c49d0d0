// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchCases.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace tw::bench {

std::vector<LaunchCase> parseCases(const std::vector<std::string>& args)
{
    std::vector<LaunchCase> cases;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] != "--case" || i + 2 >= args.size() || args[i + 2] != "--") {
            throw std::runtime_error("expected --case LABEL -- PROGRAM ARGS..., found: " + args[i]);
        }
        LaunchCase c;
        c.label = args[i + 1];
        i += 3;
        while (i < args.size() && args[i] != "--case") {
            c.argv.push_back(args[i++]);
        }
        if (c.argv.empty()) {
            throw std::runtime_error("case " + c.label + " has no program");
        }
        cases.push_back(std::move(c));
    }
    if (cases.empty()) {
        throw std::runtime_error("no cases given");
    }
    return cases;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

std::string report(const std::vector<LaunchCase>& cases)
{
    std::string out = "case                       runs  median ms    min ms    max ms  ratio to floor"
                      "  cpu ms  cpu ratio\n";
    const double floor = median(cases.front().millis);
    const double cpuFloor = median(cases.front().cpuMillis);
    char line[256];
    for (const auto& c : cases) {
        const double med = median(c.millis);
        const double cpu = median(c.cpuMillis);
        const auto [lo, hi] = std::minmax_element(c.millis.begin(), c.millis.end());
        std::snprintf(line, sizeof line, "%-26s %4zu %10.1f %9.1f %9.1f %15.2f %7.1f %10.2f%s\n", c.label.c_str(),
            c.millis.size(), med, c.millis.empty() ? 0.0 : *lo, c.millis.empty() ? 0.0 : *hi,
            floor > 0 ? med / floor : 0.0, cpu, cpuFloor > 0 ? cpu / cpuFloor : 0.0,
            c.failures ? "  (some runs showed no window)" : "");
        out += line;
    }
    // What each case showed first, so a case timing an error box instead of its window is seen.
    out += "first windows:";
    for (const auto& c : cases) {
        out += "\n  " + c.label + ":";
        for (const auto& title : c.titles) {
            out += " \"" + title + "\"";
        }
    }
    return out + "\n";
}

} // namespace tw::bench
