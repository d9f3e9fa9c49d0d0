// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace tw::test {

/** @brief Unique markers, one per kind of user text, fresh for every run. */
struct Canaries {
    Canaries();
    /** @brief kind ("answer", "check-in note", "passphrase"...) -> its canary. */
    std::map<std::string, std::string> byKind;
    /** @brief The canary of @p kind, made on first use: CANARY, this run's random tag, the kind. */
    const std::string& operator[](const std::string& kind);

private:
    std::string m_run;
};

struct Hit {
    std::filesystem::path file;
    std::string kind;
};

struct ScanResult {
    std::vector<Hit> hits;
    std::size_t files = 0;
    std::size_t bytes = 0;
};

/**
 * @brief Reads every regular file below @p roots (following no symlinks) and reports each canary
 * found in it, as UTF-8 or as UTF-16 (Qt's own string encoding). Unreadable files are skipped.
 */
ScanResult scanForCanaries(const std::vector<std::filesystem::path>& roots, const Canaries& canaries);

/** @brief One line per hit, for failure messages. */
std::string describe(const std::vector<Hit>& hits);

} // namespace tw::test
