// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Unprivileged.h"

#include <sys/fsuid.h>
#include <unistd.h>

#include <stdexcept>
#include <system_error>

namespace tw::test {

namespace {

constexpr uid_t kNobody = 65534;

void chownTree(const std::filesystem::path& tree, uid_t uid, gid_t gid)
{
    auto change = [&](const std::filesystem::path& path) {
        if (lchown(path.c_str(), uid, gid) != 0) {
            throw std::system_error(errno, std::generic_category(), "lchown " + path.string());
        }
    };
    change(tree);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(tree)) {
        change(entry.path());
    }
}

} // namespace

Unprivileged::Unprivileged(std::filesystem::path tree)
    : m_tree(std::move(tree))
{
    if (geteuid() != 0) {
        return;
    }
    chownTree(m_tree, kNobody, kNobody);
    setfsuid(kNobody);
    setfsgid(kNobody);
    // setfsuid reports the previous value, never an error: ask again to see that it took effect.
    if (setfsuid(kNobody) != static_cast<int>(kNobody)) {
        setfsuid(0);
        throw std::runtime_error("setfsuid(nobody) did not take effect");
    }
    m_switched = true;
}

Unprivileged::~Unprivileged()
{
    if (!m_switched) {
        return;
    }
    setfsuid(0);
    setfsgid(0);
    try {
        chownTree(m_tree, 0, 0);
    } catch (...) { // the tree may be gone; TempDir removes what is left as root
    }
}

} // namespace tw::test
