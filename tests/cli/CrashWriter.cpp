// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: unlocks a workbook and saves entries forever, printing "saved ID TEXT" only after
// each commit returned. The crash test kills it at random moments and checks every printed line.
#include "tw/crypto/SecretBytes.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <unistd.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: crash_writer DATA_DIR NAME PASSPHRASE RUN\n");
        return 2;
    }
    tw::workbook::Options options;
    options.kdf = tw::crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    auto session
        = tw::workbook::Workbook::unlock(argv[1], argv[2], tw::crypto::SecretBytes::fromString(argv[3]), options);
    std::string lastId;
    for (long n = 0;; ++n) {
        const std::string text = "entry-" + std::string(argv[4]) + "-" + std::to_string(n) + "-"
            + std::string(static_cast<std::size_t>(n % 7) * 100, 'x');
        if (n % 3 == 2 && !lastId.empty()) {
            session->updateEntry(lastId, text);
            std::printf("saved %s %s\n", lastId.c_str(), text.c_str());
        } else {
            lastId = session->addEntry({"step1.impact-letter", "answer",
                n % 2 ? tw::workbook::Visibility::Shared : tw::workbook::Visibility::Private, "", text});
            std::printf("saved %s %s\n", lastId.c_str(), text.c_str());
        }
        std::fflush(stdout);
    }
}
