// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_export: turning stored entry bodies into readable lines. Plain C++, no Qt.

#include "tw/workbook/Journal.h"

#include <string>
#include <string_view>
#include <vector>

namespace tw::exporting {

/** @brief One printed line of an entry: "label: text", indented by depth. */
struct BodyLine {
    int depth = 0;
    std::string label; ///< empty for a value on its own (a list item, a plain-text body)
    std::string text; ///< empty for a group heading (a nested object such as one earlier revision)
};

/**
 * @brief The field values of an entry body, in reading order. Bodies are JSON objects whose shape
 * depends on the exercise kind ({"prompts": {...}}, {"items": {...}, "followUp"}, {"ticked": [...]},
 * log and check-in fields, commitments, agreement items); containers that only group answers are
 * flattened, padding keys (leading "_") are dropped, scale values read "7 / 10". A body that is not
 * JSON is printed as it is. With @p fields (the exercise's questions in its order), answers follow
 * that order and are labelled with the question as the author saw it, ticked items with their text.
 */
std::vector<BodyLine> bodyLines(
    std::string_view kind, const std::string& body, const std::vector<workbook::JournalField>& fields = {});

/** @brief "follow-up", "followUp" and "follow_up" all read "Follow up". */
std::string humanize(std::string_view key);

/** @brief What to call an entry of @p kind in print ("Check-in", "Agreement", ...). */
std::string kindLabel(std::string_view kind);

} // namespace tw::exporting
