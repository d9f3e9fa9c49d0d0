// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace tw::workbook {

/**
 * @brief Hybrid logical clock: wall time in ms plus a counter, so every change made on one device
 * gets a stamp that sorts after the last one even when the system clock steps back. Stamps sort
 * as strings, which is what a later folder sync merges by.
 */
class Hlc {
public:
    explicit Hlc(std::string node);
    /** @brief The next stamp for a change happening at @p wallMs. */
    std::string tick(std::int64_t wallMs);
    /** @brief Names the device in later stamps (ties between devices then break the same way everywhere). */
    void setNode(std::string node) { m_node = std::move(node); }
    /** @brief Moves the clock past a stamp seen on disk. */
    void observe(const std::string& stamp);
    /**
     * @brief A stamp @p headroomMs later than @p stamp (with no node, so it sorts before any
     * device's stamp of that millisecond and counter): what a file may keep as "no change here has a
     * later stamp" without being rewritten on every change. Empty if @p stamp is not a stamp.
     */
    [[nodiscard]] static std::string ceilingAfter(const std::string& stamp, std::int64_t headroomMs);

private:
    std::string m_node;
    std::int64_t m_lastMs = 0;
    int m_counter = 0;
};

} // namespace tw::workbook
