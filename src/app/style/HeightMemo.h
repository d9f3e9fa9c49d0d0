// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QMargins>
#include <QString>

#include <array>
#include <optional>

namespace tw::app::style {

/**
 * @brief The last few heights a word-wrapped text had at given widths, for as long as its text,
 * font and margins stay the same.
 *
 * Why: a page's layouts ask every wrapped label and button for its height at each width they try
 * (the scroll area once with and once without its scroll bar, each nested card again for its own
 * width, heightForWidth and minimumHeightForWidth alike), and Qt answers each question by shaping
 * the whole text again. Home asked about 600 times for 40 texts, nearly half of them repeats.
 * Lives in the widget it measures and dies with it, so it keeps nothing the widget did not hold.
 */
class HeightMemo {
public:
    /** @brief Everything a height depends on besides the width. */
    struct Key {
        QString text;
        QFont font;
        QMargins margins; ///< contents margins and any padding of the widget's own
        int indent = 0; ///< a label's indent, a button's icon space
        int options = 0; ///< alignment and wrapping flags, icon height
        bool operator==(const Key&) const = default;
    };

    /** @brief The height kept for @p width, if @p key is the one it was kept for. */
    [[nodiscard]] std::optional<int> find(const Key& key, int width) const;
    /** @brief Keeps @p height for @p width (the oldest of four entries makes room). */
    void keep(const Key& key, int width, int height);

private:
    struct Entry {
        int width = -1;
        int height = 0;
    };
    Key m_key;
    std::array<Entry, 4> m_entries{};
    std::size_t m_next = 0;
};

} // namespace tw::app::style
