// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Hlc.h"

#include <cstdio>
#include <utility>

namespace tw::workbook {

Hlc::Hlc(std::string node)
    : m_node(std::move(node))
{
}

namespace {

std::string format(std::int64_t ms, int counter)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%015lld-%06d-", static_cast<long long>(ms), counter);
    return buffer;
}

bool parse(const std::string& stamp, long long& ms, int& counter)
{
    return std::sscanf(stamp.c_str(), "%lld-%d-", &ms, &counter) == 2;
}

} // namespace

std::string Hlc::tick(std::int64_t wallMs)
{
    if (wallMs > m_lastMs) {
        m_lastMs = wallMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_lastMs, m_counter) + m_node;
}

void Hlc::observe(const std::string& stamp)
{
    long long ms = 0;
    int counter = 0;
    if (parse(stamp, ms, counter)) {
        if (ms > m_lastMs || (ms == m_lastMs && counter > m_counter)) {
            m_lastMs = ms;
            m_counter = counter;
        }
    }
}

std::string Hlc::ceilingAfter(const std::string& stamp, std::int64_t headroomMs)
{
    long long ms = 0;
    int counter = 0;
    if (!parse(stamp, ms, counter)) {
        return {};
    }
    // Stamps compare as text, so the ceiling keeps the 15 digits even for a stamp at the very end.
    constexpr long long kLatest = 999'999'999'999'999;
    return format(ms > kLatest - headroomMs ? kLatest : ms + headroomMs, 0);
}

} // namespace tw::workbook
