// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tw::cli {

/**
 * @brief A small argument reader: options may come before or after the command words, values as
 * "--opt value" or "--opt=value". Anything unexpected is a usage error, never silently ignored.
 */
class Args {
public:
    explicit Args(std::vector<std::string> args);

    /** @brief Removes a boolean flag; true if it was present. */
    bool flag(const std::string& name);
    /** @brief Removes an option with a value; throws tw::Error(Usage) if the value is missing. */
    std::optional<std::string> option(const std::string& name);
    /** @brief Removes every occurrence of a repeatable option. */
    std::vector<std::string> options(const std::string& name);
    /** @brief The next positional word, removed; nullopt when there are none left. */
    std::optional<std::string> next();
    /** @brief Throws tw::Error(Usage) naming anything not consumed. */
    void requireEmpty() const;
    [[nodiscard]] bool empty() const { return m_args.empty(); }

private:
    std::vector<std::string> m_args;
};

} // namespace tw::cli
