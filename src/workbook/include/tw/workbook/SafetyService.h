// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::workbook {

/** @brief The active partner's own latest safety check. */
struct SafetyCheck {
    std::vector<std::string> ticked; ///< checklist item ids ticked
    bool concern = false; ///< a ticked item was a concern when answered
    std::int64_t answeredAt = 0; ///< ms since the epoch; my own time, never the partner's
};

/**
 * @brief The private safety check (exercise "start.safety-check"). The answer is one private row
 * per partner, updated in place, sealed under that partner's personal key.
 *
 * What the other partner can see, even reading the table with the sqlcipher tool and the shared
 * database key, must not depend on the result: the row's kind is the neutral "answer" (which is
 * also all that the plaintext log line "entry ... added (answer, private)" shows), the body is
 * padded to one fixed size whatever is ticked, the same single row is written for "nothing
 * ticked" as for any concern, and nothing else is written because of a concern. Left visible, by
 * design of the schema: that the partner took the check (the exercise id of the row) and when they
 * last saved it. This service has no way to ask about another partner's check at all.
 */
class SafetyService {
public:
    static constexpr const char* kExerciseId = "start.safety-check";
    /** @brief Deliberately the kind every ordinary answer uses; see the class comment. */
    static constexpr const char* kKind = "answer";

    explicit SafetyService(Session& session);

    /**
     * @brief Saves my answer. @p concernItemIds are the checklist's items marked as a concern in the
     * content (the caller has the content model); the result is kept with the answer so a later
     * content change cannot silently flip it. Always call it, also when nothing is ticked.
     */
    void record(const std::vector<std::string>& tickedItemIds, const std::vector<std::string>& concernItemIds);

    [[nodiscard]] std::optional<SafetyCheck> latest() const;
    [[nodiscard]] bool hasAnswered() const;
    /** @brief True when my latest answer ticked any concern: route me to individual work. */
    [[nodiscard]] bool needsIndividualPath() const;

private:
    [[nodiscard]] std::optional<Entry> myRow() const;

    Session& m_session;
};

} // namespace tw::workbook
