// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// join, sync and device: a workbook on several devices through a folder a sync tool keeps in step.
#include "SyncCommands.h"

#include "CommandSupport.h"
#include "ExitCodes.h"
#include "tw/base/Error.h"
#include "tw/workbook/Sync.h"

#include <nlohmann/json.hpp>

namespace tw::cli {

using workbook::SyncFolder;
using workbook::SyncReport;

namespace {

std::filesystem::path folderOption(Args& args, const char* command)
{
    const auto folder = args.option("--folder");
    if (!folder) {
        throw Error(
            ErrorKind::Usage, std::string(command) + " needs --folder SYNC (the folder your sync tool keeps in step).");
    }
    return *folder;
}

/** Prints what a sync did; returns 4 when a change file was damaged, so scripts notice. */
int tellReport(const SyncReport& r, Context& ctx)
{
    ctx.out << "Took in " << r.imported << " change file" << (r.imported == 1 ? "" : "s")
            << (r.published ? "; published this device's changes.\n" : "; nothing new to publish.\n");
    if (r.tookNewDeviceId) {
        ctx.err << "Another computer was using this device's id (a copied home folder). This device now has a "
                   "new id, so the two no longer write over each other.\n";
    }
    for (const auto& [device, count] : r.waitingFor) {
        ctx.err << "Waiting for " << count << " change file" << (count == 1 ? "" : "s") << " from " << device
                << " that the sync tool has not brought yet.\n";
    }
    for (const auto& device : r.clockOff) {
        ctx.err << "The clock of " << device << " is more than a day ahead of this computer's. Please set it right.\n";
    }
    if (r.passphraseChangedElsewhere) {
        ctx.err << "Your passphrase was changed on another device. Unlock again with the new passphrase to finish "
                   "syncing; this device published nothing meanwhile.\n";
    }
    for (const auto& file : r.damaged) {
        ctx.err << "Damaged or incomplete change file, not used: " << file
                << " (if the sync tool is still copying it, sync again later).\n";
    }
    return r.damaged.empty() ? kOk : kDamaged;
}

int join(Args& args, Context& ctx)
{
    const auto folder = folderOption(args, "join");
    args.requireEmpty();
    if (ctx.as.empty()) {
        throw Error(ErrorKind::Usage, "join needs --as NAME (your name in the workbook).");
    }
    auto passphrase = ctx.secrets.read("Passphrase for " + ctx.as);
    SyncFolder sync(folder);
    auto session = sync.join(ctx.dataDir, ctx.as, passphrase, workbookOptions());
    tellNotices(*session, ctx.err);
    ctx.out << "This device has joined the workbook as " << ctx.as << ". Run `sync --folder` to stay in step.\n";
    return kOk;
}

int runSync(Args& args, Context& ctx)
{
    const auto folder = folderOption(args, "sync");
    args.requireEmpty();
    SyncFolder::refuseManagedDataDir(ctx.dataDir);
    auto session = unlockSession(ctx);
    return tellReport(SyncFolder(folder).sync(*session), ctx);
}

int device(Args& args, Context& ctx)
{
    const auto sub = args.next();
    if (sub && *sub == "list") {
        const bool asJson = args.flag("--json");
        args.requireEmpty();
        auto session = unlockSession(ctx);
        const auto devices = SyncFolder::devices(*session);
        if (asJson) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& d : devices) {
                list.push_back({{"id", d.id}, {"owner", d.ownerName}, {"name", d.name}, {"removed", d.removed},
                    {"thisDevice", d.thisDevice}, {"lastChangeAt", d.lastChangeAt}});
            }
            ctx.out << list.dump(2) << "\n";
            return kOk;
        }
        for (const auto& d : devices) {
            ctx.out << d.id << "  " << d.ownerName << "  " << d.name << (d.thisDevice ? "  (this device)" : "")
                    << (d.removed ? "  (removed)" : "") << "\n";
        }
        return kOk;
    }
    if (sub && *sub == "remove") {
        const auto id = args.next();
        args.requireEmpty();
        if (!id) {
            throw Error(ErrorKind::Usage, "device remove needs the id shown by `device list`.");
        }
        auto session = unlockSession(ctx);
        SyncFolder::removeDevice(*session, *id);
        ctx.out << "Removed. Change files that device writes from now on are ignored once this reaches the others "
                   "(run `sync --folder`).\n";
        return kOk;
    }
    throw Error(ErrorKind::Usage, "device needs list or remove ID.");
}

int changes(Args& args, Context& ctx)
{
    const auto sub = args.next();
    const auto folder = folderOption(args, "changes");
    if (sub && *sub == "export") {
        const auto output = args.option("--output");
        args.requireEmpty();
        if (!output) {
            throw Error(ErrorKind::Usage, "changes export needs --output FILE.twsync.");
        }
        auto session = unlockSession(ctx); // only someone of the workbook exports its changes
        SyncFolder sync(folder);
        (void)sync.sync(*session);
        const int count = sync.exportBundle(*output);
        ctx.out << "Wrote " << count << " change files to " << *output
                << ". Import them on the other computer with `changes import`.\n";
        return kOk;
    }
    if (sub && *sub == "import") {
        const auto input = args.option("--input");
        args.requireEmpty();
        if (!input) {
            throw Error(ErrorKind::Usage, "changes import needs --input FILE.twsync.");
        }
        auto session = unlockSession(ctx);
        return tellReport(SyncFolder(folder).importBundle(*session, *input), ctx);
    }
    throw Error(ErrorKind::Usage, "changes needs export or import.");
}

} // namespace

bool isSyncCommand(const std::string& command)
{
    return command == "join" || command == "sync" || command == "device" || command == "changes";
}

int runSyncCommand(const std::string& command, Args& args, Context& ctx)
{
    if (command == "join") {
        return join(args, ctx);
    }
    if (command == "sync") {
        return runSync(args, ctx);
    }
    if (command == "changes") {
        return changes(args, ctx);
    }
    return device(args, ctx);
}

} // namespace tw::cli
