// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"
#include "tw/workbook/TherapistTypes.h"

#include <filesystem>

namespace tw::workbook {

/**
 * @brief The couple's side of reports: the active partner's own report, with what they ticked,
 * sealed to the therapist of the workbook's assignments.
 *
 * A report only ever holds the active partner's own rows: completion of assigned items (always),
 * and only when ticked the weekly means of their check-ins, the shared entries they wrote and their
 * own private entries. The partner's shared entries go in the partner's own report, if they choose;
 * the partner's private entries cannot even be read by this session. Bookkeeping rows (progress
 * markers, confirmations, assignments) and the private safety check are never included.
 */
class ReportService {
public:
    /** @brief Throws Usage when @p session is a practice workbook. */
    explicit ReportService(Session& session);

    /**
     * @brief Exactly what a report with @p choices would contain, for the consent screen.
     * Throws Usage when no assignment has been imported (no therapist to send to).
     */
    [[nodiscard]] Report build(const ReportChoices& choices) const;
    /** @brief Every entry of mine that could go in a report, with exactly the text that would be sent. */
    [[nodiscard]] std::vector<ReportCandidate> candidates() const;

    /** @brief Builds, signs with my key, seals to the therapist I pinned and writes @p output atomically. */
    Report exportTo(const ReportChoices& choices, const std::filesystem::path& output);

private:
    Session& m_session;
};

} // namespace tw::workbook
