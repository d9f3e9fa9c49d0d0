// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDir.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace tw::test {

TempDir::TempDir()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "trustwork-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(m_path, ec);
}

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

bool treeContains(const std::filesystem::path& dir, const std::string& needle)
{
    std::error_code ec;
    for (const auto& item : std::filesystem::recursive_directory_iterator(dir, ec)) {
        if (!item.is_regular_file()) {
            continue;
        }
        const auto bytes = readBytes(item.path());
        if (std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end()) {
            return true;
        }
    }
    return false;
}

std::vector<std::uint8_t> snapshot(const std::filesystem::path& path)
{
    return readBytes(path);
}

} // namespace tw::test
