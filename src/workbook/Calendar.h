// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: proleptic Gregorian calendar arithmetic on day numbers, so weeks and
// dates need neither <chrono> time zones nor Qt. Day 0 is 1970-01-01.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tw::workbook::detail {

inline constexpr std::int64_t kMsPerDay = 24LL * 60 * 60 * 1000;

struct CivilDay {
    std::int64_t year = 1970;
    int month = 1; ///< 1-12
    int day = 1; ///< 1-31
};

/** Floor division, so moments before 1970 still fall on the right day. */
std::int64_t floorDiv(std::int64_t a, std::int64_t b);

std::int64_t daysFromCivil(const CivilDay& civil);
CivilDay civilFromDays(std::int64_t days);

/** "YYYY-MM-DD" for a day number. */
std::string formatDay(std::int64_t days);
/** The day number of "YYYY-MM-DD", or nullopt when the text is not a real calendar day. */
std::optional<std::int64_t> parseDay(std::string_view text);

/** 0 for Monday ... 6 for Sunday. */
int weekdayOf(std::int64_t days);

/** "YYYY-MM-DDTHH:MM:SSZ" for a moment in ms since the epoch (UTC, whole seconds). */
std::string isoUtc(std::int64_t ms);

} // namespace tw::workbook::detail
