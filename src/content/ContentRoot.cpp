// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/content/ContentRoot.h"

#include "tw/base/Error.h"

#include <algorithm>
#include <string>
#include <system_error>

namespace tw::content {

namespace fs = std::filesystem;

// Compares whole path components, so /build/ci2 is not taken to be inside /build/ci.
bool isInside(const fs::path& child, const fs::path& parent)
{
    std::error_code ec;
    const auto c = fs::weakly_canonical(child, ec);
    if (ec) {
        return false;
    }
    const auto p = fs::weakly_canonical(parent, ec);
    if (ec) {
        return false;
    }
    auto [parentEnd, childIt] = std::mismatch(p.begin(), p.end(), c.begin(), c.end());
    // A trailing separator yields an empty last component; it does not make the paths differ.
    return parentEnd == p.end() || (std::next(parentEnd) == p.end() && parentEnd->empty());
}

bool isContentRoot(const fs::path& dir)
{
    std::error_code ec;
    return fs::is_regular_file(dir / "schema" / "curriculum.schema.json", ec)
        && fs::is_directory(dir / "curriculum" / "en", ec);
}

std::vector<fs::path> contentRootCandidates(const fs::path& executableDir)
{
    std::vector<fs::path> candidates;
    if (executableDir.empty()) {
        return candidates;
    }
#if defined(TW_SOURCE_CONTENT_DIR) && defined(TW_BINARY_DIR)
    // Only a program inside this very build tree may use the source tree: an installed copy must
    // never pick up a developer's checkout that happens to still exist.
    if (isInside(executableDir, TW_BINARY_DIR)) {
        candidates.emplace_back(TW_SOURCE_CONTENT_DIR);
    }
#endif
    // Relative to the binary, never the configured prefix, so the tree works wherever it is unpacked.
    candidates.push_back((executableDir / ".." / "share" / "trustwork" / "content").lexically_normal());
    return candidates;
}

std::optional<fs::path> locateContentRoot(const fs::path& override, const fs::path& executableDir)
{
    if (!override.empty()) {
        if (!isContentRoot(override)) {
            throw Error(ErrorKind::Io,
                override.string()
                    + " is not a Trustwork content folder: it needs schema/curriculum.schema.json "
                      "and curriculum/en.");
        }
        return override;
    }
    for (const auto& candidate : contentRootCandidates(executableDir)) {
        if (isContentRoot(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

fs::path requireContentRoot(const fs::path& override, const fs::path& executableDir)
{
    if (auto root = locateContentRoot(override, executableDir)) {
        return *root;
    }
    std::string message = "Trustwork's curriculum was not found (a folder with schema/curriculum.schema.json and "
                          "curriculum/en).";
    const auto candidates = contentRootCandidates(executableDir);
    if (candidates.empty()) {
        message += " The program's own folder could not be determined, so there was nowhere to look.";
    } else {
        message += " Looked in:";
        for (const auto& candidate : candidates) {
            message += "\n  " + candidate.string();
        }
    }
    message += "\nReinstall Trustwork, or give the folder with --content-dir DIR.";
    throw Error(ErrorKind::Io, message);
}

fs::path currentExecutableDir()
{
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

} // namespace tw::content
