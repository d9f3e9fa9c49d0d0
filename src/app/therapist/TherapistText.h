// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small pieces of text and widgets both sides of therapist mode show the same way.

#include <QString>

#include <cstdint>
#include <string>

class QLabel;
class QWidget;

namespace tw::content {
struct Curriculum;
}

namespace tw::app::therapist {

/** @brief A "YYYY-MM-DD" day in the user's locale ("1 Mar 2026"); the raw text if it is not a day. */
QString dayText(const std::string& isoDay);

/** @brief A moment (ms since the epoch) as a local date in the user's locale. */
QString momentDay(std::int64_t ms);

/** @brief The title of an exercise in the loaded curriculum, else @p fallback, else the id. */
QString exerciseTitle(
    const content::Curriculum& curriculum, const std::string& exerciseId, const std::string& fallback);

/**
 * @brief The fingerprint in a large monospace font, its 8 groups on two lines of four so it can be
 * read aloud group by group; selectable, so it can be copied.
 */
QLabel* fingerprintLabel(const std::string& fingerprint, QWidget* parent);

} // namespace tw::app::therapist
