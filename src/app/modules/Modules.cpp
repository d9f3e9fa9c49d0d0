// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Modules.h"

#include "charts/ChartsApi.h"
#include "print/PrintApi.h"
#include "tw/base/Logging.h"
#include "tw/content/ContentRoot.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <map>
#include <optional>
#include <string>

namespace tw::app::modules {
namespace {

struct Loaded {
    QFunctionPointer entry = nullptr; ///< the module's one exported function
    QString problem;
};

struct State {
    std::map<std::string, Loaded> modules;
    std::optional<QStringList> dirsForTests;
};

State& state()
{
    static State s;
    return s;
}

// Loads @p file from the first search folder that has it and finds its @p entry function; on
// failure the entry is null and the problem says why, naming the paths tried.
Loaded load(const char* file, const char* entry)
{
    Loaded result;
    const QStringList dirs = searchDirs();
    QString tried;
    for (const QString& dir : dirs) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(file));
        tried += QStringLiteral("\n  ") + path;
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QLibrary library(path);
        // Never unloaded: widgets made by the module live as long as the window.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            result.problem = QStringLiteral("%1 could not be loaded: %2").arg(path, library.errorString());
            return result;
        }
        result.entry = library.resolve(entry);
        if (!result.entry) {
            result.problem = QStringLiteral("%1 is not a Trustwork module of this version (it has no %2).")
                                 .arg(path, QString::fromLatin1(entry));
        }
        return result;
    }
    result.problem = QStringLiteral("%1 was not found. Looked in:%2").arg(QString::fromLatin1(file), tried);
    return result;
}

const Loaded& loaded(const char* file, const char* entry)
{
    auto& modules = state().modules;
    auto it = modules.find(file);
    if (it == modules.end()) {
        it = modules.emplace(file, load(file, entry)).first;
        if (!it->second.entry) {
            // The path and the loader's words only: no user text can be in them.
            tw::log::get("app")->warn("module not loaded: {}", it->second.problem.toStdString());
        }
    }
    return it->second;
}

// The API object @p Api's module returns, or nullptr.
template <typename Api> const Api* api(const char* file, const char* entry)
{
    const auto function = reinterpret_cast<const Api* (*)()>(loaded(file, entry).entry);
    return function ? function() : nullptr;
}

} // namespace

QStringList searchDirs()
{
    if (state().dirsForTests) {
        return *state().dirsForTests;
    }
    QStringList dirs;
    const auto exeDir = content::currentExecutableDir();
    if (exeDir.empty()) {
        return dirs;
    }
#if defined(TW_MODULE_BUILD_DIR) && defined(TW_BINARY_DIR)
    // Only a program inside this very build tree uses the build's modules; an installed copy never
    // picks up a developer's build that happens to exist.
    if (content::isInside(exeDir, TW_BINARY_DIR)) {
        dirs << QStringLiteral(TW_MODULE_BUILD_DIR);
    }
#endif
    // A QStringLiteral keeps the folder whole in the program's data, where scripts/package reads it.
    dirs << QDir::cleanPath(
        QString::fromStdString(exeDir.string()) + QLatin1Char('/') + QStringLiteral(TW_MODULE_DIR_FROM_BIN));
    return dirs;
}

void setSearchDirsForTests(const QStringList& dirs)
{
    state().dirsForTests = dirs.isEmpty() ? std::nullopt : std::optional<QStringList>(dirs);
    state().modules.clear();
}

const charts::Api* charts()
{
    return api<charts::Api>(charts::kFile, charts::kEntry);
}

const print::Api* print()
{
    return api<print::Api>(print::kFile, print::kEntry);
}

QString problem(const char* file)
{
    const auto it = state().modules.find(file);
    return it == state().modules.end() ? QString() : it->second.problem;
}

} // namespace tw::app::modules
