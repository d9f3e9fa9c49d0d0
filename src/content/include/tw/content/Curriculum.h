// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace tw::content {

/** @brief Placeholder until the content layer lands (issue 4). */
struct Curriculum {
    std::vector<std::string> moduleIds;
};

} // namespace tw::content
