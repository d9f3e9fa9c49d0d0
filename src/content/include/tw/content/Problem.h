// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace tw::content {

/**
 * @brief One thing wrong with a content file, precise enough for an author to fix it without
 * guessing: the file, the JSON pointer of the offending value ("" for the whole file) and the
 * rule it breaks. Syntax errors also carry the line and column, because they have no pointer.
 */
struct Problem {
    std::string file;
    std::string pointer;
    std::string message;
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown

    friend bool operator==(const Problem&, const Problem&) = default;
};

/**
 * @brief "FILE: POINTER: message", or "FILE:LINE:COLUMN: message" for syntax errors (the form
 * editors jump to), or "FILE: message" when the problem concerns the whole file.
 */
std::string formatProblem(const Problem& problem);

/** @brief One formatted problem per line, each ending in a newline. */
std::string formatProblems(const std::vector<Problem>& problems);

} // namespace tw::content
