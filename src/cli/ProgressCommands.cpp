// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressCommands.h"

#include "CommandSupport.h"
#include "ExitCodes.h"
#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/export/PdfJournal.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Journal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace tw::cli {
namespace {

using nlohmann::json;

int scaleValue(const std::string& option, const std::string& text)
{
    const bool digits = !text.empty() && text.size() <= 2
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int value = digits ? std::stoi(text) : -1;
    if (value < 0 || value > 10) {
        throw Error(ErrorKind::Usage, option + " takes a whole number from 0 to 10 (got \"" + text + "\").");
    }
    return value;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    return first == std::string::npos ? std::string()
                                      : text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
}

const content::Exercise& checkinExercise(const content::Curriculum& curriculum)
{
    const auto ids = workbook::dashboardSourcesFor(curriculum).checkinExerciseIds;
    const content::Exercise* exercise = ids.empty() ? nullptr : curriculum.findExercise(ids.front());
    if (!exercise) {
        throw Error(ErrorKind::InvalidInput, "The curriculum has no check-in exercise that asks about trust.");
    }
    return *exercise;
}

void requireField(const content::Exercise& exercise, const std::string& id)
{
    const bool found = std::any_of(
        exercise.fields.begin(), exercise.fields.end(), [&](const content::Field& f) { return f.id == id; });
    if (!found) {
        throw Error(ErrorKind::Usage, "The check-in \"" + exercise.id + "\" has no field \"" + id + "\".");
    }
}

} // namespace

int runExport(Args& args, Context& ctx)
{
    const auto format = args.option("--format");
    const auto output = args.option("--output");
    args.requireEmpty();
    if (!format || !output) {
        throw Error(ErrorKind::Usage, "export needs --format pdf or --format json, and --output FILE.");
    }
    if (*format != "json" && *format != "pdf") {
        throw Error(ErrorKind::Usage, "Unknown export format \"" + *format + "\"; use pdf or json.");
    }
    // The curriculum first: a missing content folder is reported before anyone types a passphrase.
    const content::Curriculum curriculum = loadCurriculumFor(ctx);
    auto session = unlockSession(ctx);
    const workbook::Journal journal
        = workbook::collectJournal(*session, curriculum, workbook::dashboardSourcesFor(curriculum), systemLocalClock());
    session->lock();
    if (*format == "json") {
        const std::string text = workbook::journalToJson(journal);
        writeFileAtomically(*output, std::vector<std::uint8_t>(text.begin(), text.end()));
        ctx.out << "Exported " << journal.entries.size() << " entries as JSON to " << *output << ".\n";
    } else {
        const int pages = exporting::writePdfJournal(journal, *output);
        ctx.out << "Exported " << journal.entries.size() << " entries as a " << pages << "-page PDF to " << *output
                << ".\n";
    }
    ctx.out << "The file is not encrypted: keep it somewhere private.\n";
    return kOk;
}

int runCheckin(Args& args, Context& ctx)
{
    const auto sub = args.next();
    if (sub != "add") {
        throw Error(ErrorKind::Usage, "checkin takes add. See trustwork-cli --help.");
    }
    const auto trust = args.option("--trust");
    const auto connected = args.option("--connected");
    const auto noteFile = args.option("--note-file");
    const auto appreciationFile = args.option("--appreciation-file");
    const bool shared = args.flag("--shared");
    const bool isPrivate = args.flag("--private");
    args.requireEmpty();
    if (!trust) {
        throw Error(ErrorKind::Usage, "checkin add needs --trust N, a whole number from 0 to 10.");
    }
    if (shared && isPrivate) {
        throw Error(ErrorKind::Usage, "Give --shared or --private, not both (a check-in is private by default).");
    }
    if (noteFile == "-" && appreciationFile == "-") {
        throw Error(ErrorKind::Usage, "Only one of --note-file and --appreciation-file can read standard input.");
    }
    json fields = {{"trust", scaleValue("--trust", *trust)}};
    if (connected) {
        fields["connected"] = scaleValue("--connected", *connected);
    }

    const content::Curriculum curriculum = loadCurriculumFor(ctx);
    const content::Exercise& exercise = checkinExercise(curriculum);
    for (const auto& [key, value] : fields.items()) {
        requireField(exercise, key);
    }
    auto session = unlockSession(ctx);
    // Texts are read after the passphrase, which comes first on standard input.
    for (const auto& [key, source] : {std::pair{"appreciation", appreciationFile}, std::pair{"note", noteFile}}) {
        if (!source) {
            continue;
        }
        requireField(exercise, key);
        std::string text = trimmed(readTextSource(*source, ctx.in));
        if (!text.empty()) { // as the form does: an empty text field is left out
            fields[key] = std::move(text);
        }
    }
    std::string body;
    try {
        body = fields.dump();
    } catch (const json::type_error&) {
        throw Error(ErrorKind::Usage, "The note or appreciation is not valid UTF-8; nothing was saved.");
    }
    const auto visibility = shared ? workbook::Visibility::Shared : workbook::Visibility::Private;
    ctx.out << workbook::EntryService(*session).addCheckin(exercise.id, body, visibility) << "\n";
    return kOk;
}

} // namespace tw::cli
