// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace tw::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/**
 * @brief Runs the real trustwork-cli binary with @p args and @p input on standard input, the way a
 * script would, and collects its exit code and output.
 */
CliResult runCli(const std::vector<std::string>& args, const std::string& input = {});

/**
 * @brief As runCli, but as a user runs it: without TRUSTWORK_INSECURE_FAST_KDF (removed from the
 * environment if the caller had it), so workbooks get the key-derivation cost users get.
 */
CliResult runCliAsUser(const std::vector<std::string>& args, const std::string& input = {});

} // namespace tw::test
