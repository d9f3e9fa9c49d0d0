// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: which rows are the user's writing, and their words, for search and export.

#include "tw/workbook/Types.h"

#include <string>

namespace tw::workbook::detail {

/**
 * True for rows that hold no writing of their own and are left out of search and exports:
 * progress markers, autosaved drafts, confirmations and acceptances (a revision number each), and
 * the published copy of my own reveal answer (the private answer holds the same words).
 */
bool isInternalRow(const Entry& entry, const std::string& myId);

/**
 * The body without the padding the services and editors add to private rows. A body that is not
 * a JSON object is returned as it is.
 */
std::string withoutPadding(const std::string& body);

/**
 * Every string value inside a JSON object or array body (keys and padding left out), one per
 * line; any other body as it is.
 */
std::string searchableText(const std::string& body);

} // namespace tw::workbook::detail
