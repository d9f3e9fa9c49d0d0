// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QFont;
class QWidget;

namespace tw::app::style {

/**
 * @brief The spacing grid: every margin and gap is a multiple of 4 px, mostly of 8. Layouts use
 * these names, never loose numbers, so the rhythm is the same on every screen.
 */
namespace space {
inline constexpr int xs = 4; ///< between a label and what it labels
inline constexpr int s = 8; ///< between lines of one group
inline constexpr int m = 16; ///< between groups; inside cards
inline constexpr int l = 24; ///< between sections; page margins
inline constexpr int xl = 32; ///< above a page's title
} // namespace space

/** @brief Corner radius of cards and buttons. */
inline constexpr int kRadius = 8;

/** @brief Characters per line of reading text: long enough to flow, short enough to follow. */
inline constexpr int kReadingChars = 70;

/** @brief The width of about kReadingChars characters of @p font (body text), in pixels. */
int readingWidth(const QFont& font);

/**
 * @brief Keeps @p page at a comfortable reading width: at most kReadingChars characters of the
 * body font plus its margins. Call again after the text size changes (ReadingColumn does).
 */
void limitToReadingWidth(QWidget* page);

} // namespace tw::app::style
