// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The therapist's commands on a practice workbook: create-practice, identity, client, assignment
// create and report import.
#include "ExitCodes.h"
#include "ReportJson.h"
#include "TherapistCli.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/content/ContentRoot.h"
#include "tw/content/Loader.h"
#include "tw/export/PdfPractice.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/PackTransfer.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/PracticeService.h"

#include <nlohmann/json.hpp>

#include <iterator>

namespace tw::cli::therapist {
namespace {

using nlohmann::json;
using workbook::packToEmbed;
using workbook::PracticeService;

content::Curriculum curriculumFor(const Context& ctx)
{
    const auto root = content::locateContentRoot(ctx.contentDir, content::currentExecutableDir());
    if (!root) {
        throw Error(ErrorKind::Io,
            "The curriculum was not found, so the exercise ids cannot be checked. Pass --content-dir DIR.");
    }
    return content::loadCurriculum(*root, "en", content::discoverPacks(workbook::Paths(ctx.dataDir).packs)).curriculum;
}

// ID, or ID@YYYY-MM-DD; a module id stands for every exercise in it.
void addItems(const std::string& spec, const content::Curriculum& curriculum, workbook::AssignmentDraft& draft)
{
    const auto at = spec.find('@');
    const std::string id = spec.substr(0, at);
    const std::string due = at == std::string::npos ? "" : spec.substr(at + 1);
    if (!due.empty() && !workbook::isCalendarDay(due)) {
        throw Error(ErrorKind::Usage, "In --item " + spec + ", the due date must be a day written YYYY-MM-DD.");
    }
    if (const auto* exercise = curriculum.findExercise(id)) {
        draft.items.push_back({exercise->id, exercise->title, due, ""});
        return;
    }
    if (const auto* module = curriculum.findModule(id)) {
        for (const auto& exercise : module->exercises) {
            draft.items.push_back({exercise.id, exercise.title, due, ""});
        }
        return;
    }
    throw Error(ErrorKind::Usage,
        "There is no exercise or module \"" + id + "\" in the curriculum or this practice's content packs.");
}

std::string readNote(const std::string& source, std::istream& in)
{
    std::string note;
    if (source == "-") {
        note.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        const auto bytes = readFile(source);
        note.assign(bytes.begin(), bytes.end());
    }
    // Editors end files with a line break that is not part of the note.
    while (!note.empty() && (note.back() == '\n' || note.back() == '\r')) {
        note.pop_back();
    }
    return note;
}

void printClientText(const workbook::ClientView& view, std::ostream& out)
{
    out << "Client: " << view.client.label << " (added " << localTime(view.client.createdAt) << ")\n";
    for (const auto& p : view.partners) {
        out << "Partner " << p.name << ": signing key " << p.fingerprint << " (pinned " << localTime(p.pinnedAt)
            << ")\n";
    }
    if (view.assignments.empty()) {
        out << "No assignments sent yet.\n";
    }
    for (const auto& ca : view.assignments) {
        out << "\nAssignment sent " << localTime(ca.assignment.createdAt) << " (" << ca.assignment.id << ")\n";
        for (const auto& ci : ca.items) {
            out << "  " << ci.item.exerciseId;
            if (!ci.item.due.empty()) {
                out << "  due " << ci.item.due;
            }
            if (ci.completion.empty()) {
                out << "  no report yet";
            }
            for (const auto& c : ci.completion) {
                out << "  " << c.partnerName << ": " << (c.done ? "done" : "not done");
            }
            out << "\n";
        }
    }
    for (const auto& r : view.reports) {
        out << "\nReport from " << r.partnerName << ", written " << localTime(r.createdAt) << "\n";
        for (const auto& t : r.checkins) {
            out << "  check-in " << t.exerciseId << " " << t.field << ", week of " << t.weekStart << ": mean " << t.mean
                << " (" << t.count << ")\n";
        }
        for (const auto* list : {&r.sharedEntries, &r.privateEntries}) {
            for (const auto& e : *list) {
                out << "  " << e.visibility << " " << e.exerciseId << " (" << e.kind << ", " << localTime(e.updatedAt)
                    << "): " << e.text << "\n";
            }
        }
    }
}

} // namespace

int createPractice(Args& args, Context& ctx)
{
    const auto name = args.option("--name");
    args.requireEmpty();
    if (!name || name->empty()) {
        throw Error(ErrorKind::Usage, "create-practice needs --name NAME (the therapist's name, shown to clients).");
    }
    auto passphrase = ctx.secrets.readNew("New passphrase for " + *name);
    const auto created = PracticeService::create(ctx.dataDir, *name, passphrase, options());
    ctx.out << "Created a practice workbook for " << *name << " in " << ctx.dataDir.string() << ".\n"
            << "Fingerprint: " << created.identity.fingerprint << "\n"
            << "Give your clients this fingerprint in person or by phone; they confirm it on their first import.\n"
            << "The recovery code is shown once. Keep it somewhere safe and private: it can set a new passphrase.\n"
            << "Recovery code for " << *name << ": " << created.recovery.code.view() << "\n";
    return kOk;
}

int identity(Args& args, Context& ctx)
{
    const auto sub = args.next();
    args.requireEmpty();
    if (sub && *sub != "change-key") {
        throw Error(ErrorKind::Usage, "identity takes nothing, or change-key. See trustwork-cli --help.");
    }
    auto session = unlock(ctx);
    PracticeService practice(*session);
    if (sub) {
        const auto change = practice.changeKey();
        ctx.out << "Changed the practice's key.\nBefore:      " << change.before.fingerprint
                << "\nNow:         " << change.after.fingerprint
                << "\nYour next assignments are signed by the new key and carry the change, signed by the old one.\n"
                   "Each partner confirms it once, so tell your clients in a session and read them the new "
                   "fingerprint.\nReports sealed to the old key still open here.\n";
        return kOk;
    }
    const auto id = practice.identity();
    ctx.out << "Therapist:   " << id.name << "\nFingerprint: " << id.fingerprint << "\n";
    for (const auto& link : practice.keyChanges()) {
        ctx.out << "Key change:  " << localTime(link.createdAt) << ", from " << link.from.fingerprint << "\n";
    }
    return kOk;
}

int client(Args& args, Context& ctx)
{
    const auto sub = args.next();
    if (sub == "add") {
        const auto label = args.option("--label");
        args.requireEmpty();
        if (!label) {
            throw Error(ErrorKind::Usage, "client add needs --label LABEL.");
        }
        auto session = unlock(ctx);
        PracticeService(*session).addClient(*label);
        ctx.out << "Added client " << *label << ".\n";
        return kOk;
    }
    if (sub == "show") {
        const auto label = args.next();
        const bool asJson = args.flag("--json");
        args.requireEmpty();
        if (!label) {
            throw Error(ErrorKind::Usage, "client show needs the client's LABEL.");
        }
        auto session = unlock(ctx);
        const auto view = PracticeService(*session).clientView(*label);
        if (asJson) {
            ctx.out << clientViewJson(view).dump(2) << "\n";
        } else {
            printClientText(view, ctx.out);
        }
        return kOk;
    }
    if (sub == "pdf") {
        const auto label = args.next();
        const auto output = args.option("--output");
        args.requireEmpty();
        if (!label || !output) {
            throw Error(ErrorKind::Usage, "client pdf needs the client's LABEL and --output FILE.");
        }
        auto session = unlock(ctx);
        const auto view = PracticeService(*session).clientView(*label);
        const int pages = exporting::writePracticePdf(view, *output, session->nowMs());
        ctx.out << "Wrote the record of " << view.client.label << " to " << *output << " (" << pages
                << (pages == 1 ? " page" : " pages") << "). It holds what the partners chose to send; keep it as "
                << "you keep your notes.\n";
        return kOk;
    }
    throw Error(ErrorKind::Usage, "client takes add, show or pdf. See trustwork-cli --help.");
}

int assignmentCreate(Args& args, Context& ctx)
{
    const auto label = args.option("--client");
    const auto items = args.options("--item");
    const auto noteFile = args.option("--note-file");
    const auto output = args.option("--output");
    args.requireEmpty();
    if (!label || items.empty() || !output) {
        throw Error(ErrorKind::Usage,
            "assignment create needs --client LABEL, at least one --item EXERCISE_ID[@YYYY-MM-DD] and --output FILE.");
    }
    const auto curriculum = curriculumFor(ctx);
    workbook::AssignmentDraft draft;
    draft.clientLabel = *label;
    for (const auto& spec : items) {
        addItems(spec, curriculum, draft);
    }
    // The couple may not have the practice's own pack: it travels in the file, signed with it.
    draft.packJson = packToEmbed(curriculum, draft.items, workbook::Paths(ctx.dataDir).packs);
    auto session = unlock(ctx);
    if (noteFile) {
        draft.note = readNote(*noteFile, ctx.in);
    }
    const auto a = PracticeService(*session).exportAssignment(draft, *output);
    ctx.out << "Wrote an assignment with " << a.items.size() << " item(s) for " << a.clientLabel << " to " << *output
            << (a.packJson.empty() ? "" : ", with the content pack its items come from")
            << ".\nIt is signed, not encrypted: anyone holding the file can read it.\n";
    return kOk;
}

int reportImport(Args& args, Context& ctx)
{
    const auto file = args.next();
    args.requireEmpty();
    if (!file) {
        throw Error(ErrorKind::Usage, "report import needs the FILE to import.");
    }
    auto session = unlock(ctx);
    const auto result = PracticeService(*session).importReport(*file);
    if (result.alreadyImported) {
        ctx.out << "This report was imported before; nothing changed.\n";
        return kOk;
    }
    ctx.out << "Imported the report from " << result.report.partnerName << " (client " << result.clientLabel
            << "), written " << localTime(result.report.createdAt) << ", signed by " << result.report.partnerName
            << "'s key " << result.partnerFingerprint << ".\n";
    if (result.newPartnerKey) {
        ctx.out << "This is " << result.report.partnerName << "'s first report for " << result.clientLabel
                << ": their key is now pinned, and later reports must be signed by it. Compare the fingerprint with "
                   "them in a session.\n";
    }
    return kOk;
}

} // namespace tw::cli::therapist
