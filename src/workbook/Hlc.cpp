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

std::string Hlc::tick(std::int64_t wallMs)
{
    if (wallMs > m_lastMs) {
        m_lastMs = wallMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%015lld-%06d-", static_cast<long long>(m_lastMs), m_counter);
    return buffer + m_node;
}

void Hlc::observe(const std::string& stamp)
{
    long long ms = 0;
    int counter = 0;
    if (std::sscanf(stamp.c_str(), "%lld-%d-", &ms, &counter) == 2) {
        if (ms > m_lastMs || (ms == m_lastMs && counter > m_counter)) {
            m_lastMs = ms;
            m_counter = counter;
        }
    }
}

} // namespace tw::workbook
