// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/content/Stats.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tw::content {

namespace {

constexpr int kMinExercises = 70;
constexpr int kMinWords = 40000;
constexpr int kMinStepExercises = 8;
constexpr std::size_t kMinStepKinds = 3;
constexpr int kMinReadingWords = 150;
constexpr int kMaxReadingWords = 450;

struct Stage {
    const char* name;
    std::vector<std::string> exercises;
    const char* after; // "" when the stage has no place it must follow
};

// The stages a specialist in betrayal work expects (content guide and issue 19), each named by the
// exercises that deliver it, so a rename or a lost file shows up here instead of in a review.
const std::vector<Stage>& stages()
{
    static const std::vector<Stage> kStages = {
        {"the first weeks after discovery", {"first-weeks.after-discovery", "first-weeks.decisions-can-wait"}, ""},
        {"the active-affair rule", {"first-weeks.affair-has-ended"}, ""},
        {"acknowledgement", {"step1.impact-letter", "step1.apology"}, ""},
        {"new facts after a disclosure, and disclosure with a therapist",
            {"step1.new-facts", "step1.disclosure-with-a-therapist"}, ""},
        {"the partner who broke trust", {"step1.the-one-who-broke-trust", "step1.carrying-it-well"}, ""},
        {"meaning: how did this become possible", {"meaning.why-later", "meaning.how-it-became-possible"},
            "step1.apology"},
        {"the affair partner", {"step2.the-affair-partner", "step2.third-parties"}, ""},
        {"sexual health and practical consequences", {"step2.health-and-practical", "step2.practical-steps"}, ""},
        {"children and telling others", {"step2.children-and-others", "step2.telling-others"}, ""},
        {"a couple protocol for triggers", {"step3.trigger-protocol", "step3.anniversaries"}, ""},
        {"forgiveness as a process", {"step4.forgiveness", "step4.forgiveness-where-i-am"}, "step1.apology"},
        {"later reconnection", {"step4.reconnection", "step4.our-new-story"}, ""},
    };
    return kStages;
}

// Python's \w outside ASCII is "letters and numbers of any script"; without a Unicode database
// here, everything non-ASCII counts as a word character except the punctuation, symbol and space
// blocks prose actually uses. ’ is listed because check_schema.py's pattern names it.
bool isWordCodePoint(char32_t c)
{
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\''
            || c == '-';
    }
    if (c == 0x2019 || c == 0x203F || c == 0x2040 || c == 0x2054) {
        return true;
    }
    if (c >= 0x80 && c <= 0xBF) {
        return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA || c == 0xBC || c == 0xBD
            || c == 0xBE;
    }
    if (c == 0xD7 || c == 0xF7 || c == 0xFEFF) {
        return false;
    }
    if (c >= 0x2000 && c <= 0x2BFF) {
        return (c >= 0x2070 && c <= 0x209F) || (c >= 0x2150 && c <= 0x218F);
    }
    if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F000 && c <= 0x1FAFF)) {
        return false;
    }
    return true;
}

// Decodes one UTF-8 sequence at @p i; a malformed byte decodes as U+FFFD-like separator (0).
char32_t decode(std::string_view text, std::size_t& i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    char32_t code = 0;
    if (lead < 0x80U) {
        ++i;
        return lead;
    }
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        code = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        code = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        code = lead & 0x07U;
    } else {
        ++i;
        return 0;
    }
    if (i + length > text.size()) {
        ++i;
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0U) != 0x80U) {
            ++i;
            return 0;
        }
        code = (code << 6U) | (byte(i + k) & 0x3FU);
    }
    i += length;
    return code;
}

int words(const RoleText& text)
{
    int count = countWords(text.defaultText);
    for (const auto& [role, variant] : text.variants) {
        count += countWords(variant);
    }
    return count;
}

int words(const std::optional<RoleText>& text)
{
    return text ? words(*text) : 0;
}

int words(const Prompt& prompt)
{
    return words(prompt.text) + words(prompt.hint);
}

int words(const Field& field)
{
    int count = countWords(field.label) + countWords(field.low) + countWords(field.high);
    for (const auto& [role, variant] : field.labelVariants) {
        count += countWords(variant);
    }
    for (const auto& option : field.options) {
        count += countWords(option);
    }
    return count;
}

// Every human-readable string of the exercise; the same set check_schema.py counts in the file.
int exerciseWords(const Exercise& e)
{
    int count = countWords(e.title) + words(e.intro) + words(e.body) + words(e.afterReveal) + words(e.guidance)
        + words(e.concernMessage);
    for (const auto& prompt : e.prompts) {
        count += words(prompt);
    }
    if (e.followUp) {
        count += words(*e.followUp);
    }
    for (const auto& item : e.scaleItems) {
        count += words(item.label) + countWords(item.low) + countWords(item.high);
    }
    for (const auto& item : e.checkItems) {
        count += words(item.text);
    }
    for (const auto& area : e.areas) {
        count += countWords(area.title);
        for (const auto& example : area.examples) {
            count += countWords(example);
        }
    }
    for (const auto& turn : e.turns) {
        count += words(turn.speaker) + words(turn.listener);
    }
    for (const auto& field : e.fields) {
        count += words(field);
    }
    for (const auto& group : e.concernGroups) {
        count += countWords(group.title) + words(group.message);
    }
    for (const auto& example : e.commitmentExamples) {
        count += words(example);
    }
    for (const auto& example : e.rewriteExamples) {
        count += countWords(example.harsh) + countWords(example.gentle);
    }
    return count;
}

// The roles that have a variant somewhere in the exercise.
std::set<std::string> variantRoles(const Exercise& e)
{
    std::set<std::string> roles;
    const auto add = [&](const RoleText& text) {
        for (const auto& [role, variant] : text.variants) {
            roles.insert(role);
        }
    };
    add(e.intro);
    add(e.body);
    add(e.afterReveal);
    add(e.guidance);
    if (e.concernMessage) {
        add(*e.concernMessage);
    }
    for (const auto& prompt : e.prompts) {
        add(prompt.text);
        if (prompt.hint) {
            add(*prompt.hint);
        }
    }
    if (e.followUp) {
        add(e.followUp->text);
        if (e.followUp->hint) {
            add(*e.followUp->hint);
        }
    }
    for (const auto& item : e.scaleItems) {
        add(item.label);
    }
    for (const auto& item : e.checkItems) {
        add(item.text);
    }
    for (const auto& turn : e.turns) {
        add(turn.speaker);
        add(turn.listener);
    }
    for (const auto& example : e.commitmentExamples) {
        add(example);
    }
    for (const auto& field : e.fields) {
        for (const auto& [role, variant] : field.labelVariants) {
            roles.insert(role);
        }
    }
    for (const auto& group : e.concernGroups) {
        add(group.message);
    }
    return roles;
}

std::vector<StageStats> stageStats(const Curriculum& curriculum)
{
    std::map<std::string, std::size_t> position;
    for (const auto& module : curriculum.modules) {
        for (const auto& exercise : module.exercises) {
            position.emplace(exercise.id, position.size());
        }
    }
    std::vector<StageStats> result;
    for (const auto& stage : stages()) {
        StageStats entry{stage.name, stage.exercises, stage.after, {}, true};
        const auto after = position.find(stage.after);
        for (const auto& id : stage.exercises) {
            const auto it = position.find(id);
            if (it == position.end()) {
                entry.missing.push_back(id);
            } else if (after != position.end() && it->second < after->second) {
                entry.inOrder = false;
            }
        }
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace

int countWords(std::string_view text)
{
    int count = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < text.size();) {
        const bool word = isWordCodePoint(decode(text, i));
        if (word && !inWord) {
            ++count;
        }
        inWord = word;
    }
    return count;
}

Stats computeStats(const Curriculum& curriculum)
{
    Stats stats;
    for (const Kind kind : kAllKinds) {
        stats.exercisesPerKind[kind] = 0;
    }
    for (int step = 1; step <= 4; ++step) {
        stats.exercisesPerStep[step] = 0;
        stats.kindsPerStep[step];
    }
    for (const auto role : kRoles) {
        stats.variantsPerRole[std::string(role)] = 0;
    }
    for (const auto& module : curriculum.modules) {
        ModuleStats moduleStats{module.id, module.section, module.step, 0, 0};
        moduleStats.words = countWords(module.title) + words(module.summary);
        for (const auto& exercise : module.exercises) {
            ++moduleStats.exercises;
            moduleStats.words += exerciseWords(exercise);
            ++stats.exercisesPerKind[exercise.kind];
            if (module.section == Section::Step) {
                ++stats.exercisesPerStep[module.step];
                stats.kindsPerStep[module.step].insert(exercise.kind);
            }
            const auto roles = variantRoles(exercise);
            if (!roles.empty()) {
                ++stats.exercisesWithVariants;
            }
            for (const auto& role : roles) {
                ++stats.variantsPerRole[role];
            }
            if (roles.contains("hurt") || roles.contains("involved")) {
                ++stats.exercisesWhereRolesDiffer;
                stats.exercisesWhereRolesDifferWithMutual += roles.contains("mutual") ? 1 : 0;
            }
            if (exercise.kind == Kind::Reading) {
                stats.readings.push_back({exercise.id, "default", countWords(exercise.body.defaultText)});
                for (const auto& [role, variant] : exercise.body.variants) {
                    stats.readings.push_back({exercise.id, role, countWords(variant)});
                }
            }
        }
        stats.exercises += moduleStats.exercises;
        stats.words += moduleStats.words;
        ++stats.modules;
        stats.perModule.push_back(std::move(moduleStats));
    }
    stats.stages = stageStats(curriculum);
    return stats;
}

std::vector<std::string> qualityBar(const Stats& stats)
{
    std::vector<std::string> unmet;
    if (stats.exercises < kMinExercises) {
        unmet.push_back("at least " + std::to_string(kMinExercises) + " exercises are needed; there are "
            + std::to_string(stats.exercises));
    }
    std::string unused;
    for (const auto& [kind, count] : stats.exercisesPerKind) {
        if (count == 0) {
            unused += (unused.empty() ? "" : ", ") + std::string(toString(kind));
        }
    }
    if (!unused.empty()) {
        unmet.push_back("all 11 kinds must be used; unused: " + unused);
    }
    for (int step = 1; step <= 4; ++step) {
        const auto exercises = stats.exercisesPerStep.count(step) ? stats.exercisesPerStep.at(step) : 0;
        const auto kinds = stats.kindsPerStep.count(step) ? stats.kindsPerStep.at(step).size() : 0;
        if (exercises < kMinStepExercises) {
            unmet.push_back("step " + std::to_string(step) + " needs at least " + std::to_string(kMinStepExercises)
                + " exercises; it has " + std::to_string(exercises));
        }
        if (kinds < kMinStepKinds) {
            unmet.push_back("step " + std::to_string(step) + " needs at least " + std::to_string(kMinStepKinds)
                + " kinds of exercise; it has " + std::to_string(kinds));
        }
    }
    for (const auto& reading : stats.readings) {
        if (reading.words < kMinReadingWords || reading.words > kMaxReadingWords) {
            unmet.push_back("reading " + reading.exerciseId + " (" + reading.variant + ") has "
                + std::to_string(reading.words) + " words; readings need " + std::to_string(kMinReadingWords) + "-"
                + std::to_string(kMaxReadingWords));
        }
    }
    if (stats.words < kMinWords) {
        unmet.push_back(
            "at least " + std::to_string(kMinWords) + " words are needed; there are " + std::to_string(stats.words));
    }
    if (stats.exercisesWhereRolesDifferWithMutual * 2 < stats.exercisesWhereRolesDiffer) {
        unmet.push_back("a mutual variant is needed in at least half of the "
            + std::to_string(stats.exercisesWhereRolesDiffer) + " exercises where roles differ; "
            + std::to_string(stats.exercisesWhereRolesDifferWithMutual) + " have one");
    }
    for (const auto& stage : stats.stages) {
        for (const auto& id : stage.missing) {
            unmet.push_back("the stage \"" + stage.stage + "\" needs the exercise " + id);
        }
        if (!stage.inOrder) {
            unmet.push_back("the stage \"" + stage.stage + "\" must come after " + stage.after);
        }
    }
    return unmet;
}

void to_json(nlohmann::json& j, const Stats& stats)
{
    using nlohmann::json;
    json modules = json::array();
    for (const auto& m : stats.perModule) {
        json entry{{"id", m.id}, {"section", std::string(toString(m.section))}, {"exercises", m.exercises},
            {"words", m.words}};
        if (m.section == Section::Step) {
            entry["step"] = m.step;
        }
        modules.push_back(std::move(entry));
    }
    json kinds = json::object();
    for (const auto& [kind, count] : stats.exercisesPerKind) {
        kinds[std::string(toString(kind))] = count;
    }
    json steps = json::object();
    for (const auto& [step, count] : stats.exercisesPerStep) {
        json kindList = json::array();
        if (const auto it = stats.kindsPerStep.find(step); it != stats.kindsPerStep.end()) {
            for (const Kind kind : it->second) {
                kindList.push_back(std::string(toString(kind)));
            }
        }
        steps[std::to_string(step)] = json{{"exercises", count}, {"kinds", kindList}};
    }
    json readings = json::array();
    for (const auto& r : stats.readings) {
        readings.push_back(json{{"id", r.exerciseId}, {"variant", r.variant}, {"words", r.words}});
    }
    json stageList = json::array();
    for (const auto& stage : stats.stages) {
        stageList.push_back(json{{"stage", stage.stage}, {"exercises", stage.exerciseIds}, {"missing", stage.missing},
            {"inOrder", stage.inOrder}, {"present", stage.missing.empty() && stage.inOrder}});
    }
    const auto unmet = qualityBar(stats);
    j = json{{"modules", stats.modules}, {"exercises", stats.exercises}, {"words", stats.words}, {"perModule", modules},
        {"perKind", kinds}, {"perStep", steps},
        {"roleVariants",
            {{"exercises", stats.exercisesWithVariants}, {"total", stats.exercises}, {"perRole", stats.variantsPerRole},
                {"whereRolesDiffer", stats.exercisesWhereRolesDiffer},
                {"whereRolesDifferWithMutual", stats.exercisesWhereRolesDifferWithMutual}}},
        {"stages", stageList}, {"readings", readings}, {"qualityBar", {{"met", unmet.empty()}, {"unmet", unmet}}}};
}

} // namespace tw::content
