// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace tw::test {

/**
 * @brief Milliseconds since the epoch of "YYYY-MM-DD" at @p hour:@p minute UTC, through the C
 * library's timegm, so the tests do not check the calendar code with itself.
 */
inline std::int64_t utcMs(const std::string& day, int hour = 12, int minute = 0)
{
    std::tm tm{};
    tm.tm_year = std::stoi(day.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(day.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(day.substr(8, 2));
    tm.tm_hour = hour;
    tm.tm_min = minute;
    return static_cast<std::int64_t>(timegm(&tm)) * 1000;
}

inline constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

} // namespace tw::test
