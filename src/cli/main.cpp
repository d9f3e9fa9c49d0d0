// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Args.h"
#include "ContentCommands.h"
#include "ExitCodes.h"
#include "Secrets.h"
#include "TherapistCommands.h"
#include "WorkbookCommands.h"
#include "tw/base/DataDir.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/base/ProcessHardening.h"
#include "tw/base/Version.h"

#include <iostream>

namespace {

constexpr const char* kHelp = R"(Usage: trustwork-cli [--data-dir DIR] [--as NAME] [--passphrase-stdin] COMMAND ...

Trustwork's companion for scripts and terminals. Passphrases are asked on the terminal without
echo, or read one per line from standard input with --passphrase-stdin; never from arguments.

Workbook commands:
  create --partner NAME:ROLE [--partner NAME:ROLE]   create a solo or couple workbook
  info                                               format, SQLCipher version, partner names
  --as NAME verify                                   check the workbook is intact
  --as NAME entry add --exercise ID (--private|--shared) --text-file PATH|-
  --as NAME entry list [--json]                      entries NAME may read
  --as NAME export --format pdf|json --output FILE   NAME's journal: own entries, shared ones, check-in
                                                     trend, consistency record, agreements register
  --as NAME checkin add --trust N [--connected N] [--note-file PATH|-] [--appreciation-file PATH|-]
            [--shared]                               a trust check-in (0-10), private unless --shared
  --as NAME passwd                                   change the passphrase (old, then new); your keys
                                                     and recovery code are replaced, the new code shown
  --as NAME --recovery-code-stdin passwd             recovery code, then a new passphrase
  --as NAME recovery-code                            make your own recovery code (shown once; any older
                                                     code of yours stops working)
  --as NAME add-partner --partner NAME:ROLE          let a second partner join a solo workbook
  --as NAME backup --output FILE                     write a single-file backup
  --as NAME restore --input FILE                     restore a backup; NAME's passphrase as it was in it

Two devices (a folder that Syncthing, a cloud drive or a USB stick keeps in step; the workbook
itself never goes into it):
  --as NAME sync --folder SYNC                       take in the other devices' changes, then
                                                     publish this device's (4: a damaged change file)
  --as NAME join --folder SYNC                       make an empty --data-dir a new device of the
                                                     workbook published in SYNC (7: not a sync folder)
  --as NAME device list [--json]                     the devices of the workbook and their last change
  --as NAME device remove ID                         ignore one of your devices from now on
  --as NAME changes export --folder SYNC --output FILE
                                                     without a sync tool: every change file in one
                                                     .twsync file, for a USB stick
  --as NAME changes import --folder SYNC --input FILE
                                                     add a .twsync file's changes, then sync

Therapist commands (a practice workbook, then the couple's workbook, then the practice again):
  create-practice --name NAME                        create a therapist's practice workbook
  --as NAME identity                                 the practice's fingerprint, to give clients
  --as NAME identity change-key                      a new key, signed over by the current one
  --as NAME client add --label LABEL                 add a client (a couple) by label
  --as NAME assignment create --client LABEL --item EXERCISE_ID[@YYYY-MM-DD]... [--note-file PATH]
            --output FILE                            sign an assignment (.twassign) for a client
  assignment show FILE                               therapist, fingerprint, signature status, items
  --as PARTNER assignment import FILE [--trust-fingerprint FP]
                                                     import into the couple's workbook; the first
                                                     one from a therapist needs their fingerprint
  --as PARTNER assignment list [--json]              assigned items, due dates, completion
  --as PARTNER assignment pending                    assignments you have not confirmed for yourself
  --as PARTNER assignment confirm ID --trust-fingerprint FP [--other-client]
                                                     confirm, for you, one your partner imported
  assignment import ... [--other-client]             accept on purpose one made for another client id
  --as PARTNER report export --include completion[,checkins][,shared][,private] [--entry ID]...
            --output FILE                            your own report, signed by you and sealed to the
                                                     therapist you confirmed; each private entry is
                                                     named with --entry (see entry list)
  --as NAME report import FILE                       add a client's report to the practice
  --as NAME client show LABEL [--json]               assignments, completion, reports and each
                                                     partner's pinned key fingerprint
  --as NAME client pdf LABEL --output FILE           a printable record of the client

Content commands:
  content validate PATH...                           check curriculum files or content packs
  content stats [--json] [PATH]                      exercises, kinds, roles and word counts

Options:
  --data-dir DIR      workbook folder (default: ~/.local/share/trustwork)
  --content-dir DIR   curriculum folder (default: found next to the program)
  --version, --help

ROLE is hurt (I was hurt), involved (I broke trust) or mutual (we both did).
Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery code, 4 damaged or unreadable workbook,
5 made by a newer version, 6 I/O problem (missing, read-only, disk full), 7 invalid input file
(including a tampered, unsigned, wrong-recipient or unknown-version assignment or report).
)";

} // namespace

int main(int argc, char** argv)
{
    tw::disableCoreDumps();
    std::vector<std::string> raw(argv + 1, argv + argc);
    tw::cli::Args args(raw);
    try {
        if (args.flag("--help") || args.flag("-h")) {
            std::cout << kHelp;
            return tw::cli::kOk;
        }
        if (args.flag("--version")) {
            std::cout << "trustwork-cli " << tw::kVersion << "\n";
            return tw::cli::kOk;
        }
        const auto dataDir = args.option("--data-dir");
        const auto contentDir = args.option("--content-dir");
        const auto as = args.option("--as");
        const bool passphraseStdin = args.flag("--passphrase-stdin");
        const bool recoveryStdin = args.flag("--recovery-code-stdin");
        const auto command = args.next();
        if (!command) {
            std::cerr << kHelp;
            return tw::cli::kUsage;
        }
        if (*command == "content") {
            tw::log::init({});
            return tw::cli::runContentCommand(args, contentDir.value_or(""), std::cout, std::cerr);
        }
        const std::filesystem::path dir = dataDir ? std::filesystem::path(*dataDir) : tw::defaultDataDir();
        tw::log::init(std::filesystem::exists(dir) ? dir : std::filesystem::path());
        tw::cli::SecretSource secrets(passphraseStdin || recoveryStdin, std::cin);
        tw::cli::Context ctx{dir, as.value_or(""), recoveryStdin, secrets, std::cin, std::cout, std::cerr};
        ctx.contentDir = contentDir.value_or("");
        tw::cli::refuseCoupleCommandOnPractice(*command, ctx);
        const int code = tw::cli::isTherapistCommand(*command) ? tw::cli::runTherapistCommand(*command, args, ctx)
                                                               : tw::cli::runWorkbookCommand(*command, args, ctx);
        tw::log::shutdown();
        return code;
    } catch (const tw::Error& e) {
        std::cerr << "trustwork-cli: " << e.what() << "\n";
        return tw::cli::exitCodeFor(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "trustwork-cli: unexpected error: " << e.what() << "\n";
        return tw::cli::kDamaged;
    }
}
