// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentReader.h"

#include "FormatVersion.h"
#include "JsonText.h"
#include "tw/base/Error.h"

#include <algorithm>
#include <system_error>

namespace tw::content::detail {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kPackMeta = "pack.json";

bool isHidden(const fs::path& path)
{
    return path.filename().string().starts_with(".");
}

std::optional<json> readJsonFile(const fs::path& path, std::vector<Problem>& problems)
{
    std::string text;
    try {
        text = readTextFile(path);
    } catch (const Error& e) {
        problems.push_back({path.string(), "", e.what()});
        return std::nullopt;
    }
    auto parsed = parseJsonText(text, path.string());
    problems.insert(problems.end(), parsed.problems.begin(), parsed.problems.end());
    if (!parsed.parsed) {
        return std::nullopt;
    }
    return std::move(parsed.doc);
}

// Ids get the pack's prefix only after every check passed, so messages quote ids as the author
// wrote them. References were already resolved to full ids by checkModuleSet.
void namespaceModules(SourcePack& pack, std::vector<SourceModule>& sources)
{
    const std::string prefix = pack.info.id + ":";
    for (auto& source : sources) {
        Module module = std::move(source.module);
        module.id = prefix + module.id;
        module.packId = pack.info.id;
        module.locale = pack.info.locale;
        for (auto& exercise : module.exercises) {
            exercise.id = prefix + exercise.id;
            exercise.moduleId = module.id;
            exercise.packId = pack.info.id;
            exercise.locale = pack.info.locale;
        }
        pack.modules.push_back(std::move(module));
    }
    std::stable_sort(
        pack.modules.begin(), pack.modules.end(), [](const Module& a, const Module& b) { return a.order < b.order; });
}

} // namespace

ContentReader::ContentReader(fs::path schemaDir)
    : m_schemaDir(std::move(schemaDir))
{
    // The current schema is compiled at once, so a damaged install fails here, not mid-load.
    (void)schema(curriculumSchemaName(kCurrentFormatVersion));
}

SchemaValidator& ContentReader::schema(const std::string& name)
{
    auto& slot = m_schemas[name];
    if (!slot) {
        slot = std::make_unique<SchemaValidator>(m_schemaDir / name);
    }
    return *slot;
}

std::vector<Problem> ContentReader::validateVersioned(const json& doc, const std::string& file, bool pack)
{
    std::vector<Problem> problems;
    const auto version = schemaVersionFor(doc, file, "", problems);
    if (!version) {
        return problems;
    }
    return schema(pack ? packSchemaName(*version) : curriculumSchemaName(*version)).validate(doc, file);
}

std::vector<fs::path> ContentReader::moduleFiles(const fs::path& dir)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto& path = entry.path();
        if (entry.is_regular_file(ec) && path.extension() == ".json" && path.filename() != kPackMeta
            && !isHidden(path)) {
            files.push_back(path.lexically_normal()); // "./a.json" -> "a.json" in messages
        }
    }
    if (ec) {
        throw Error(ErrorKind::Io, "Cannot list " + dir.string() + ": " + ec.message());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<SourceModule> ContentReader::moduleFromJson(
    const json& doc, const std::string& file, const std::string& pointer, std::vector<Problem>& problems)
{
    SourceModule source{{}, file, pointer};
    try {
        source.module = doc.get<Module>();
    } catch (const std::exception& e) {
        // Only reachable if the schema admits something the model cannot hold (e.g. an "order"
        // beyond int); the fuzz target checks this stays rare and never crashes.
        problems.push_back({file, pointer, std::string("cannot be read: ") + e.what()});
        return std::nullopt;
    }
    checkModule(source, problems);
    return source;
}

std::optional<SourceModule> ContentReader::readModuleFile(const fs::path& path, std::vector<Problem>& problems)
{
    const auto doc = readJsonFile(path, problems);
    if (!doc) {
        return std::nullopt;
    }
    auto schemaProblems = validateVersioned(*doc, path.string(), false);
    if (!schemaProblems.empty()) {
        problems.insert(problems.end(), schemaProblems.begin(), schemaProblems.end());
        return std::nullopt;
    }
    return moduleFromJson(*doc, path.string(), "", problems);
}

std::vector<SourceModule> ContentReader::readModuleFolder(
    const fs::path& dir, std::vector<Problem>& problems, std::vector<fs::path>* checkedFiles)
{
    std::vector<SourceModule> modules;
    for (const auto& file : moduleFiles(dir)) {
        if (checkedFiles != nullptr) {
            checkedFiles->push_back(file);
        }
        if (auto source = readModuleFile(file, problems)) {
            modules.push_back(std::move(*source));
        }
    }
    return modules;
}

std::optional<SourcePack> ContentReader::readPack(
    const fs::path& path, const Curriculum* base, std::vector<Problem>& problems, std::vector<fs::path>* checkedFiles)
{
    const std::size_t before = problems.size();
    const bool isFolder = fs::is_directory(path);
    SourcePack pack;
    pack.path = path;
    const fs::path meta = isFolder ? path / kPackMeta : path;
    pack.metaFile = meta.string();
    if (isFolder && !fs::is_regular_file(meta)) {
        problems.push_back({path.string(), "",
            "a pack folder needs a pack.json with the pack's id, title, author and version "
            "(check: pack layout)"});
        return std::nullopt;
    }
    if (checkedFiles != nullptr) {
        checkedFiles->push_back(meta);
    }

    std::vector<SourceModule> sources;
    bool metaValid = false;
    if (const auto doc = readJsonFile(meta, problems)) {
        auto schemaProblems = validateVersioned(*doc, pack.metaFile, true);
        problems.insert(problems.end(), schemaProblems.begin(), schemaProblems.end());
        if (schemaProblems.empty()) {
            try {
                pack.info = doc->at("pack").get<PackInfo>();
                metaValid = true;
            } catch (const std::exception& e) {
                problems.push_back({pack.metaFile, "/pack", std::string("cannot be read: ") + e.what()});
            }
            if (doc->contains("modules")) {
                const auto& list = doc->at("modules");
                for (std::size_t i = 0; i < list.size(); ++i) {
                    if (auto source
                        = moduleFromJson(list[i], pack.metaFile, "/modules/" + std::to_string(i), problems)) {
                        sources.push_back(std::move(*source));
                    }
                }
            }
        }
    }
    // A folder's module files are read even when pack.json is broken, so one run shows everything.
    if (isFolder) {
        auto files = readModuleFolder(path, problems, checkedFiles);
        std::move(files.begin(), files.end(), std::back_inserter(sources));
    }
    if (!metaValid) {
        return std::nullopt;
    }
    if (sources.empty() && problems.size() == before) {
        problems.push_back({pack.metaFile, "",
            "a pack needs at least one module, in \"modules\" or as a module file beside pack.json "
            "(check: pack layout)"});
    }
    checkModuleSet(sources, {}, ReferenceScope{pack.info.id, base}, problems);
    if (problems.size() != before) {
        return std::nullopt;
    }
    namespaceModules(pack, sources);
    return pack;
}

} // namespace tw::content::detail
