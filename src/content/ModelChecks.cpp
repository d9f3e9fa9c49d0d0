// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelChecks.h"

#include <algorithm>
#include <optional>
#include <set>

namespace tw::content::detail {

namespace {

struct Location {
    std::string file;
    std::string pointer;
};

std::string exercisePointer(const SourceModule& source, std::size_t index)
{
    return source.pointer + "/exercises/" + std::to_string(index);
}

std::string quoted(const std::string& text)
{
    return "\"" + text + "\"";
}

// Saved answers are keyed by these ids, in this order, so a translation must keep them all.
std::vector<std::string> answerKeys(const Exercise& exercise)
{
    std::vector<std::string> keys;
    for (const auto& prompt : exercise.prompts) {
        keys.push_back("prompt " + prompt.id);
    }
    for (const auto& item : exercise.scaleItems) {
        keys.push_back("item " + item.id);
    }
    for (const auto& item : exercise.checkItems) {
        keys.push_back("item " + item.id
            + (item.concern ? " (concern" + (item.concernGroup.empty() ? "" : ": " + item.concernGroup) + ")" : ""));
    }
    for (const auto& group : exercise.concernGroups) {
        keys.push_back("concern group " + group.id);
    }
    if (exercise.followUp) {
        keys.push_back("follow-up " + exercise.followUp->id);
    }
    for (const auto& area : exercise.areas) {
        keys.push_back("area " + area.id);
    }
    for (const auto& turn : exercise.turns) {
        keys.push_back("turn " + turn.id);
    }
    for (const auto& field : exercise.fields) {
        keys.push_back("field " + field.id + " (" + std::string(toString(field.type)) + ", "
            + std::to_string(field.options.size()) + " options)");
    }
    return keys;
}

void checkAnswerIds(const SourceModule& source, std::size_t index, std::vector<Problem>& problems)
{
    const auto& exercise = source.module.exercises[index];
    const auto base = exercisePointer(source, index);
    std::map<std::string, std::string> seen;
    std::map<std::string, std::string> groups; // a group may share its item's id: it names no answer
    const auto claimIn = [&](std::map<std::string, std::string>& ids, const std::string& id, const std::string& pointer,
                             const char* why) {
        const auto [it, inserted] = ids.emplace(id, pointer);
        if (!inserted) {
            problems.push_back({source.file, pointer,
                "id " + quoted(id) + " is already used at " + it->second + " in this exercise; " + why
                    + " (check: unique ids within an exercise)"});
        }
    };
    const auto claim = [&](const std::string& id, const std::string& pointer) {
        claimIn(seen, id, pointer, "answers are saved by these ids");
    };
    for (std::size_t i = 0; i < exercise.prompts.size(); ++i) {
        claim(exercise.prompts[i].id, base + "/prompts/" + std::to_string(i) + "/id");
    }
    for (std::size_t i = 0; i < exercise.scaleItems.size(); ++i) {
        claim(exercise.scaleItems[i].id, base + "/items/" + std::to_string(i) + "/id");
    }
    for (std::size_t i = 0; i < exercise.checkItems.size(); ++i) {
        claim(exercise.checkItems[i].id, base + "/items/" + std::to_string(i) + "/id");
    }
    if (exercise.followUp) {
        claim(exercise.followUp->id, base + "/followUp/id");
    }
    for (std::size_t i = 0; i < exercise.fields.size(); ++i) {
        claim(exercise.fields[i].id, base + "/fields/" + std::to_string(i) + "/id");
    }
    for (std::size_t i = 0; i < exercise.turns.size(); ++i) {
        claim(exercise.turns[i].id, base + "/turns/" + std::to_string(i) + "/id");
    }
    for (std::size_t i = 0; i < exercise.areas.size(); ++i) {
        claim(exercise.areas[i].id, base + "/areas/" + std::to_string(i) + "/id");
    }
    for (std::size_t i = 0; i < exercise.concernGroups.size(); ++i) {
        claimIn(groups, exercise.concernGroups[i].id, base + "/concernGroups/" + std::to_string(i) + "/id",
            "items name their concern group by these ids");
    }
}

// Concern groups exist so that the message fits what was ticked; each rule below keeps a ticked
// item from ending up with no message, someone else's message, or a message nobody can reach.
void checkConcernGroups(const SourceModule& source, std::size_t index, std::vector<Problem>& problems)
{
    const auto& exercise = source.module.exercises[index];
    const auto base = exercisePointer(source, index);
    if (!exercise.concernGroups.empty() && !exercise.safety) {
        problems.push_back({source.file, base + "/concernGroups",
            "concern groups belong to the safety check; add \"safety\": true or remove them (check: concern groups)"});
    }
    std::set<std::string> groups;
    for (const auto& group : exercise.concernGroups) {
        groups.insert(group.id);
    }
    std::set<std::string> used;
    bool ungrouped = false;
    for (std::size_t i = 0; i < exercise.checkItems.size(); ++i) {
        const auto& item = exercise.checkItems[i];
        const auto pointer = base + "/items/" + std::to_string(i);
        if (!item.concernGroup.empty() && !item.concern) {
            problems.push_back({source.file, pointer + "/concernGroup",
                "only an item with \"concern\": true can name a concern group (check: concern groups)"});
        } else if (!item.concernGroup.empty() && !groups.contains(item.concernGroup)) {
            problems.push_back({source.file, pointer + "/concernGroup",
                "no concern group in this exercise has the id " + quoted(item.concernGroup)
                    + " (check: concern groups)"});
        }
        used.insert(item.concernGroup);
        ungrouped = ungrouped || (item.concern && item.concernGroup.empty());
    }
    for (std::size_t i = 0; i < exercise.concernGroups.size(); ++i) {
        if (!used.contains(exercise.concernGroups[i].id)) {
            problems.push_back({source.file, base + "/concernGroups/" + std::to_string(i) + "/id",
                "no item names the concern group " + quoted(exercise.concernGroups[i].id)
                    + ", so its message is never shown (check: concern groups)"});
        }
    }
    if (!exercise.concernGroups.empty() && ungrouped && !exercise.concernMessage) {
        problems.push_back({source.file, base + "/items",
            "a concern item without a concern group needs the checklist's own \"concernMessage\" "
            "(check: concern groups)"});
    }
}

struct Resolved {
    std::string id;
    Kind kind = Kind::Reading;
};

class Resolver {
public:
    Resolver(const ReferenceScope& scope, const std::map<std::string, Kind>& exercises)
        : m_scope(scope)
        , m_exercises(exercises)
    {
    }

    /** @brief The full id and kind @p ref points at, or a message saying why it points nowhere. */
    std::optional<Resolved> resolve(const std::string& ref, std::string& error) const
    {
        const auto colon = ref.find(':');
        const std::string prefix = colon == std::string::npos ? std::string() : ref.substr(0, colon);
        const std::string local = colon == std::string::npos ? ref : ref.substr(colon + 1);
        if (m_scope.packId.empty() && !prefix.empty()) {
            error = quoted(ref)
                + " points into a content pack; the default curriculum must stand on its own "
                  "(check: references resolve)";
            return std::nullopt;
        }
        if (!prefix.empty() && prefix != m_scope.packId) {
            error = quoted(ref) + " points into the pack " + quoted(prefix)
                + "; a pack may refer only to itself and the default curriculum (check: references resolve)";
            return std::nullopt;
        }
        if (const auto own = m_exercises.find(local); own != m_exercises.end()) {
            return Resolved{m_scope.packId.empty() ? local : m_scope.packId + ":" + local, own->second};
        }
        if (prefix.empty() && m_scope.base != nullptr) {
            if (const auto* exercise = m_scope.base->findExercise(local);
                exercise != nullptr && exercise->packId.empty()) {
                return Resolved{local, exercise->kind};
            }
        }
        error = "no exercise has the id " + quoted(ref) + " (check: references resolve)";
        return std::nullopt;
    }

private:
    const ReferenceScope& m_scope;
    const std::map<std::string, Kind>& m_exercises;
};

// Replaces @p ref with the full id of the reading it names, or reports why it cannot.
void resolveResources(const Resolver& resolver, std::string& ref, const std::string& file, const std::string& pointer,
    std::vector<Problem>& problems)
{
    if (ref.empty()) {
        return;
    }
    std::string error;
    const auto target = resolver.resolve(ref, error);
    if (!target) {
        problems.push_back({file, pointer, error});
    } else if (target->kind != Kind::Reading) {
        problems.push_back({file, pointer,
            quoted(ref) + " is a " + std::string(toString(target->kind))
                + " exercise; \"resources\" must point at a reading (check: resources)"});
    } else {
        ref = target->id;
    }
}

} // namespace

void checkModule(const SourceModule& source, std::vector<Problem>& problems)
{
    const auto& module = source.module;
    const std::string prefix = module.id + ".";
    for (std::size_t i = 0; i < module.exercises.size(); ++i) {
        const auto& exercise = module.exercises[i];
        const auto pointer = exercisePointer(source, i);
        if (!exercise.id.starts_with(prefix) || exercise.id.size() == prefix.size()) {
            problems.push_back({source.file, pointer + "/id",
                "exercise id " + quoted(exercise.id) + " must start with " + quoted(prefix)
                    + ", the id of its module and a dot (check: id prefix)"});
        }
        if (i > 0 && exercise.order <= module.exercises[i - 1].order) {
            problems.push_back({source.file, pointer + "/order",
                "order " + std::to_string(exercise.order) + " must be greater than the previous exercise's order "
                    + std::to_string(module.exercises[i - 1].order) + " (check: increasing order)"});
        }
        checkAnswerIds(source, i, problems);
        checkConcernGroups(source, i, problems);
    }
}

void checkModuleSet(std::vector<SourceModule>& targets, const std::vector<SourceModule>& context,
    const ReferenceScope& scope, std::vector<Problem>& problems)
{
    std::map<std::string, Location> ids;
    std::map<int, Location> orders;
    std::map<std::string, Kind> exercises;
    const auto enter = [&](const SourceModule& source, bool report) {
        const auto claimId = [&](const std::string& id, const std::string& pointer) {
            const auto [it, inserted] = ids.emplace(id, Location{source.file, pointer});
            if (!inserted && report) {
                problems.push_back({source.file, pointer,
                    "id " + quoted(id) + " is already used in " + it->second.file + " at " + it->second.pointer
                        + " (check: unique ids)"});
            }
        };
        claimId(source.module.id, source.pointer + "/id");
        const auto [it, inserted] = orders.emplace(source.module.order, Location{source.file, source.pointer});
        if (!inserted && report) {
            problems.push_back({source.file, source.pointer + "/order",
                "module order " + std::to_string(source.module.order) + " is already used in " + it->second.file
                    + (it->second.pointer.empty() ? "" : " at " + it->second.pointer)
                    + " (check: unique module order)"});
        }
        for (std::size_t i = 0; i < source.module.exercises.size(); ++i) {
            const auto& exercise = source.module.exercises[i];
            claimId(exercise.id, exercisePointer(source, i) + "/id");
            exercises.emplace(exercise.id, exercise.kind);
        }
    };
    for (const auto& source : context) {
        enter(source, false);
    }
    for (const auto& source : targets) {
        enter(source, true);
    }

    const Resolver resolver(scope, exercises);
    for (auto& source : targets) {
        for (std::size_t i = 0; i < source.module.exercises.size(); ++i) {
            auto& exercise = source.module.exercises[i];
            const auto pointer = exercisePointer(source, i);
            for (std::size_t j = 0; j < exercise.see.size(); ++j) {
                std::string error;
                if (const auto target = resolver.resolve(exercise.see[j], error)) {
                    exercise.see[j] = target->id;
                } else {
                    problems.push_back({source.file, pointer + "/see/" + std::to_string(j), error});
                }
            }
            resolveResources(resolver, exercise.resources, source.file, pointer + "/resources", problems);
            for (std::size_t g = 0; g < exercise.concernGroups.size(); ++g) {
                resolveResources(resolver, exercise.concernGroups[g].resources, source.file,
                    pointer + "/concernGroups/" + std::to_string(g) + "/resources", problems);
            }
        }
    }
}

bool applyTranslation(std::vector<Module>& base, const SourceModule& translation, const std::string& locale,
    std::vector<Problem>& problems)
{
    const auto& module = translation.module;
    const auto target = std::find_if(base.begin(), base.end(), [&](const Module& m) { return m.id == module.id; });
    if (target == base.end()) {
        problems.push_back({translation.file, translation.pointer + "/id",
            "there is no module " + quoted(module.id)
                + " in the en curriculum; a translation can only replace text (check: translation)"});
        return false;
    }
    std::vector<Problem> found;
    std::vector<Exercise*> originals;
    std::set<std::string> translated;
    for (std::size_t i = 0; i < module.exercises.size(); ++i) {
        const auto& exercise = module.exercises[i];
        const auto pointer = exercisePointer(translation, i);
        if (!translated.insert(exercise.id).second) {
            found.push_back({translation.file, pointer + "/id",
                "exercise " + quoted(exercise.id) + " is translated twice in this file (check: unique ids)"});
            continue;
        }
        const auto original = std::find_if(
            target->exercises.begin(), target->exercises.end(), [&](const Exercise& e) { return e.id == exercise.id; });
        if (original == target->exercises.end()) {
            found.push_back({translation.file, pointer + "/id",
                "the en module " + quoted(module.id) + " has no exercise " + quoted(exercise.id)
                    + " to translate (check: translation)"});
            continue;
        }
        if (original->kind != exercise.kind) {
            found.push_back({translation.file, pointer + "/kind",
                "kind " + quoted(std::string(toString(exercise.kind))) + " differs from the en exercise's "
                    + quoted(std::string(toString(original->kind)))
                    + "; a translation changes text only (check: translation)"});
            continue;
        }
        const auto keys = answerKeys(exercise);
        const auto expected = answerKeys(*original);
        if (keys != expected) {
            std::string list;
            for (const auto& key : expected) {
                list += (list.empty() ? "" : ", ") + key;
            }
            found.push_back({translation.file, pointer,
                "a translation must keep the prompts, items, fields, turns, areas and concern groups of the en "
                "exercise with the same ids in the same order ("
                    + list + "), because saved answers refer to them (check: translation)"});
            continue;
        }
        originals.push_back(&*original);
    }
    if (!found.empty()) {
        problems.insert(problems.end(), found.begin(), found.end());
        return false;
    }
    target->title = module.title;
    target->summary = module.summary;
    target->locale = locale;
    for (std::size_t i = 0; i < module.exercises.size(); ++i) {
        Exercise& original = *originals[i];
        Exercise merged = module.exercises[i];
        // Structure stays as in en: the app schedules, filters and links by these fields.
        merged.order = original.order;
        merged.minutes = original.minutes;
        merged.mode = original.mode;
        merged.roles = original.roles;
        merged.see = original.see;
        merged.resources = original.resources;
        merged.safety = original.safety;
        merged.reviewDays = original.reviewDays;
        merged.turnMinutes = original.turnMinutes;
        merged.breakMinutes = original.breakMinutes;
        merged.everyDays = original.everyDays;
        // Which prompts are never shared, and where each concern group's help is, are structure too;
        // the answer keys matched above, so the lists line up one to one.
        for (std::size_t p = 0; p < merged.prompts.size(); ++p) {
            merged.prompts[p].isPrivate = original.prompts[p].isPrivate;
        }
        if (merged.followUp && original.followUp) {
            merged.followUp->isPrivate = original.followUp->isPrivate;
        }
        for (std::size_t g = 0; g < merged.concernGroups.size(); ++g) {
            merged.concernGroups[g].resources = original.concernGroups[g].resources;
        }
        merged.moduleId = original.moduleId;
        merged.packId = original.packId;
        merged.locale = locale;
        original = std::move(merged);
    }
    return true;
}

} // namespace tw::content::detail
