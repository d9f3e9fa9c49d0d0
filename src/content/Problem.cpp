// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/content/Problem.h"

namespace tw::content {

std::string formatProblem(const Problem& problem)
{
    if (problem.line > 0) {
        return problem.file + ":" + std::to_string(problem.line) + ":" + std::to_string(problem.column) + ": "
            + problem.message;
    }
    if (problem.pointer.empty()) {
        return problem.file + ": " + problem.message;
    }
    return problem.file + ": " + problem.pointer + ": " + problem.message;
}

std::string formatProblems(const std::vector<Problem>& problems)
{
    std::string text;
    for (const auto& problem : problems) {
        text += formatProblem(problem);
        text += '\n';
    }
    return text;
}

} // namespace tw::content
