// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked only into trustwork-cli-for-tests, which is built for the test suite and never installed:
// test suites create hundreds of workbooks, and real Argon2id cost would make them take hours.
#include "CommandSupport.h"

#include <cstdlib>
#include <string>

namespace tw::cli {

workbook::Options buildOptions()
{
    workbook::Options options;
    if (const char* fast = std::getenv("TRUSTWORK_INSECURE_FAST_KDF"); fast && std::string(fast) == "1") {
        options.kdf = crypto::KdfParams::fastForTests();
        // The suites' passphrases are short to read; the shipped program's strength rule is tested
        // through trustwork-cli itself (CliPassphrase tests).
        options.enforcePassphraseStrength = false;
    }
    return options;
}

} // namespace tw::cli
