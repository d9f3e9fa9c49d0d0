// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calendar.h"

#include <cstdio>

namespace tw::workbook::detail {
namespace {

// The calendar repeats every 400 years (146097 days). Counting years from March puts the leap day
// at the end of each year, so the day of the year maps to month and day without a table.
constexpr std::int64_t kDaysPer400Years = 146097;
constexpr std::int64_t kDaysFrom0000To1970 = 719468; // 0000-03-01 to 1970-01-01

bool isLeap(std::int64_t year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

} // namespace

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

std::int64_t daysFromCivil(const CivilDay& civil)
{
    const std::int64_t year = civil.month <= 2 ? civil.year - 1 : civil.year;
    const std::int64_t era = floorDiv(year, 400);
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t marchMonth = civil.month > 2 ? civil.month - 3 : civil.month + 9; // March = 0
    const std::int64_t dayOfYear = (153 * marchMonth + 2) / 5 + civil.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * kDaysPer400Years + dayOfEra - kDaysFrom0000To1970;
}

CivilDay civilFromDays(std::int64_t days)
{
    const std::int64_t shifted = days + kDaysFrom0000To1970;
    const std::int64_t era = floorDiv(shifted, kDaysPer400Years);
    const std::int64_t dayOfEra = shifted - era * kDaysPer400Years;
    const std::int64_t yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / (kDaysPer400Years - 1)) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t marchMonth = (5 * dayOfYear + 2) / 153;
    CivilDay out;
    out.day = static_cast<int>(dayOfYear - (153 * marchMonth + 2) / 5 + 1);
    out.month = static_cast<int>(marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
    out.year = yearOfEra + era * 400 + (out.month <= 2 ? 1 : 0);
    return out;
}

std::string formatDay(std::int64_t days)
{
    const CivilDay c = civilFromDays(days);
    char text[32];
    std::snprintf(text, sizeof text, "%04lld-%02d-%02d", static_cast<long long>(c.year), c.month, c.day);
    return text;
}

std::optional<std::int64_t> parseDay(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int digits[8];
    int n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            continue;
        }
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        digits[n++] = text[i] - '0';
    }
    CivilDay c;
    c.year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    c.month = digits[4] * 10 + digits[5];
    c.day = digits[6] * 10 + digits[7];
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > daysInMonth(c.year, c.month)) {
        return std::nullopt;
    }
    return daysFromCivil(c);
}

int weekdayOf(std::int64_t days)
{
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const std::int64_t wd = (days + 3) - floorDiv(days + 3, 7) * 7;
    return static_cast<int>(wd);
}

std::string isoUtc(std::int64_t ms)
{
    const std::int64_t days = floorDiv(ms, kMsPerDay);
    const std::int64_t secondOfDay = (ms - days * kMsPerDay) / 1000;
    char text[48];
    std::snprintf(text, sizeof text, "%sT%02d:%02d:%02dZ", formatDay(days).c_str(),
        static_cast<int>(secondOfDay / 3600), static_cast<int>(secondOfDay / 60 % 60),
        static_cast<int>(secondOfDay % 60));
    return text;
}

} // namespace tw::workbook::detail
