// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

class QWidget;

namespace tw::content {
struct Exercise;
}

namespace tw::workbook {
class Session;
}

namespace tw::app {

/**
 * @brief A card above an exercise's editor when one of my entries for it was changed on two of my
 * devices at once: both versions are kept, the one shown is the one saved last; each other version
 * is shown with "Keep mine", "Use that one" and "Keep both", and @p resolved runs after a choice. Null when there
 * is nothing to say (or the store cannot say).
 */
QWidget* otherVersionsNote(workbook::Session& session, const content::Exercise& exercise, QWidget* parent,
    const std::function<void()>& resolved = {});

} // namespace tw::app
