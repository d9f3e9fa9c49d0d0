// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace tw::content {

/** @brief True if @p dir holds schema/curriculum.schema.json and curriculum/en. */
bool isContentRoot(const std::filesystem::path& dir);

/**
 * @brief The folders tried, in order, when no --content-dir is given: the source tree's content/
 * when the program runs from this build tree (so edits show without installing), then
 * <prefix>/share/trustwork/content found relative to the program's bin/ folder (so an installed
 * copy, an unpacked .deb or a Flatpak all work wherever the prefix is).
 */
std::vector<std::filesystem::path> contentRootCandidates(const std::filesystem::path& executableDir);

/**
 * @brief Where the curriculum is: @p override when given (tw::Error(Io) if it is not a content
 * root, because the user asked for exactly that folder); else the first of
 * contentRootCandidates() that is a content root. nullopt when none is.
 */
std::optional<std::filesystem::path> locateContentRoot(
    const std::filesystem::path& override, const std::filesystem::path& executableDir);

/** @brief As locateContentRoot, but tw::Error(Io) naming every folder it looked in when none fits. */
std::filesystem::path requireContentRoot(
    const std::filesystem::path& override, const std::filesystem::path& executableDir);

/**
 * @brief True if @p child is @p parent or below it, comparing whole components of both paths made
 * canonical (so /build/ci2 is not inside /build/ci). Used to let only a program inside its own
 * build tree see that tree's files (the curriculum here, the app's modules).
 */
bool isInside(const std::filesystem::path& child, const std::filesystem::path& parent);

/** @brief The folder of the running program (from /proc/self/exe); empty if it cannot be read. */
std::filesystem::path currentExecutableDir();

} // namespace tw::content
