// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace tw::bench {

/**
 * @brief Deterministic, made-up writing for generated workbooks: sentences assembled from small
 * word banks written for this generator, so lengths and word shapes are realistic and nothing in
 * them comes from anyone's real text.
 */
class GeneratedText {
public:
    explicit GeneratedText(std::uint32_t seed);

    /** @brief A uniformly chosen integer in [low, high]. */
    int number(int low, int high);
    bool chance(double probability);
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(number(0, static_cast<int>(items.size()) - 1))];
    }

    std::string sentence();
    /** @brief Sentences until about @p words words, in paragraphs of three to six sentences. */
    std::string passage(int words);

private:
    std::mt19937 m_random;
};

} // namespace tw::bench
