// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Journal.h"

#include "EntryText.h"

#include <algorithm>
#include <limits>
#include <map>

namespace tw::workbook {
namespace {

// Trigger logs are logs like any other to the curriculum; these are the ones whose records are
// triggers, named by id because nothing in the schema marks them.
constexpr const char* kTriggerLogIds[] = {"step3.trigger-log", "solo.my-triggers"};

bool hasScaleField(const content::Exercise& exercise, const std::string& fieldId)
{
    return std::any_of(exercise.fields.begin(), exercise.fields.end(),
        [&](const content::Field& f) { return f.id == fieldId && f.type == content::FieldType::Scale; });
}

// The exercise's questions in the order it asks them, worded for the author's role, so a printed
// answer sits under the question it answers (bodies are stored with sorted keys).
std::vector<JournalField> fieldsOf(const content::Exercise& exercise, std::string_view role)
{
    std::vector<JournalField> fields;
    for (const auto& p : exercise.prompts) {
        fields.push_back({p.id, p.text.forRole(role), true});
    }
    for (const auto& item : exercise.scaleItems) {
        fields.push_back({item.id, item.label.forRole(role), false});
    }
    for (const auto& item : exercise.checkItems) {
        fields.push_back({item.id, item.text.forRole(role), false});
    }
    for (const auto& f : exercise.fields) {
        fields.push_back({f.id, f.labelFor(role), false});
    }
    if (exercise.followUp) {
        fields.push_back({"followUp", exercise.followUp->text.forRole(role), true});
    }
    return fields;
}

} // namespace

DashboardSources dashboardSourcesFor(const content::Curriculum& curriculum)
{
    DashboardSources s;
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            switch (e.kind) {
            case content::Kind::Checkin:
                // Only check-ins that ask for trust make a trust trend (step 1's weekly check-in does not).
                if (hasScaleField(e, "trust")) {
                    s.checkinExerciseIds.push_back(e.id);
                }
                break;
            case content::Kind::Commitment:
                s.commitmentExerciseIds.push_back(e.id);
                break;
            case content::Kind::Agreement:
                s.agreementExerciseIds.push_back(e.id);
                break;
            case content::Kind::Log:
                for (const char* id : kTriggerLogIds) {
                    if (e.id != id) {
                        continue;
                    }
                    s.triggerExerciseIds.push_back(e.id);
                    // The log's scale is its intensity, whatever the field is called.
                    const auto scale = std::find_if(e.fields.begin(), e.fields.end(),
                        [](const content::Field& f) { return f.type == content::FieldType::Scale; });
                    if (scale != e.fields.end() && scale->id != s.triggerIntensityField) {
                        s.triggerIntensityFields[e.id] = scale->id;
                    }
                }
                break;
            default:
                break;
            }
        }
    }
    if (curriculum.findExercise(DashboardService::kDefaultReviewExerciseId)) {
        s.reviewExerciseId = DashboardService::kDefaultReviewExerciseId;
    } else if (!s.agreementExerciseIds.empty()) {
        s.reviewExerciseId = s.agreementExerciseIds.front();
    }
    return s;
}

Journal collectJournal(
    Session& session, const content::Curriculum& curriculum, const DashboardSources& sources, LocalClock clock)
{
    Journal j;
    j.partnerName = session.me().name;
    j.partnerRole = std::string(roleName(session.me().role));
    j.exportedAt = session.nowMs();
    j.partners = session.partners();

    std::map<std::string, std::string> names;
    std::map<std::string, std::string> roles;
    for (const auto& p : session.partners()) {
        names[p.id] = p.name;
        roles[p.id] = std::string(roleName(p.role));
    }
    std::map<std::string, std::size_t> moduleOrder;
    for (std::size_t i = 0; i < curriculum.modules.size(); ++i) {
        moduleOrder.emplace(curriculum.modules[i].id, i);
    }

    const std::string& me = session.me().id;
    for (auto& e : session.entries()) {
        if (detail::isInternalRow(e, me) || e.body.empty()) {
            continue;
        }
        JournalEntry out;
        out.authorName = names.count(e.authorId) != 0 ? names.at(e.authorId) : std::string();
        out.exerciseTitle = e.exerciseId;
        if (const content::Exercise* exercise = curriculum.findExercise(e.exerciseId)) {
            out.exerciseTitle = exercise->title;
            out.fields = fieldsOf(*exercise, roles.count(e.authorId) != 0 ? roles.at(e.authorId) : std::string());
            if (const content::Module* module = curriculum.findModule(exercise->moduleId)) {
                out.moduleId = module->id;
                out.moduleTitle = module->title;
            }
        }
        // The padding that hides private lengths inside the workbook means nothing in an export.
        e.body = detail::withoutPadding(e.body);
        out.entry = std::move(e);
        j.entries.push_back(std::move(out));
    }
    // Curriculum order, then date; entries whose exercise is gone come last, still readable.
    const auto orderOf = [&](const JournalEntry& x) {
        const auto it = moduleOrder.find(x.moduleId);
        return it != moduleOrder.end() ? it->second : std::numeric_limits<std::size_t>::max();
    };
    std::stable_sort(j.entries.begin(), j.entries.end(), [&](const JournalEntry& a, const JournalEntry& b) {
        const auto oa = orderOf(a);
        const auto ob = orderOf(b);
        if (oa != ob) {
            return oa < ob;
        }
        if (a.entry.createdAt != b.entry.createdAt) {
            return a.entry.createdAt < b.entry.createdAt;
        }
        return a.entry.id < b.entry.id;
    });
    j.dashboard = DashboardService(session).load(sources, clock);
    return j;
}

} // namespace tw::workbook
