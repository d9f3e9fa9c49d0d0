// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <string>

namespace tw::app {

/**
 * @brief Dates as Trustwork writes them everywhere: the month as a word, so nobody has to guess
 * which number is the day ("2 Dec 2026" in English, "2. Dez. 2026" in German). The format is a
 * translatable string; the month names come from the interface's locale.
 */
QString dayText(const QDate& day);

/** @brief A moment (ms since the epoch) as its local day. */
QString dayText(std::int64_t ms);

/** @brief A moment as its local day and time ("2 Dec 2026, 14:05"). */
QString dayTimeText(std::int64_t ms);

/** @brief A stored calendar day ("YYYY-MM-DD") as a day; the text as it is if it is not one. */
QString isoDayText(const std::string& isoDay);

/** @brief The format dayText uses, for date inputs that should show the same ("d MMM yyyy"). */
QString dayFormat();

} // namespace tw::app
