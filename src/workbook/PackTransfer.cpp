// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/PackTransfer.h"

#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/content/ContentRoot.h"
#include "tw/content/Loader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <set>

namespace tw::workbook {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

json readJson(const fs::path& path)
{
    const auto bytes = readFile(path);
    json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        throw Error(ErrorKind::InvalidInput, "The content pack file " + path.string() + " is not a JSON object.");
    }
    doc.erase("$schema"); // a path relative to the pack's folder means nothing inside an assignment
    return doc;
}

std::string packIdOf(const json& doc)
{
    const auto pack = doc.find("pack");
    if (pack == doc.end() || !pack->is_object() || !pack->contains("id") || !(*pack)["id"].is_string()) {
        return {};
    }
    return (*pack)["id"].get<std::string>();
}

// A folder pack (pack.json plus module files) becomes one single-file pack.
json packFromFolder(const fs::path& dir)
{
    json doc = readJson(dir / "pack.json");
    std::vector<fs::path> files;
    for (const auto& item : fs::directory_iterator(dir)) {
        const auto name = item.path().filename().string();
        if (item.is_regular_file() && item.path().extension() == ".json" && name != "pack.json"
            && !name.starts_with(".")) {
            files.push_back(item.path());
        }
    }
    std::sort(files.begin(), files.end());
    json modules = json::array();
    for (const auto& file : files) {
        modules.push_back(readJson(file));
    }
    doc["modules"] = std::move(modules);
    return doc;
}

} // namespace

std::string packToEmbed(
    const content::Curriculum& curriculum, const std::vector<AssignmentItem>& items, const fs::path& packsDir)
{
    std::set<std::string> ids;
    for (const auto& item : items) {
        const auto* exercise = curriculum.findExercise(item.exerciseId);
        if (exercise && !exercise->packId.empty()) {
            ids.insert(exercise->packId);
        }
    }
    if (ids.empty()) {
        return {};
    }
    if (ids.size() > 1) {
        throw Error(ErrorKind::Usage,
            "The items come from more than one content pack; an assignment can carry one. Split it in two.");
    }
    for (const auto& path : content::discoverPacks(packsDir)) {
        json doc = fs::is_directory(path) ? packFromFolder(path) : readJson(path);
        if (packIdOf(doc) == *ids.begin()) {
            return doc.dump();
        }
    }
    throw Error(ErrorKind::Io, "The content pack \"" + *ids.begin() + "\" was not found in " + packsDir.string() + ".");
}

StagedPack::StagedPack(const std::string& packJson, const fs::path& packsDir, const fs::path& contentOverride)
{
    const json doc = json::parse(packJson, nullptr, false);
    m_id = doc.is_discarded() ? std::string() : packIdOf(doc);
    // The id becomes a file name: only the pack schema's own pattern, so no path can be smuggled in.
    if (m_id.empty() || m_id.size() > 40 || !std::regex_match(m_id, std::regex("[a-z0-9]+(-[a-z0-9]+)*"))) {
        throw Error(ErrorKind::InvalidInput, "The content pack in the assignment has no valid pack id.");
    }
    const auto root = content::locateContentRoot(contentOverride, content::currentExecutableDir());
    if (!root) {
        throw Error(ErrorKind::Io,
            "The assignment carries a content pack, but the curriculum to check it against was not found. "
            "Pass --content-dir DIR.");
    }
    std::error_code ec;
    fs::create_directories(packsDir, ec);
    m_target = packsDir / (m_id + ".json");
    m_staged = packsDir / (".incoming-" + m_id + ".json");
    writeFileAtomically(m_staged, std::vector<std::uint8_t>(packJson.begin(), packJson.end()));
    std::vector<content::Problem> problems;
    try {
        problems = content::validateFiles({m_staged}, *root / "schema" / "curriculum.schema.json");
    } catch (...) {
        fs::remove(m_staged, ec);
        throw;
    }
    if (!problems.empty()) {
        fs::remove(m_staged, ec);
        throw Error(ErrorKind::InvalidInput,
            "The content pack in the assignment is not valid, so nothing was imported:\n"
                + content::formatProblems(problems));
    }
}

StagedPack::~StagedPack()
{
    if (!m_staged.empty()) {
        std::error_code ignored;
        fs::remove(m_staged, ignored);
    }
}

fs::path StagedPack::install()
{
    std::error_code ec;
    fs::rename(m_staged, m_target, ec);
    if (ec) {
        throw Error(ErrorKind::Io, "Could not install the content pack as " + m_target.string() + ": " + ec.message());
    }
    m_staged.clear();
    return m_target;
}

} // namespace tw::workbook
