// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>

namespace tw::content {

/** @brief True if @p dir holds schema/curriculum.schema.json and curriculum/en. */
bool isContentRoot(const std::filesystem::path& dir);

/**
 * @brief Where the curriculum is: @p override when given (tw::Error(Io) if it is not a content
 * root, because the user asked for exactly that folder); else, when the program runs from this
 * build tree, the source tree's content/ (so edits show without installing); else the installed
 * <prefix>/share/trustwork/content beside the program's bin/. nullopt when none is found.
 */
std::optional<std::filesystem::path> locateContentRoot(
    const std::filesystem::path& override, const std::filesystem::path& executableDir);

/** @brief The folder of the running program (from /proc/self/exe); empty if it cannot be read. */
std::filesystem::path currentExecutableDir();

} // namespace tw::content
