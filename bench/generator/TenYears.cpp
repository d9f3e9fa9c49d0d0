// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenYears.h"

#include "GeneratedText.h"
#include "tw/base/Error.h"
#include "tw/content/Loader.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/Insights.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace tw::bench {
namespace {

using namespace workbook;
using nlohmann::json;

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kDayMs = 24 * 60 * kMinuteMs;
constexpr const char* kCheckinExercise = "step4.trust-thermometer";

const std::vector<std::string> kPromises = {"Call if I will be home late", "Put my phone away at dinner",
    "Tell you the same day about any message from them", "Plan Saturday together", "Ask before making big purchases",
    "Walk together after work", "Say goodnight without the screen on", "Share my calendar for the week",
    "Pause and come back within twenty minutes", "Cook on Thursday", "Answer your questions without sighing",
    "Book the appointment we talked about"};

/** @brief The curriculum's exercises the generator writes to, grouped by what they store. */
struct Exercises {
    const content::Exercise* checkin = nullptr;
    std::vector<const content::Exercise*> logs;
    std::vector<const content::Exercise*> reflections;
    std::vector<const content::Exercise*> others;
    std::vector<const content::Exercise*> commitments;
    std::vector<const content::Exercise*> agreements;
};

Exercises exercisesOf(const content::Curriculum& curriculum)
{
    Exercises x;
    x.checkin = curriculum.findExercise(kCheckinExercise);
    for (const auto& module : curriculum.modules) {
        for (const auto& e : module.exercises) {
            switch (e.kind) {
            case content::Kind::Log:
                x.logs.push_back(&e);
                break;
            case content::Kind::Reflection:
                x.reflections.push_back(&e);
                break;
            case content::Kind::Rewrite:
            case content::Kind::Conversation:
            case content::Kind::Scale:
                x.others.push_back(&e);
                break;
            case content::Kind::Commitment:
                x.commitments.push_back(&e);
                break;
            case content::Kind::Agreement:
                x.agreements.push_back(&e);
                break;
            default:
                break;
            }
        }
    }
    if (!x.checkin || x.logs.empty() || x.reflections.empty() || x.commitments.empty() || x.agreements.empty()) {
        throw Error(ErrorKind::InvalidInput, "The curriculum lacks the exercises ten years of use need.");
    }
    return x;
}

/** @brief Something that happens on a later day: an outcome, a confirmation, an acceptance, a revision. */
struct Pending {
    enum class What { Outcome, Confirm, Accept, Revise } what = What::Outcome;
    int who = 0; ///< 0 = partner A, 1 = partner B
    std::string id;
    std::string exerciseId;
    bool shared = false;
};

class Generator {
public:
    Generator(const std::filesystem::path& dataDir, const TenYearsSpec& spec)
        : m_spec(spec)
        , m_text(spec.seed)
    {
        const auto root
            = spec.contentRoot.empty() ? std::filesystem::path(TW_SOURCE_DIR) / "content" : spec.contentRoot;
        m_curriculum = content::loadCurriculum(root, "en", {}).curriculum;
        m_x = exercisesOf(m_curriculum);
        m_now = spec.startMs;
        Options options;
        options.kdf = spec.kdf;
        // Test data with passphrases written down in TenYears.h; the strength rule (issue 16) is
        // tested on its own and would refuse them.
        options.enforcePassphraseStrength = false;
        options.dailyBackup = false;
        options.now = [this] { return m_now; };
        std::vector<NewPartner> partners;
        partners.push_back({kPartnerA, Role::Hurt, crypto::SecretBytes::fromString(kPassphraseA)});
        partners.push_back({kPartnerB, Role::Involved, crypto::SecretBytes::fromString(kPassphraseB)});
        Workbook::create(dataDir, std::move(partners), options);
        m_sessions[0] = Workbook::unlock(dataDir, kPartnerA, crypto::SecretBytes::fromString(kPassphraseA), options);
        m_sessions[1] = Workbook::unlock(dataDir, kPartnerB, crypto::SecretBytes::fromString(kPassphraseB), options);
        m_total = 2 * spec.days + spec.entries + 2 * spec.commitments + 3 * spec.agreements;
    }

    TenYearsCounts run()
    {
        for (int day = 0; day < m_spec.days; ++day) {
            runPending(day);
            const int entries = share(day, m_spec.entries);
            for (int i = 0; i < entries; ++i) {
                at(day, 7 * 60 + (13 * 60 * i) / std::max(1, entries) + m_text.number(0, 30));
                entry(day);
            }
            if (share(day, m_spec.commitments) > 0) {
                at(day, 19 * 60);
                commitment(day);
            }
            if (share(day, m_spec.agreements) > 0) {
                at(day, 20 * 60);
                agreement(day);
            }
            checkins(day);
        }
        m_counts.endMs = m_now;
        return m_counts;
    }

private:
    /** @brief How many of @p total things fall on @p day when spread evenly over the days. */
    int share(int day, int total) const
    {
        const auto n = static_cast<std::int64_t>(total);
        return static_cast<int>((day + 1) * n / m_spec.days - day * n / m_spec.days);
    }
    void at(int day, int minuteOfDay) { m_now = m_spec.startMs + day * kDayMs + minuteOfDay * kMinuteMs; }
    Session& as(int who) { return *m_sessions[static_cast<std::size_t>(who)]; }
    void tick()
    {
        if (m_spec.progress && ++m_done % 250 == 0) {
            m_spec.progress(m_done, m_total);
        }
    }
    std::string dayText(int day) const { return dayOf(m_spec.startMs + day * kDayMs, {}); }

    /** @brief Trust that rises over the years, with a setback in the fourth year and daily noise. */
    int trustOn(int day, int who)
    {
        const double progress = static_cast<double>(day) / m_spec.days;
        double level = who == 0 ? 2.5 + 5.0 * progress : 5.0 + 3.0 * progress;
        if (progress > 0.32 && progress < 0.4) {
            level -= 2.0;
        }
        return std::clamp(static_cast<int>(std::lround(level + m_text.number(-15, 15) / 10.0)), 0, 10);
    }

    void checkins(int day)
    {
        for (int who = 0; who < 2; ++who) {
            at(day, 21 * 60 + who * 7 + m_text.number(0, 40));
            json fields = {{"trust", trustOn(day, who)}, {"connected", std::clamp(trustOn(day, who) + 1, 0, 10)}};
            if (m_text.chance(0.25)) {
                fields["appreciation"] = m_text.sentence();
            }
            if (m_text.chance(0.15)) {
                fields["note"] = m_text.passage(m_text.number(10, 60));
            }
            const bool shared = m_text.chance(who == 0 ? 0.2 : 0.35);
            EntryService(as(who)).addCheckin(
                m_x.checkin->id, fields.dump(), shared ? Visibility::Shared : Visibility::Private);
            ++m_counts.checkins;
            m_counts.sharedCheckins += shared ? 1 : 0;
            tick();
        }
    }

    json logFields(const content::Exercise& e, int day)
    {
        json fields = json::object();
        for (const auto& f : e.fields) {
            switch (f.type) {
            case content::FieldType::Text:
                if (m_text.chance(0.85)) {
                    fields[f.id] = m_text.chance(0.7) ? m_text.sentence() : m_text.passage(m_text.number(15, 70));
                }
                break;
            case content::FieldType::Scale:
                fields[f.id] = m_text.number(1, 10);
                break;
            case content::FieldType::Choice:
                if (!f.options.empty()) {
                    fields[f.id] = m_text.pick(f.options);
                }
                break;
            case content::FieldType::Date:
                fields[f.id] = dayText(day);
                break;
            }
        }
        return fields;
    }

    // Moves the answers to never-shared questions out of @p body and returns them.
    static json neverShared(const content::Exercise& e, json& body)
    {
        json kept = json::object();
        for (const auto& prompt : e.prompts) {
            if (prompt.isPrivate && body.contains("prompts") && body["prompts"].contains(prompt.id)) {
                kept["prompts"][prompt.id] = body["prompts"][prompt.id];
                body["prompts"].erase(prompt.id);
            }
        }
        if (e.followUp && e.followUp->isPrivate && body.contains("followUp")) {
            kept["followUp"] = body["followUp"];
            body.erase("followUp");
        }
        return kept;
    }

    json answer(const content::Exercise& e)
    {
        json body = json::object();
        switch (e.kind) {
        case content::Kind::Reflection: {
            json prompts = json::object();
            const int answered = m_text.number(1, static_cast<int>(e.prompts.size()));
            for (int i = 0; i < answered; ++i) {
                prompts[e.prompts[static_cast<std::size_t>(i)].id.c_str()] = m_text.passage(m_text.number(30, 260));
            }
            body["prompts"] = std::move(prompts);
            break;
        }
        case content::Kind::Rewrite:
            body
                = {{"harsh", m_text.passage(m_text.number(12, 40))}, {"gentle", m_text.passage(m_text.number(15, 50))}};
            break;
        case content::Kind::Conversation:
            body = {{"notes", m_text.passage(m_text.number(40, 200))}};
            break;
        default: { // scale
            json items = json::object();
            for (const auto& item : e.scaleItems) {
                items[item.id.c_str()] = m_text.number(0, 10);
            }
            body = {{"items", std::move(items)}, {"followUp", m_text.passage(m_text.number(10, 80))}};
            break;
        }
        }
        return body;
    }

    void entry(int day)
    {
        const int who = m_text.chance(0.55) ? 0 : 1;
        const int roll = m_text.number(1, 100);
        bool shared = false;
        if (roll <= 55) {
            shared = m_text.chance(0.15);
            const auto& e = *m_text.pick(m_x.logs);
            EntryService(as(who)).addLog(
                e.id, logFields(e, day).dump(), shared ? Visibility::Shared : Visibility::Private);
        } else {
            shared = m_text.chance(0.2);
            const auto& e = roll <= 80 ? *m_text.pick(m_x.reflections) : *m_text.pick(m_x.others);
            // As the app's editors do: an answer is the editor's JSON, written by Session::addEntry,
            // and the questions the page marks as never shared go in a private entry of their own.
            json body = answer(e);
            const json kept = neverShared(e, body);
            as(who).addEntry({e.id, "answer", shared ? Visibility::Shared : Visibility::Private, "", body.dump()});
            if (!kept.empty()) {
                as(who).addEntry({e.id, kNeverSharedKind, Visibility::Private, "", kept.dump()});
            }
        }
        ++m_counts.entries;
        m_counts.sharedEntries += shared ? 1 : 0;
        tick();
    }

    void commitment(int day)
    {
        const int who = m_text.chance(0.5) ? 0 : 1;
        const bool shared = m_text.chance(0.4);
        const int dueDay = day + m_text.number(1, 14);
        const auto& e = m_text.chance(0.85) ? *m_x.commitments.front() : *m_text.pick(m_x.commitments);
        const std::string id = EntryService(as(who)).addCommitment(
            e.id, m_text.pick(kPromises), dayText(dueDay), shared ? Visibility::Shared : Visibility::Private);
        ++m_counts.commitments;
        m_pending.insert({dueDay, {Pending::What::Outcome, who, id, e.id, shared}});
        tick();
    }

    void agreement(int day)
    {
        const int who = m_text.chance(0.5) ? 0 : 1;
        const auto& e = *m_text.pick(m_x.agreements);
        const std::string area = e.areas.empty() ? std::string("general") : m_text.pick(e.areas).id;
        const std::string id = AgreementService(as(who)).propose(e.id, area, m_text.passage(m_text.number(12, 45)));
        ++m_counts.agreements;
        if (m_text.chance(0.9)) {
            m_pending.insert({day + m_text.number(1, 3), {Pending::What::Accept, 1 - who, id, e.id}});
        }
        if (m_text.chance(0.3)) {
            m_pending.insert({day + m_text.number(30, 400), {Pending::What::Revise, m_text.number(0, 1), id, e.id}});
        }
        tick();
    }

    int revisionOf(const Pending& p)
    {
        for (const auto& item : AgreementService(as(p.who)).items(p.exerciseId)) {
            if (item.id == p.id) {
                return item.revision;
            }
        }
        return 0;
    }

    void runPending(int day)
    {
        auto [first, last] = m_pending.equal_range(day);
        for (auto it = first; it != last; ++it) {
            const Pending& p = it->second;
            at(day, 8 * 60 + m_text.number(0, 600));
            switch (p.what) {
            case Pending::What::Outcome:
                markOutcome(day, p);
                break;
            case Pending::What::Confirm:
                EntryService(as(p.who)).confirm(p.id, 2);
                ++m_counts.confirmations;
                break;
            case Pending::What::Accept:
                if (const int revision = revisionOf(p); revision > 0) {
                    AgreementService(as(p.who)).accept(p.id, revision);
                    ++m_counts.acceptances;
                }
                break;
            case Pending::What::Revise: {
                const auto* exercise = m_curriculum.findExercise(p.exerciseId);
                const std::string area = exercise == nullptr || exercise->areas.empty()
                    ? std::string("general")
                    : m_text.pick(exercise->areas).id;
                const std::string current
                    = AgreementService(as(p.who)).revise(p.id, area, m_text.passage(m_text.number(12, 45)));
                ++m_counts.revisions;
                m_pending.insert(
                    {day + m_text.number(1, 5), {Pending::What::Accept, 1 - p.who, current, p.exerciseId}});
                break;
            }
            }
            tick();
        }
        m_pending.erase(first, last);
    }

    void markOutcome(int day, const Pending& p)
    {
        const int roll = m_text.number(1, 100);
        if (roll > 95) {
            ++m_counts.open; // never marked: life got in the way
            return;
        }
        const auto outcome = roll <= 75 ? CommitmentOutcome::Kept : CommitmentOutcome::Missed;
        EntryService(as(p.who)).markOutcome(p.id, outcome);
        (outcome == CommitmentOutcome::Kept ? m_counts.kept : m_counts.missed) += 1;
        if (p.shared && m_text.chance(0.5)) {
            m_pending.insert({day + 1, {Pending::What::Confirm, 1 - p.who, p.id, p.exerciseId, true}});
        }
    }

    TenYearsSpec m_spec;
    GeneratedText m_text;
    content::Curriculum m_curriculum;
    Exercises m_x;
    std::int64_t m_now = 0;
    std::array<std::unique_ptr<Session>, 2> m_sessions;
    std::multimap<int, Pending> m_pending;
    TenYearsCounts m_counts;
    int m_done = 0;
    int m_total = 0;
};

} // namespace

TenYearsCounts generateTenYears(const std::filesystem::path& dataDir, const TenYearsSpec& spec)
{
    if (spec.days <= 0) {
        throw Error(ErrorKind::Usage, "Generate at least one day.");
    }
    Generator generator(dataDir, spec);
    TenYearsCounts counts = generator.run();
    // Commitments still pending at the end (due after the last day) stay open, as in real life.
    counts.open = counts.commitments - counts.kept - counts.missed;
    return counts;
}

workbook::Options generatedWorkbookOptions(std::int64_t nowMs)
{
    workbook::Options options;
    options.kdf = crypto::KdfParams::fastForTests();
    options.enforcePassphraseStrength = false;
    options.dailyBackup = false;
    if (nowMs != 0) {
        options.now = [nowMs] { return nowMs; };
    }
    return options;
}

std::unique_ptr<workbook::Session> unlockGenerated(
    const std::filesystem::path& dataDir, const std::string& name, const workbook::Options& options)
{
    const char* passphrase = name == kPartnerA ? kPassphraseA : kPassphraseB;
    return workbook::Workbook::unlock(dataDir, name, crypto::SecretBytes::fromString(passphrase), options);
}

} // namespace tw::bench
