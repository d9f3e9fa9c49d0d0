// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentCommands.h"

#include "ExitCodes.h"
#include "tw/base/Error.h"
#include "tw/content/ContentRoot.h"
#include "tw/content/Loader.h"
#include "tw/content/Stats.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <set>

namespace tw::cli {

namespace fs = std::filesystem;
namespace content = tw::content;

namespace {

fs::path requireContentRoot(const fs::path& override)
{
    return content::requireContentRoot(override, content::currentExecutableDir());
}

fs::path schemaOf(const fs::path& root)
{
    return root / "schema" / "curriculum.schema.json";
}

int validate(Args& args, const fs::path& override, std::ostream& out)
{
    std::vector<fs::path> paths;
    while (const auto path = args.next()) {
        paths.emplace_back(*path);
    }
    args.requireEmpty();
    if (paths.empty()) {
        throw Error(ErrorKind::Usage, "content validate needs at least one file or folder. See trustwork-cli --help.");
    }
    std::vector<fs::path> checked;
    const auto problems = content::validateFiles(paths, schemaOf(requireContentRoot(override)), &checked);
    if (problems.empty()) {
        out << checked.size() << (checked.size() == 1 ? " file" : " files") << " valid\n";
        return kOk;
    }
    std::set<std::string> badFiles;
    for (const auto& problem : problems) {
        out << content::formatProblem(problem) << "\n";
        badFiles.insert(problem.file);
    }
    out << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " in " << badFiles.size() << " of "
        << checked.size() << (checked.size() == 1 ? " file" : " files") << "\n";
    return kInvalidInput;
}

std::string percent(int part, int whole)
{
    return whole == 0 ? "0%" : std::to_string((part * 100 + whole / 2) / whole) + "%";
}

std::string kindList(const std::set<content::Kind>& kinds)
{
    std::string list;
    for (const auto kind : kinds) {
        list += (list.empty() ? "" : ", ") + std::string(content::toString(kind));
    }
    return list;
}

void printTable(const content::Stats& stats, const std::string& source, std::ostream& out)
{
    out << "Curriculum: " << source << "\n"
        << stats.modules << " modules, " << stats.exercises << " exercises, " << stats.words << " words\n\n";

    out << std::left << std::setw(24) << "Module" << std::setw(16) << "Section" << std::right << std::setw(10)
        << "Exercises" << std::setw(8) << "Words"
        << "\n";
    for (const auto& m : stats.perModule) {
        std::string section(content::toString(m.section));
        if (m.section == content::Section::Step) {
            section += " " + std::to_string(m.step);
        }
        out << std::left << std::setw(24) << m.id << std::setw(16) << section << std::right << std::setw(10)
            << m.exercises << std::setw(8) << m.words << "\n";
    }

    out << "\nPer step\n";
    for (const auto& [step, count] : stats.exercisesPerStep) {
        const auto& kinds = stats.kindsPerStep.at(step);
        out << "  step " << step << ": " << count << " exercises, " << kinds.size() << " kinds (" << kindList(kinds)
            << ")\n";
    }

    out << "\nPer kind\n";
    for (const auto& [kind, count] : stats.exercisesPerKind) {
        out << "  " << std::left << std::setw(14) << content::toString(kind) << std::right << std::setw(4) << count
            << "\n";
    }

    out << "\nRole variants: " << stats.exercisesWithVariants << " of " << stats.exercises << " exercises ("
        << percent(stats.exercisesWithVariants, stats.exercises) << ")\n";
    for (const auto& [role, count] : stats.variantsPerRole) {
        out << "  " << std::left << std::setw(10) << role << std::right << std::setw(4) << count << " ("
            << percent(count, stats.exercises) << ")\n";
    }

    out << "  mutual where roles differ: " << stats.exercisesWhereRolesDifferWithMutual << " of "
        << stats.exercisesWhereRolesDiffer << " ("
        << percent(stats.exercisesWhereRolesDifferWithMutual, stats.exercisesWhereRolesDiffer) << ")\n";

    out << "\nStages\n";
    for (const auto& stage : stats.stages) {
        std::string ids;
        for (const auto& id : stage.exerciseIds) {
            ids += (ids.empty() ? "" : ", ") + id;
        }
        out << "  " << (stage.missing.empty() && stage.inOrder ? "present  " : "MISSING  ") << stage.stage << " ("
            << ids << ")\n";
    }

    out << "\nReadings (words; 150-450 each)\n";
    for (const auto& reading : stats.readings) {
        const auto label = reading.variant == "default" ? reading.exerciseId : "  " + reading.variant + " variant";
        out << "  " << std::left << std::setw(40) << label << std::right << std::setw(5) << reading.words << "\n";
    }

    const auto unmet = content::qualityBar(stats);
    if (unmet.empty()) {
        out << "\nQuality bar: met\n";
    } else {
        out << "\nQuality bar: NOT met\n";
        for (const auto& item : unmet) {
            out << "  - " << item << "\n";
        }
    }
}

int stats(Args& args, const fs::path& override, std::ostream& out)
{
    const bool asJson = args.flag("--json");
    const auto path = args.next();
    args.requireEmpty();

    content::Curriculum curriculum;
    fs::path source;
    if (!path) {
        source = requireContentRoot(override);
        curriculum = content::loadCurriculum(source, "en", {}).curriculum;
    } else if (content::isContentRoot(*path)) {
        source = *path;
        curriculum = content::loadCurriculum(source, "en", {}).curriculum;
    } else {
        // A curriculum folder: its own content root's schema if it sits in one, else the one found.
        source = *path;
        const auto enclosing = source.parent_path().parent_path();
        const auto root = content::isContentRoot(enclosing) ? enclosing : requireContentRoot(override);
        curriculum = content::loadCurriculumFolder(source, schemaOf(root));
    }
    const auto numbers = content::computeStats(curriculum);
    if (asJson) {
        nlohmann::json j;
        content::to_json(j, numbers);
        out << j.dump(2) << "\n";
    } else {
        printTable(numbers, source.string(), out);
    }
    return kOk;
}

} // namespace

int runContentCommand(Args& args, const fs::path& contentRoot, std::ostream& out, std::ostream& err)
{
    const auto command = args.next();
    if (command == "validate") {
        return validate(args, contentRoot, out);
    }
    if (command == "stats") {
        return stats(args, contentRoot, out);
    }
    err << "trustwork-cli: content needs validate or stats. See trustwork-cli --help.\n";
    return kUsage;
}

} // namespace tw::cli
