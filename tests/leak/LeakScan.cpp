// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakScan.h"

#include <sys/stat.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <set>

namespace tw::test {
namespace {

std::string utf16le(const std::string& ascii)
{
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

// Files larger than this are not ours (a workbook in these tests is far smaller).
constexpr std::uintmax_t kMaxFileBytes = 256u << 20;

} // namespace

Canaries::Canaries()
{
    std::random_device random;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%08x%08x", random(), random());
    m_run = hex;
}

const std::string& Canaries::operator[](const std::string& kind)
{
    auto it = byKind.find(kind);
    if (it == byKind.end()) {
        std::string tag;
        for (char c : kind) {
            tag += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::toupper(c)) : 'X';
        }
        it = byKind.emplace(kind, "CANARY" + m_run + tag).first;
    }
    return it->second;
}

ScanResult scanForCanaries(const std::vector<std::filesystem::path>& roots, const Canaries& canaries)
{
    ScanResult result;
    std::set<std::filesystem::path> seen;
    for (const auto& root : roots) {
        std::error_code ec;
        struct stat rootStat{};
        const bool rootKnown = ::stat(root.c_str(), &rootStat) == 0;
        std::filesystem::recursive_directory_iterator it(
            root, std::filesystem::directory_options::skip_permission_denied, ec);
        for (; !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            std::error_code fileEc;
            // Stay on the root's file system: a chroot or container under /tmp (scripts/check-fresh
            // makes one) mounts /proc and /dev inside, whose files are no place the app writes to.
            struct stat entryStat{};
            if (rootKnown && it->is_directory(fileEc) && !it->is_symlink(fileEc)
                && ::lstat(it->path().c_str(), &entryStat) == 0 && entryStat.st_dev != rootStat.st_dev) {
                it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(fileEc) || it->is_symlink(fileEc) || it->file_size(fileEc) > kMaxFileBytes
                || !seen.insert(it->path()).second) {
                continue;
            }
            std::ifstream in(it->path(), std::ios::binary);
            if (!in) {
                continue;
            }
            std::string data;
            try {
                data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            } catch (const std::exception&) {
                continue; // a device or special file that refuses reads holds nothing Trustwork wrote
            }
            ++result.files;
            result.bytes += data.size();
            for (const auto& [kind, canary] : canaries.byKind) {
                if (data.find(canary) != std::string::npos || data.find(utf16le(canary)) != std::string::npos) {
                    result.hits.push_back({it->path(), kind});
                }
            }
        }
    }
    return result;
}

std::string describe(const std::vector<Hit>& hits)
{
    std::string out;
    for (const auto& hit : hits) {
        out += hit.kind + " in " + hit.file.string() + "\n";
    }
    return out;
}

} // namespace tw::test
