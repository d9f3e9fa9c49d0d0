// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/content/Loader.h"

#include "ContentReader.h"
#include "JsonText.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace tw::content {

namespace fs = std::filesystem;
using detail::ContentReader;
using detail::SourceModule;

namespace {

constexpr const char* kDefaultLocale = "en";

// The locale becomes a folder name, so only a plain language tag is accepted ("de", "pt_BR").
// Translations apply from general to specific: "de_AT" is "de" with "de_AT" on top.
std::vector<std::string> localeChain(const std::string& locale)
{
    static const std::regex kTag("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");
    if (!std::regex_match(locale, kTag)) {
        throw Error(ErrorKind::Usage, "\"" + locale + "\" is not a language tag such as \"en\" or \"pt_BR\".");
    }
    std::vector<std::string> chain;
    const auto language = locale.substr(0, locale.find_first_of("_-"));
    for (const auto& tag : {language, locale}) {
        if (tag != kDefaultLocale && std::find(chain.begin(), chain.end(), tag) == chain.end()) {
            chain.push_back(tag);
        }
    }
    return chain;
}

std::vector<Module> toModules(std::vector<SourceModule>& sources, const std::string& locale)
{
    std::vector<Module> modules;
    for (auto& source : sources) {
        source.module.locale = locale;
        for (auto& exercise : source.module.exercises) {
            exercise.locale = locale;
        }
        modules.push_back(std::move(source.module));
    }
    std::stable_sort(
        modules.begin(), modules.end(), [](const Module& a, const Module& b) { return a.order < b.order; });
    return modules;
}

// The English curriculum must be complete and valid on its own; anything else is a broken install.
std::vector<Module> loadDefault(ContentReader& reader, const fs::path& dir)
{
    std::vector<Problem> problems;
    auto sources = reader.readModuleFolder(dir, problems);
    if (sources.empty() && problems.empty()) {
        problems.push_back({dir.string(), "", "holds no module files (*.json)"});
    }
    detail::checkModuleSet(sources, {}, {}, problems);
    if (!problems.empty()) {
        throw Error(
            ErrorKind::InvalidInput, "The curriculum in " + dir.string() + " is invalid:\n" + formatProblems(problems));
    }
    return toModules(sources, kDefaultLocale);
}

/** A quiet load for reference checks: a broken default gives an empty curriculum, never an error. */
Curriculum loadQuietly(ContentReader& reader, const fs::path& dir)
{
    Curriculum curriculum;
    if (!fs::is_directory(dir)) {
        return curriculum;
    }
    std::vector<Problem> ignored;
    auto sources = reader.readModuleFolder(dir, ignored);
    detail::checkModuleSet(sources, {}, {}, ignored);
    if (ignored.empty()) {
        curriculum.modules = toModules(sources, kDefaultLocale);
    }
    return curriculum;
}

bool isTranslationFolder(const fs::path& dir)
{
    const auto parent = dir.parent_path();
    return dir.filename() != kDefaultLocale && parent.filename() == "curriculum"
        && fs::is_directory(parent / kDefaultLocale);
}

bool looksLikePackFile(const fs::path& file)
{
    try {
        const auto parsed = detail::parseJsonText(detail::readTextFile(file), file.string());
        return parsed.parsed && parsed.doc.is_object() && parsed.doc.contains("pack");
    } catch (const Error&) {
        return false; // unreadable: reported when read as a module
    }
}

/** Validation of whatever a path turns out to be, with the default curriculum loaded on demand. */
class FileValidator {
public:
    explicit FileValidator(const fs::path& schemaPath)
        : m_reader(schemaPath.parent_path())
        , m_defaultDir(schemaPath.parent_path().parent_path() / "curriculum" / kDefaultLocale)
    {
    }

    void validate(const fs::path& path, std::vector<Problem>& problems, std::vector<fs::path>& checked)
    {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            throw Error(ErrorKind::Io, "Cannot read " + path.string() + ": no such file or folder");
        }
        if (fs::is_directory(path)) {
            if (fs::exists(path / "pack.json")) {
                m_reader.readPack(path, &base(), problems, &checked);
            } else if (isTranslationFolder(path)) {
                for (const auto& file : ContentReader::moduleFiles(path)) {
                    validateTranslation(file, problems, checked);
                }
            } else {
                validateFolder(path, problems, checked);
            }
            return;
        }
        const auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
        if (path.filename() == "pack.json" || fs::exists(folder / "pack.json")) {
            m_reader.readPack(folder, &base(), problems, &checked);
        } else if (looksLikePackFile(path)) {
            m_reader.readPack(path, &base(), problems, &checked);
        } else if (isTranslationFolder(folder)) {
            validateTranslation(path, problems, checked);
        } else {
            validateModuleFile(path, folder, problems, checked);
        }
    }

private:
    const Curriculum& base()
    {
        if (!m_base) {
            m_base = loadQuietly(m_reader, m_defaultDir);
        }
        return *m_base;
    }

    // A plain folder is a curriculum (its module files checked as one set) or a folder of packs
    // such as <dataDir>/packs; each pack in it is checked on its own, as the loader would.
    void validateFolder(const fs::path& dir, std::vector<Problem>& problems, std::vector<fs::path>& checked)
    {
        std::vector<SourceModule> sources;
        for (const auto& file : ContentReader::moduleFiles(dir)) {
            if (looksLikePackFile(file)) {
                m_reader.readPack(file, &base(), problems, &checked);
                continue;
            }
            checked.push_back(file);
            if (auto source = m_reader.readModuleFile(file, problems)) {
                sources.push_back(std::move(*source));
            }
        }
        detail::checkModuleSet(sources, {}, {}, problems);
        for (const auto& pack : discoverPacks(dir)) {
            if (fs::is_directory(pack) && fs::exists(pack / "pack.json")) {
                m_reader.readPack(pack, &base(), problems, &checked);
            }
        }
    }

    // A module file is checked together with its neighbours, which count for unique ids and
    // references but are not reported on: their own problems show when they are checked.
    void validateModuleFile(
        const fs::path& path, const fs::path& folder, std::vector<Problem>& problems, std::vector<fs::path>& checked)
    {
        checked.push_back(path);
        auto target = m_reader.readModuleFile(path, problems);
        if (!target) {
            return;
        }
        std::vector<SourceModule> context;
        std::vector<Problem> ignored;
        const auto self = fs::weakly_canonical(path);
        for (const auto& file : ContentReader::moduleFiles(folder)) {
            if (fs::weakly_canonical(file) != self && !looksLikePackFile(file)) {
                if (auto neighbour = m_reader.readModuleFile(file, ignored)) {
                    context.push_back(std::move(*neighbour));
                }
            }
        }
        std::vector<SourceModule> targets{std::move(*target)};
        detail::checkModuleSet(targets, context, {}, problems);
    }

    void validateTranslation(const fs::path& file, std::vector<Problem>& problems, std::vector<fs::path>& checked)
    {
        checked.push_back(file);
        const auto english = file.parent_path().parent_path() / kDefaultLocale;
        auto& modules = m_english.try_emplace(english.string(), loadQuietly(m_reader, english)).first->second.modules;
        if (auto source = m_reader.readModuleFile(file, problems)) {
            auto copy = modules;
            detail::applyTranslation(copy, *source, file.parent_path().filename().string(), problems);
        }
    }

    ContentReader m_reader;
    fs::path m_defaultDir;
    std::optional<Curriculum> m_base;
    std::map<std::string, Curriculum> m_english;
};

} // namespace

LoadResult loadCurriculum(const fs::path& contentRoot, const std::string& locale, const std::vector<fs::path>& packs)
{
    const auto chain = localeChain(locale);
    const auto schemaPath = contentRoot / "schema" / "curriculum.schema.json";
    const auto englishDir = contentRoot / "curriculum" / kDefaultLocale;
    if (!fs::is_regular_file(schemaPath) || !fs::is_directory(englishDir)) {
        throw Error(ErrorKind::Io,
            contentRoot.string()
                + " is not a Trustwork content folder: it needs schema/curriculum.schema.json "
                  "and curriculum/en.");
    }
    ContentReader reader(schemaPath.parent_path());
    LoadResult result;
    result.curriculum.locale = locale;
    result.curriculum.modules = loadDefault(reader, englishDir);

    for (const auto& tag : chain) {
        const auto dir = contentRoot / "curriculum" / tag;
        if (!fs::is_directory(dir)) {
            continue;
        }
        for (const auto& file : ContentReader::moduleFiles(dir)) {
            std::vector<Problem> problems;
            const auto source = reader.readModuleFile(file, problems);
            if (source && problems.empty()) {
                detail::applyTranslation(result.curriculum.modules, *source, tag, problems);
            }
            result.problems.insert(result.problems.end(), problems.begin(), problems.end());
        }
    }

    // Each pack is checked against the default curriculum only, so whether one pack loads never
    // depends on another; the first of two packs with the same id wins.
    const Curriculum base = result.curriculum;
    std::map<std::string, std::string> packIds;
    for (const auto& path : packs) {
        std::vector<Problem> problems;
        auto pack = reader.readPack(path, &base, problems);
        if (pack) {
            const auto [it, inserted] = packIds.emplace(pack->info.id, path.string());
            if (!inserted) {
                problems.push_back({pack->metaFile, "/pack/id",
                    "the pack id \"" + pack->info.id + "\" is already used by the pack loaded from " + it->second
                        + " (check: unique pack ids)"});
                pack.reset();
            }
        }
        if (!pack) {
            tw::log::get("content")->warn("content pack rejected with {} problem(s)", problems.size());
            result.rejectedPacks.push_back(path);
            result.problems.insert(result.problems.end(), problems.begin(), problems.end());
            continue;
        }
        pack->info.source = path.string();
        result.curriculum.packs.push_back(pack->info);
        std::move(pack->modules.begin(), pack->modules.end(), std::back_inserter(result.curriculum.modules));
    }
    tw::log::get("content")->info("curriculum loaded: {} modules, {} exercises, {} pack(s), {} rejected",
        result.curriculum.modules.size(), result.curriculum.exerciseCount(), result.curriculum.packs.size(),
        result.rejectedPacks.size());
    return result;
}

Curriculum loadCurriculumFolder(const fs::path& folder, const fs::path& schemaPath)
{
    if (!fs::is_directory(folder)) {
        throw Error(ErrorKind::Io, "Cannot read " + folder.string() + ": not a folder");
    }
    ContentReader reader(schemaPath.parent_path());
    Curriculum curriculum;
    curriculum.locale = kDefaultLocale;
    curriculum.modules = loadDefault(reader, folder);
    return curriculum;
}

std::vector<Problem> validateFiles(
    const std::vector<fs::path>& paths, const fs::path& schemaPath, std::vector<fs::path>* checkedFiles)
{
    FileValidator validator(schemaPath);
    std::vector<Problem> problems;
    std::vector<fs::path> checked;
    for (const auto& path : paths) {
        validator.validate(path, problems, checked);
    }
    if (checkedFiles != nullptr) {
        *checkedFiles = std::move(checked);
    }
    return problems;
}

std::vector<fs::path> discoverPacks(const fs::path& packsDir)
{
    std::vector<fs::path> packs;
    std::error_code ec;
    if (!fs::is_directory(packsDir, ec)) {
        return packs;
    }
    for (const auto& entry : fs::directory_iterator(packsDir, ec)) {
        const auto& path = entry.path();
        if (path.filename().string().starts_with(".")) {
            continue;
        }
        if (entry.is_directory(ec) || (entry.is_regular_file(ec) && path.extension() == ".json")) {
            packs.push_back(path);
        }
    }
    if (ec) {
        throw Error(ErrorKind::Io, "Cannot list " + packsDir.string() + ": " + ec.message());
    }
    std::sort(packs.begin(), packs.end());
    return packs;
}

} // namespace tw::content
