// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace tw::app {

/**
 * @brief Runs @p then once, in the event loop after @p window's first paint.
 *
 * For work the first window does not need (the curriculum load, the theme's icon lookup): on two
 * cores it competed with the X server and the window manager for the time to the first window.
 * If the window is destroyed before it paints, @p then never runs.
 */
void afterFirstPaint(QWidget* window, std::function<void()> then);

} // namespace tw::app
