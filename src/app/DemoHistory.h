// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace tw::content {
struct Curriculum;
}
namespace tw::workbook {
class Session;
}

namespace tw::app::demo {

/**
 * @brief The demo's clock (workbook::Options::now): set to a day in the past before each dated
 * action, so the demo workbook holds weeks of history. Each read moves on a millisecond, so rows
 * written at the "same" moment still keep their order.
 */
class DemoClock {
public:
    explicit DemoClock(std::int64_t nowMs);
    /** @brief Moves to @p days before the real now, at @p hour:@p minute (UTC). */
    void daysAgo(int days, int hour, int minute = 0);
    std::int64_t tick() { return ++m_ms; }
    [[nodiscard]] std::int64_t realNow() const { return m_realNow; }

private:
    std::int64_t m_realNow;
    std::int64_t m_ms;
};

/** @brief The "YYYY-MM-DD" that is @p days away from the real now (negative: in the past). */
std::string dayFromNow(const DemoClock& clock, int days);

// Eight weeks of step 4 for each partner: weekly trust check-ins (mostly shared), small promises
// with due days (kept, missed, and a couple still open around today), trigger logs at varied
// days and hours for the first partner, and an agreement reworded by the second partner and
// accepted again by the first, with a review five weeks ago so the monthly prompt is due.
void addFirstPartnerHistory(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock);
void addSecondPartnerHistory(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock);
void acceptRevisedAgreements(workbook::Session& session, const content::Curriculum& curriculum, DemoClock& clock);

} // namespace tw::app::demo
