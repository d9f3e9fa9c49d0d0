// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The couple's side of therapist mode: assignment show, import and list, and report export.
#include "ExitCodes.h"
#include "ReportJson.h"
#include "TherapistCli.h"
#include "tw/base/Error.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/PackTransfer.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/ReportService.h"

#include <fcntl.h>
#include <unistd.h>

#include <optional>
#include <sstream>

namespace tw::cli::therapist {
namespace {

using workbook::AssignmentService;
using workbook::StagedPack;
using workbook::TrustState;

// Asks a yes/no question on the terminal, only when the user is at one: a script piping its input
// must pass --trust-fingerprint instead, so nothing ever waits on a prompt nobody sees.
bool confirmOnTerminal(const std::string& question)
{
    if (::isatty(STDIN_FILENO) == 0) {
        return false;
    }
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const std::string prompt = question + " [y/N] ";
    (void)!::write(fd, prompt.data(), prompt.size());
    std::string answer;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        answer += c;
    }
    ::close(fd);
    return answer == "y" || answer == "Y" || answer == "yes";
}

void printAssignment(const workbook::Assignment& a, std::ostream& out)
{
    out << "Assignment from " << a.therapist.name << "\n"
        << "Fingerprint: " << a.therapist.fingerprint << "\n"
        << "Signature:   valid, made by the key with this fingerprint\n";
    for (const auto& link : a.handovers) {
        out << "Key change:  " << link.from.fingerprint << " signed over to " << link.to.fingerprint << " on "
            << localTime(link.createdAt) << "\n";
    }
    out << "Client:      " << a.clientLabel << "\n"
        << "Created:     " << localTime(a.createdAt) << "\n";
    if (!a.note.empty()) {
        out << "Note:        " << a.note << "\n";
    }
    if (!a.packJson.empty()) {
        out << "It carries a content pack.\n";
    }
    out << "Items:\n";
    for (const auto& item : a.items) {
        out << "  " << item.exerciseId;
        if (!item.title.empty()) {
            out << "  \"" << item.title << "\"";
        }
        out << (item.due.empty() ? "  no due date" : "  due " + item.due) << "\n";
        if (!item.note.empty()) {
            out << "      " << item.note << "\n";
        }
    }
}

workbook::ReportChoices parseIncludes(const std::string& list, const std::vector<std::string>& entries)
{
    workbook::ReportChoices choices;
    bool completion = false;
    bool privateTicked = false;
    std::stringstream parts(list);
    std::string part;
    while (std::getline(parts, part, ',')) {
        if (part == "completion") {
            completion = true;
        } else if (part == "checkins") {
            choices.checkins = true;
        } else if (part == "shared") {
            choices.shared = true;
        } else if (part == "private") {
            privateTicked = true;
        } else {
            throw Error(ErrorKind::Usage,
                "--include takes completion, checkins, shared and private, separated by commas (got \"" + part
                    + "\").");
        }
    }
    if (!completion) {
        throw Error(ErrorKind::Usage,
            "A report always holds completion and due dates: start --include with completion, e.g. "
            "--include completion,checkins.");
    }
    // Private entries go in one by one, never all at once: each is named with --entry ID.
    if (privateTicked != !entries.empty()) {
        throw Error(ErrorKind::Usage,
            privateTicked
                ? "--include private needs the private entries to send, each with --entry ID (see entry list)."
                : "--entry names private entries to send; add private to --include as well.");
    }
    choices.privateEntryIds = entries;
    return choices;
}

} // namespace

int assignmentShow(Args& args, Context& ctx)
{
    const auto file = args.next();
    args.requireEmpty();
    if (!file) {
        throw Error(ErrorKind::Usage, "assignment show needs the FILE to show.");
    }
    printAssignment(workbook::AssignmentFile::load(*file), ctx.out);
    return kOk;
}

int assignmentImport(Args& args, Context& ctx)
{
    const auto file = args.next();
    auto trust = args.option("--trust-fingerprint").value_or("");
    const bool otherClient = args.flag("--other-client");
    args.requireEmpty();
    if (!file) {
        throw Error(ErrorKind::Usage, "assignment import needs the FILE to import.");
    }
    // Checked before the passphrase is asked: a damaged or foreign file needs no unlock to refuse.
    const auto a = workbook::AssignmentFile::load(*file);
    auto session = unlock(ctx);
    AssignmentService service(*session);
    const auto check = service.check(a);
    if (check.state != TrustState::Confirmed && trust.empty()) {
        std::string question = "First assignment from " + a.therapist.name + ", fingerprint " + a.therapist.fingerprint
            + ".\nDoes this fingerprint match the one your therapist gave you?";
        if (check.state == TrustState::DifferentKey) {
            question = "WARNING: this assignment is signed by a different key than the therapist you confirmed ("
                + check.confirmed->identity.name + ", " + check.confirmed->identity.fingerprint + ").\nIt says "
                + a.therapist.name + ", fingerprint " + a.therapist.fingerprint
                + ". Did your therapist tell you this new fingerprint?";
        }
        if (check.state == TrustState::HandedOver) {
            question = a.therapist.name + " changed keys on " + localTime(check.handover->createdAt)
                + ". The key you confirmed (" + check.confirmed->identity.fingerprint
                + ") signed the change to the new key (" + a.therapist.fingerprint
                + ").\nDid your therapist tell you they changed keys?";
        }
        if (check.state == TrustState::OtherClient) {
            question.clear(); // refused below unless --other-client was given on purpose
        }
        if (!question.empty() && confirmOnTerminal(question)) {
            trust = a.therapist.fingerprint;
        }
    }
    // A carried pack is checked before anything is imported, and installed only after the import.
    std::optional<StagedPack> pack;
    if (!a.packJson.empty()) {
        pack.emplace(a.packJson, workbook::Paths(ctx.dataDir).packs, ctx.contentDir);
    }
    const auto outcome = service.importVerified(a, trust, otherClient);
    if (pack) {
        pack->install();
        ctx.out << "Installed the content pack \"" << pack->id() << "\" that came with it.\n";
    }
    if (outcome.newlyTrusted) {
        ctx.out << "Confirmed " << a.therapist.name << " (fingerprint " << a.therapist.fingerprint
                << ") for you. Later assignments must be signed by the same key; your partner confirms it for "
                   "themselves.\n";
    }
    if (outcome.alreadyImported) {
        ctx.out << "This assignment was in the workbook already.\n";
        return kOk;
    }
    ctx.out << "Imported " << a.items.size() << " assigned item(s) from " << a.therapist.name
            << ". Both partners see them.\n";
    return kOk;
}

int assignmentList(Args& args, Context& ctx)
{
    const bool asJson = args.flag("--json");
    args.requireEmpty();
    auto session = unlock(ctx);
    const auto items = AssignmentService(*session).items();
    if (asJson) {
        ctx.out << assignedItemsJson(items).dump(2) << "\n";
        return kOk;
    }
    if (items.empty()) {
        ctx.out << "No assignments yet.\n";
    }
    for (const auto& ai : items) {
        ctx.out << ai.item.exerciseId << (ai.item.due.empty() ? "  no due date" : "  due " + ai.item.due)
                << (ai.overdue ? "  OVERDUE" : "");
        for (const auto& c : ai.completion) {
            ctx.out << "  " << c.partnerName << ": " << (c.done ? "done" : "not done");
        }
        ctx.out << "\n";
    }
    return kOk;
}

int assignmentPending(Args& args, Context& ctx)
{
    args.requireEmpty();
    auto session = unlock(ctx);
    const auto pending = AssignmentService(*session).pending();
    if (pending.empty()) {
        ctx.out << "Nothing waits for your confirmation.\n";
    }
    for (const auto& p : pending) {
        const auto& a = p.imported.assignment;
        ctx.out << a.id << "  from " << a.therapist.name << ", fingerprint " << a.therapist.fingerprint
                << "\n    imported by " << p.imported.importedBy << " on " << localTime(p.imported.importedAt) << "\n";
        if (p.trust.state == TrustState::DifferentKey) {
            ctx.out << "    a different key than the one you confirmed: " << p.trust.confirmed->identity.name << ", "
                    << p.trust.confirmed->identity.fingerprint << "\n";
        } else if (p.trust.state == TrustState::HandedOver) {
            ctx.out << "    a new key of the same practice: the key you confirmed ("
                    << p.trust.confirmed->identity.fingerprint << ") signed the change on "
                    << localTime(p.trust.handover->createdAt) << "\n";
        } else if (p.trust.state == TrustState::OtherClient) {
            ctx.out << "    made for another client of the practice (\"" << a.clientLabel << "\")\n";
        } else {
            ctx.out << "    you have not confirmed a therapist yet\n";
        }
    }
    return kOk;
}

int assignmentConfirm(Args& args, Context& ctx)
{
    const auto id = args.next();
    const auto trust = args.option("--trust-fingerprint");
    const bool otherClient = args.flag("--other-client");
    args.requireEmpty();
    if (!id || !trust) {
        throw Error(ErrorKind::Usage,
            "assignment confirm needs the assignment's ID (see assignment pending) and --trust-fingerprint FP, the "
            "fingerprint your therapist gave you.");
    }
    auto session = unlock(ctx);
    const auto outcome = AssignmentService(*session).confirm(*id, *trust, otherClient);
    ctx.out << "Confirmed " << outcome.assignment.therapist.name << " (fingerprint "
            << outcome.assignment.therapist.fingerprint << ") for you.\n";
    return kOk;
}

int reportExport(Args& args, Context& ctx)
{
    const auto include = args.option("--include");
    const auto output = args.option("--output");
    const auto entries = args.options("--entry");
    args.requireEmpty();
    if (!include || !output) {
        throw Error(ErrorKind::Usage,
            "report export needs --include completion[,checkins][,shared][,private] and --output FILE.");
    }
    const auto choices = parseIncludes(*include, entries);
    auto session = unlock(ctx);
    const auto therapist = AssignmentService(*session).therapist();
    const auto report = workbook::ReportService(*session).exportTo(choices, *output);
    ctx.out << "Wrote your report to " << *output << ": " << report.items.size() << " item(s), "
            << report.checkins.size() << " check-in week(s), " << report.sharedEntries.size() << " shared and "
            << report.privateEntries.size() << " private entries, signed by you.\nIt is sealed to "
            << therapist->identity.name << ", fingerprint " << therapist->identity.fingerprint
            << " (the key you confirmed); only they can open it, not even you can read it back.\n";
    return kOk;
}

} // namespace tw::cli::therapist
