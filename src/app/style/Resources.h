// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::app::style {

/**
 * @brief Registers resources/trustwork.qrc (icons, palettes, style sheet). tw_app is a static
 * library, so the linker would drop a resource nothing refers to; this is the reference.
 */
void initResources();

} // namespace tw::app::style
