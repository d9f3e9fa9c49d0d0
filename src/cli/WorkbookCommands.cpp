// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookCommands.h"

#include "CommandSupport.h"
#include "ExitCodes.h"
#include "ProgressCommands.h"
#include "SyncCommands.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/storage/Database.h"
#include "tw/storage/Migrations.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace tw::cli {
namespace {

using nlohmann::json;
using workbook::Session;
using workbook::Workbook;

std::pair<std::string, workbook::Role> parsePartner(const std::string& spec)
{
    const auto colon = spec.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw Error(ErrorKind::Usage, "--partner takes NAME:ROLE, for example Sam:hurt.");
    }
    auto role = workbook::roleFromName(spec.substr(colon + 1));
    if (!role) {
        throw Error(
            ErrorKind::Usage, "ROLE must be hurt, involved or mutual (got \"" + spec.substr(colon + 1) + "\").");
    }
    return {spec.substr(0, colon), *role};
}

void printCode(std::ostream& out, const std::string& name, const crypto::SecretBytes& code)
{
    out << "Recovery code for " << name << ": " << code.view() << "\n";
}

json entryJson(const workbook::Entry& e, const Session& session)
{
    std::string author = e.authorId;
    for (const auto& p : session.partners()) {
        if (p.id == e.authorId) {
            author = p.name;
        }
    }
    return {{"id", e.id}, {"exercise", e.exerciseId}, {"kind", e.kind},
        {"visibility", std::string(workbook::visibilityName(e.visibility))}, {"author", author},
        {"parent", e.parentId.empty() ? json(nullptr) : json(e.parentId)}, {"createdAt", e.createdAt},
        {"updatedAt", e.updatedAt}, {"text", e.body}};
}

int create(Args& args, Context& ctx)
{
    const auto specs = args.options("--partner");
    args.requireEmpty();
    if (specs.empty() || specs.size() > 2) {
        throw Error(ErrorKind::Usage, "create needs one --partner NAME:ROLE (solo) or two (a couple).");
    }
    std::vector<workbook::NewPartner> partners;
    for (const auto& spec : specs) {
        auto [name, role] = parsePartner(spec);
        partners.push_back({name, role, ctx.secrets.readNew("New passphrase for " + name), {}});
    }
    const bool solo = partners.size() == 1;
    const std::string firstName = partners.front().name;
    // One partner at the terminal sees their own code now. With two, each makes theirs in their
    // own first session: a code printed here would be on a screen both may be looking at.
    crypto::SecretBytes code;
    if (solo) {
        code = crypto::makeRecoveryCode();
        partners.front().recoveryCode = code.clone();
    }
    Workbook::create(ctx.dataDir, std::move(partners), workbookOptions());
    ctx.out << "Created a " << (solo ? "solo" : "couple") << " workbook in " << ctx.dataDir.string() << ".\n";
    if (solo) {
        ctx.out << "Your recovery code is shown once. Keep it somewhere safe and private: it can set a new "
                   "passphrase.\n";
        printCode(ctx.out, firstName, code);
    } else {
        ctx.out << "Each of you makes your own recovery code, for your eyes only, the first time you open the "
                   "workbook: trustwork-cli --as NAME recovery-code\n";
    }
    return kOk;
}

int recoveryCode(Args& args, Context& ctx)
{
    args.requireEmpty();
    auto session = unlockSession(ctx);
    auto code = session->issueRecoveryCode();
    ctx.out << "Your new recovery code is shown once; any older code of yours no longer works. Keep it somewhere "
               "safe and private.\n";
    printCode(ctx.out, ctx.as, code);
    return kOk;
}

int info(Args& args, Context& ctx)
{
    args.requireEmpty();
    const auto i = Workbook::info(ctx.dataDir);
    ctx.out << "Workbook:       " << ctx.dataDir.string() << "\n"
            << "Kind:           " << i.kind << "\n"
            << "Format version: key file " << i.keyFileFormat << ", schema up to " << storage::latestSchemaVersion()
            << "\n"
            << "SQLCipher:      " << storage::sqlcipherLibraryVersion() << "\n"
            << "Partners:       ";
    for (std::size_t n = 0; n < i.names.size(); ++n) {
        ctx.out << (n ? ", " : "") << i.names[n];
    }
    ctx.out << "\n";
    return kOk;
}

int verify(Args& args, Context& ctx)
{
    args.requireEmpty();
    auto session = unlockSession(ctx);
    const auto problems = session->verify();
    if (!problems.empty()) {
        ctx.err << "trustwork-cli: the workbook is damaged:\n" << problems << "Restore the latest backup.\n";
        return kDamaged;
    }
    ctx.out << "The workbook is intact: " << session->entries().size() << " entries readable by " << ctx.as << ".\n";
    return kOk;
}

int entry(Args& args, Context& ctx)
{
    const auto sub = args.next();
    if (sub == "add") {
        const auto exercise = args.option("--exercise");
        const bool isPrivate = args.flag("--private");
        const bool isShared = args.flag("--shared");
        const auto textFile = args.option("--text-file");
        args.requireEmpty();
        if (!exercise || !textFile || isPrivate == isShared) {
            throw Error(ErrorKind::Usage,
                "entry add needs --exercise ID, one of --private or --shared, and "
                "--text-file PATH (or - for standard input).");
        }
        auto session = unlockSession(ctx);
        workbook::NewEntry e;
        e.exerciseId = *exercise;
        e.visibility = isShared ? workbook::Visibility::Shared : workbook::Visibility::Private;
        e.body = readTextSource(*textFile, ctx.in);
        const auto id = session->addEntry(e);
        ctx.out << id << "\n";
        return kOk;
    }
    if (sub == "list") {
        const bool asJson = args.flag("--json");
        args.requireEmpty();
        auto session = unlockSession(ctx);
        json list = json::array();
        for (const auto& e : session->entries()) {
            list.push_back(entryJson(e, *session));
        }
        if (asJson) {
            ctx.out << list.dump(2) << "\n";
            return kOk;
        }
        for (const auto& e : list) {
            std::string firstLine = e.at("text").get<std::string>().substr(0, 60);
            firstLine = firstLine.substr(0, firstLine.find('\n'));
            ctx.out << e.at("id").get<std::string>() << "  " << e.at("visibility").get<std::string>() << "  "
                    << e.at("author").get<std::string>() << "  " << e.at("exercise").get<std::string>() << "  "
                    << firstLine << "\n";
        }
        return kOk;
    }
    throw Error(ErrorKind::Usage, "entry takes add or list.");
}

int passwd(Args& args, Context& ctx)
{
    args.requireEmpty();
    if (ctx.as.empty()) {
        throw Error(ErrorKind::Usage, "passwd needs --as NAME.");
    }
    if (ctx.recoveryCode) {
        auto code = ctx.secrets.read("Recovery code for " + ctx.as);
        auto fresh = ctx.secrets.readNew("New passphrase for " + ctx.as);
        crypto::SecretBytes newCode;
        auto session = Workbook::recover(ctx.dataDir, ctx.as, code, fresh, newCode, workbookOptions());
        tellNotices(*session, ctx.err);
        ctx.out << "The passphrase is set and your keys are new. The old recovery code, the old passphrase and "
                   "old copies of the key file open nothing written from now on.\n";
        printCode(ctx.out, ctx.as, newCode);
        return kOk;
    }
    auto old = ctx.secrets.read("Current passphrase for " + ctx.as);
    auto session = Workbook::unlock(ctx.dataDir, ctx.as, old, workbookOptions());
    tellNotices(*session, ctx.err);
    auto fresh = ctx.secrets.readNew("New passphrase for " + ctx.as);
    auto newCode = session->changePassphrase(old, fresh);
    ctx.out << "The passphrase for " << ctx.as
            << " is changed and your keys are new: the old passphrase, your old "
               "recovery code and old copies of the key file open nothing written from "
               "now on. Your new recovery code is shown once.\n";
    printCode(ctx.out, ctx.as, newCode);
    return kOk;
}

int addPartner(Args& args, Context& ctx)
{
    const auto spec = args.option("--partner");
    args.requireEmpty();
    if (!spec) {
        throw Error(ErrorKind::Usage, "add-partner needs --partner NAME:ROLE.");
    }
    auto [name, role] = parsePartner(*spec);
    auto session = unlockSession(ctx);
    session->addPartner({name, role, ctx.secrets.readNew("New passphrase for " + name), {}});
    ctx.out << name << " has joined the workbook. " << ctx.as << "'s earlier private entries stay private. " << name
            << " makes their own recovery code in their first session: trustwork-cli --as " << name
            << " recovery-code\n";
    return kOk;
}

int backup(Args& args, Context& ctx)
{
    const auto output = args.option("--output");
    args.requireEmpty();
    if (!output) {
        throw Error(ErrorKind::Usage, "backup needs --output FILE.");
    }
    auto session = unlockSession(ctx);
    session->backup(*output);
    ctx.out << "Backup written to " << *output << ". It is as encrypted as the workbook itself.\n";
    return kOk;
}

int restore(Args& args, Context& ctx)
{
    const auto input = args.option("--input");
    args.requireEmpty();
    if (!input || ctx.as.empty()) {
        throw Error(ErrorKind::Usage,
            "restore needs --as NAME (a partner in the backup) and --input FILE; it asks for NAME's passphrase "
            "as it was when the backup was made.");
    }
    auto passphrase = ctx.secrets.read("Passphrase for " + ctx.as + " (as it was in the backup)");
    Workbook::restore(*input, ctx.dataDir, ctx.as, passphrase, workbookOptions());
    ctx.out << "Restored the workbook into " << ctx.dataDir.string()
            << ". Any workbook that was there was kept as a backup in its backups folder. Each partner is told at "
               "their next unlock that you restored it.\n";
    return kOk;
}

} // namespace

int runWorkbookCommand(const std::string& command, Args& args, Context& ctx)
{
    if (isSyncCommand(command)) {
        return runSyncCommand(command, args, ctx);
    }
    if (command == "create") {
        return create(args, ctx);
    }
    if (command == "info") {
        return info(args, ctx);
    }
    if (command == "verify") {
        return verify(args, ctx);
    }
    if (command == "entry") {
        return entry(args, ctx);
    }
    if (command == "export") {
        return runExport(args, ctx);
    }
    if (command == "checkin") {
        return runCheckin(args, ctx);
    }
    if (command == "passwd") {
        return passwd(args, ctx);
    }
    if (command == "add-partner") {
        return addPartner(args, ctx);
    }
    if (command == "recovery-code") {
        return recoveryCode(args, ctx);
    }
    if (command == "backup") {
        return backup(args, ctx);
    }
    if (command == "restore") {
        return restore(args, ctx);
    }
    throw Error(ErrorKind::Usage, "Unknown command \"" + command + "\". See trustwork-cli --help.");
}

} // namespace tw::cli
