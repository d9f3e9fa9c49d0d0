// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON output of the therapist-mode commands (client show --json, assignment list --json).

#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/PracticeService.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace tw::cli::therapist {

nlohmann::json reportJson(const workbook::Report& report);
nlohmann::json clientViewJson(const workbook::ClientView& view);
nlohmann::json assignedItemsJson(const std::vector<workbook::AssignedItem>& items);

} // namespace tw::cli::therapist
