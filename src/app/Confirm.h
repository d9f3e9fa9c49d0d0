// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tw::app {

/**
 * @brief Asks once before a step that cannot simply be taken back (stop sharing, withdraw,
 * delete). Window-modal but not blocking: locking still works while it is open, and closes it
 * with the window. The safe answer (@p no) has the focus, so Enter never destroys anything.
 * @p onYes runs only when @p yes is chosen.
 */
void confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes, const QString& no,
    const std::function<void()>& onYes);

} // namespace tw::app
