// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tw::test {

/** @brief A fresh directory under the system temp dir, removed with everything in it. */
class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir();
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
void writeText(const std::filesystem::path& path, const std::string& text);
/** @brief True if any file below @p dir (recursively) contains @p needle. */
bool treeContains(const std::filesystem::path& dir, const std::string& needle);
/** @brief BLAKE2b-free content hash for "unchanged" checks: the bytes themselves. */
std::vector<std::uint8_t> snapshot(const std::filesystem::path& path);

} // namespace tw::test
