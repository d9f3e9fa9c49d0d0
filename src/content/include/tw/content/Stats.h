// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tw::content {

struct ModuleStats {
    std::string id;
    Section section = Section::Extra;
    int step = 0;
    int exercises = 0;
    int words = 0;
};

/** @brief The word count of one reading body, or of one role variant of it. */
struct ReadingStats {
    std::string exerciseId;
    std::string variant; ///< "default" or a role
    int words = 0;
};

/**
 * @brief One stage a specialist expects in the curriculum, and the named exercises that deliver it
 * (content guide, "Size and quality bar"). A stage with @p after must come later in the curriculum
 * than that exercise: meaning, say, only after acknowledgement.
 */
struct StageStats {
    std::string stage;
    std::vector<std::string> exerciseIds; ///< every one must exist
    std::string after; ///< empty, or an exercise each of exerciseIds must follow
    std::vector<std::string> missing; ///< of exerciseIds
    bool inOrder = true; ///< false when one of exerciseIds comes before @p after
};

/** @brief The numbers the content guide's quality bar is about, for authors and for CI. */
struct Stats {
    int modules = 0;
    int exercises = 0;
    int words = 0;
    std::vector<ModuleStats> perModule; ///< in curriculum order
    std::map<Kind, int> exercisesPerKind; ///< every kind, zero included
    std::map<int, int> exercisesPerStep; ///< steps 1-4, zero included
    std::map<int, std::set<Kind>> kindsPerStep; ///< steps 1-4
    int exercisesWithVariants = 0; ///< any role variant anywhere in the exercise
    std::map<std::string, int> variantsPerRole; ///< exercises with a variant for that role
    /** @brief Exercises whose text differs between the partner who was hurt and the one who broke trust. */
    int exercisesWhereRolesDiffer = 0;
    /** @brief Of those, the ones that also speak to a couple who have both broken trust. */
    int exercisesWhereRolesDifferWithMutual = 0;
    std::vector<ReadingStats> readings;
    std::vector<StageStats> stages;
};

/**
 * @brief Counts @p curriculum. Words are counted in every human-readable string the way
 * tests/content/check_schema.py does (runs of letters, digits, "_", "'", "’" and "-"), so the
 * two tools agree; ids, kinds and other machine fields are not words.
 */
Stats computeStats(const Curriculum& curriculum);

/**
 * @brief The unmet requirements of the content guide's bar (second edition), one sentence each;
 * empty when met: at least 70 exercises, all 11 kinds used, steps 1-4 each with at least 8
 * exercises of at least 3 kinds, every reading (and each variant) 150-450 words, at least 40000
 * words in all, a mutual variant in at least half of the exercises where roles differ, and every
 * stage of kStages present as its named exercises, in order.
 */
std::vector<std::string> qualityBar(const Stats& stats);

/** @brief Words as check_schema.py counts them. */
int countWords(std::string_view text);

void to_json(nlohmann::json& j, const Stats& stats);

} // namespace tw::content
