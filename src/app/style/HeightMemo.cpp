// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeightMemo.h"

namespace tw::app::style {

std::optional<int> HeightMemo::find(const Key& key, int width) const
{
    if (!(key == m_key)) {
        return std::nullopt;
    }
    for (const Entry& entry : m_entries) {
        if (entry.width == width) {
            return entry.height;
        }
    }
    return std::nullopt;
}

void HeightMemo::keep(const Key& key, int width, int height)
{
    if (!(key == m_key)) {
        m_key = key;
        m_entries = {};
        m_next = 0;
    }
    m_entries[m_next] = {width, height};
    m_next = (m_next + 1) % m_entries.size();
}

} // namespace tw::app::style
