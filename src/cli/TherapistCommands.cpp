// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TherapistCommands.h"

#include "CommandSupport.h"
#include "TherapistCli.h"
#include "tw/base/Error.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Workbook.h"

#include <cstdlib>
#include <ctime>

namespace tw::cli {

namespace therapist {

workbook::Options options()
{
    return workbookOptions();
}

std::unique_ptr<workbook::Session> unlock(Context& ctx)
{
    return unlockSession(ctx);
}

std::string localTime(std::int64_t ms)
{
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

} // namespace therapist

bool isTherapistCommand(const std::string& command)
{
    return command == "create-practice" || command == "identity" || command == "client" || command == "assignment"
        || command == "report";
}

int runTherapistCommand(const std::string& command, Args& args, Context& ctx)
{
    using namespace therapist;
    if (command == "create-practice") {
        return createPractice(args, ctx);
    }
    if (command == "identity") {
        return identity(args, ctx);
    }
    if (command == "client") {
        return client(args, ctx);
    }
    const auto sub = args.next().value_or("");
    if (command == "assignment") {
        if (sub == "create") {
            return assignmentCreate(args, ctx);
        }
        if (sub == "show") {
            return assignmentShow(args, ctx);
        }
        if (sub == "import") {
            return assignmentImport(args, ctx);
        }
        if (sub == "list") {
            return assignmentList(args, ctx);
        }
        if (sub == "pending") {
            return assignmentPending(args, ctx);
        }
        if (sub == "confirm") {
            return assignmentConfirm(args, ctx);
        }
        throw Error(ErrorKind::Usage,
            "assignment takes create, show, import, list, pending or confirm. See trustwork-cli --help.");
    }
    if (sub == "export") {
        return reportExport(args, ctx);
    }
    if (sub == "import") {
        return reportImport(args, ctx);
    }
    throw Error(ErrorKind::Usage, "report takes export or import. See trustwork-cli --help.");
}

void refuseCoupleCommandOnPractice(const std::string& command, const Context& ctx)
{
    if (command != "entry" && command != "export" && command != "add-partner" && command != "checkin") {
        return;
    }
    if (!workbook::Paths(ctx.dataDir).workbookExists()) {
        return; // the command itself reports the missing workbook
    }
    if (workbook::Workbook::info(ctx.dataDir).kind == workbook::kPracticeKind) {
        throw Error(ErrorKind::Usage,
            "This is a practice workbook; \"" + command
                + "\" works on a couple's workbook. Practice commands: identity, client, assignment create, "
                  "report import.");
    }
}

} // namespace tw::cli
