// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The couple's view of assigned items: a section on Home and the marks in the path.

#include "PathModel.h"

#include <QString>

#include <functional>
#include <map>
#include <string>

class QVBoxLayout;
class QWidget;

namespace tw::workbook {
class Session;
}

namespace tw::app {
struct EditorContext;
}

namespace tw::app::therapist {

/**
 * @brief Adds "Assigned by <therapist>" to Home: each item with its due date, whether it is
 * overdue (in words, not colour alone) and done or not per partner; a button opens the exercise
 * through @p open. Adds nothing while no assignment was imported.
 */
void addAssignedSection(
    QVBoxLayout* layout, QWidget* page, EditorContext& context, const std::function<void(const QString&)>& open);

/** @brief The path's marks: each assigned exercise's (earliest open) due day and overdue state. */
std::map<std::string, PathModel::AssignedMark> assignedMarks(workbook::Session& session);

} // namespace tw::app::therapist
