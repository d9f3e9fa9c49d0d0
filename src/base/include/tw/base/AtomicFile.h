// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

namespace tw {

/**
 * @brief Replaces @p path with @p bytes so that a crash leaves either the old or the new file:
 * write a temp file in the same directory, fsync, rename over, fsync the directory.
 * Throws tw::Error (DiskFull, ReadOnly or Io); the old file is untouched on failure.
 */
void writeFileAtomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);

/** @brief Reads a whole file; throws tw::Error(Io) naming the file when it cannot. */
std::vector<std::uint8_t> readFile(const std::filesystem::path& path);

/** @brief fsyncs a directory so a rename or create inside it is durable. */
void syncDirectory(const std::filesystem::path& dir);

} // namespace tw
