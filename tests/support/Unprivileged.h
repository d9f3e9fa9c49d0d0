// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace tw::test {

/**
 * @brief While alive, file permissions apply to this thread as they do to an ordinary user, also
 * when the tests run as root (as CI does), so read-only folders can be tested everywhere.
 *
 * As root it hands @p tree to "nobody" and switches the thread's file-system user to it: the kernel
 * then drops the capabilities that let root ignore permissions (CAP_DAC_OVERRIDE and friends) for
 * file access. As anyone else it does nothing, since permissions already apply. The destructor
 * switches back and returns @p tree to its owner.
 */
class Unprivileged {
public:
    explicit Unprivileged(std::filesystem::path tree);
    Unprivileged(const Unprivileged&) = delete;
    Unprivileged& operator=(const Unprivileged&) = delete;
    ~Unprivileged();

private:
    std::filesystem::path m_tree;
    bool m_switched = false;
};

} // namespace tw::test
