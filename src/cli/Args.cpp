// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Args.h"

#include "tw/base/Error.h"

#include <algorithm>

namespace tw::cli {

Args::Args(std::vector<std::string> args)
    : m_args(std::move(args))
{
}

bool Args::flag(const std::string& name)
{
    auto it = std::find(m_args.begin(), m_args.end(), name);
    if (it == m_args.end()) {
        return false;
    }
    m_args.erase(it);
    return true;
}

std::optional<std::string> Args::option(const std::string& name)
{
    auto values = options(name);
    if (values.size() > 1) {
        throw Error(ErrorKind::Usage, name + " was given more than once.");
    }
    if (values.empty()) {
        return std::nullopt;
    }
    return values.front();
}

std::vector<std::string> Args::options(const std::string& name)
{
    std::vector<std::string> values;
    for (std::size_t i = 0; i < m_args.size();) {
        if (m_args[i] == name) {
            if (i + 1 >= m_args.size()) {
                throw Error(ErrorKind::Usage, name + " needs a value.");
            }
            values.push_back(m_args[i + 1]);
            m_args.erase(
                m_args.begin() + static_cast<std::ptrdiff_t>(i), m_args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        } else if (m_args[i].starts_with(name + "=")) {
            values.push_back(m_args[i].substr(name.size() + 1));
            m_args.erase(m_args.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
    return values;
}

std::optional<std::string> Args::next()
{
    auto it = std::find_if(
        m_args.begin(), m_args.end(), [](const std::string& a) { return a == "-" || !a.starts_with("-"); });
    if (it == m_args.end()) {
        return std::nullopt;
    }
    std::string word = *it;
    m_args.erase(it);
    return word;
}

void Args::requireEmpty() const
{
    if (!m_args.empty()) {
        throw Error(ErrorKind::Usage, "Unexpected argument: " + m_args.front() + ". See trustwork-cli --help.");
    }
}

} // namespace tw::cli
