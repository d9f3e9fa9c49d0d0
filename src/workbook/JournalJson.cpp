// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// journalToJson: the documented export format (docs/export-format.md, docs/export.schema.json).
#include "Calendar.h"
#include "tw/workbook/Journal.h"

#include <nlohmann/json.hpp>

#include <map>

namespace tw::workbook {
namespace {

using json = nlohmann::ordered_json; // keys in the documented order: format and version first

constexpr const char* kFormatName = "trustwork-export";
// Version 1 listed raw entries only; version 2 adds titles, parsed bodies and the progress record.
constexpr int kFormatVersion = 2;

json orNull(const std::string& text)
{
    return text.empty() ? json(nullptr) : json(text);
}

json timeOrNull(std::int64_t ms)
{
    return ms == 0 ? json(nullptr) : json(detail::isoUtc(ms));
}

json bodyOf(const std::string& body, std::string& format)
{
    json value = json::parse(body, nullptr, false);
    if (value.is_object() || value.is_array()) {
        format = "json";
        return value;
    }
    format = "text";
    return body;
}

json trendJson(const TrendSeries& series, const std::string& name)
{
    json weeks = json::array();
    for (const auto& p : series.points) {
        weeks.push_back(
            {{"weekStart", p.weekStart}, {"trust", p.trust}, {"connected", p.connected}, {"checkins", p.checkins}});
    }
    return {{"partner", name}, {"weeks", std::move(weeks)}};
}

json consistencyJson(const std::vector<ConsistencyWeek>& weeks)
{
    json out = json::array();
    for (const auto& w : weeks) {
        out.push_back(
            {{"weekStart", w.weekStart}, {"due", w.due}, {"kept", w.kept}, {"missed", w.missed}, {"open", w.open}});
    }
    return out;
}

} // namespace

std::string journalToJson(const Journal& journal)
{
    std::map<std::string, std::string> names;
    for (const auto& p : journal.partners) {
        names.emplace(p.id, p.name);
    }
    std::map<std::string, std::string> exerciseTitles;
    json entries = json::array();
    for (const auto& je : journal.entries) {
        const Entry& e = je.entry;
        names.emplace(e.authorId, je.authorName);
        exerciseTitles.emplace(e.exerciseId, je.exerciseTitle);
        std::string format;
        json body = bodyOf(e.body, format);
        entries.push_back({{"id", e.id}, {"exerciseId", e.exerciseId}, {"exerciseTitle", je.exerciseTitle},
            {"moduleId", orNull(je.moduleId)}, {"moduleTitle", orNull(je.moduleTitle)}, {"kind", e.kind},
            {"visibility", std::string(visibilityName(e.visibility))}, {"author", je.authorName},
            {"parentId", orNull(e.parentId)}, {"createdAt", detail::isoUtc(e.createdAt)},
            {"updatedAt", detail::isoUtc(e.updatedAt)}, {"bodyFormat", format}, {"body", std::move(body)}});
    }
    const auto nameOf = [&](const std::string& id) {
        const auto it = names.find(id);
        return it != names.end() ? it->second : std::string();
    };

    const Dashboard& d = journal.dashboard;
    const bool hasPartner = !d.partnerTrend.partnerId.empty();
    json checkins = {{"mine", trendJson(d.myTrend, journal.partnerName)},
        {"partner", hasPartner ? trendJson(d.partnerTrend, nameOf(d.partnerTrend.partnerId)) : json(nullptr)},
        {"gap", json::array()}};
    for (const auto& g : d.gap) {
        checkins["gap"].push_back({{"weekStart", g.weekStart}, {"gap", g.gap}});
    }

    json items = json::array();
    for (const auto& a : d.agreements) {
        json revisions = json::array();
        for (const auto& r : a.history) {
            revisions.push_back(
                {{"revision", r.revision}, {"proposer", nameOf(r.proposerId)}, {"area", r.area}, {"text", r.text}});
        }
        json acceptedBy = json::array();
        for (const auto& id : a.acceptedBy) {
            acceptedBy.push_back(nameOf(id));
        }
        const auto title = exerciseTitles.find(a.exerciseId);
        items.push_back({{"id", a.id}, {"exerciseId", a.exerciseId},
            {"exerciseTitle", title != exerciseTitles.end() ? title->second : a.exerciseId}, {"area", a.area},
            {"text", a.text}, {"revision", a.revision}, {"proposer", nameOf(a.proposerId)}, {"inForce", a.inForce},
            {"acceptedAt", timeOrNull(a.inForce ? a.acceptedAt : 0)}, {"acceptedBy", std::move(acceptedBy)},
            {"withdrawn", a.withdrawn}, {"revisions", std::move(revisions)}});
    }

    const json doc
        = {{"format", kFormatName}, {"version", kFormatVersion}, {"exportedAt", detail::isoUtc(journal.exportedAt)},
            {"partner", {{"name", journal.partnerName}, {"role", journal.partnerRole}}},
            {"entries", std::move(entries)}, {"checkinTrend", std::move(checkins)},
            {"consistency",
                {{"mine", consistencyJson(d.myConsistency)},
                    {"partner", hasPartner ? consistencyJson(d.partnerConsistency) : json(nullptr)}}},
            {"agreements", {{"lastReviewedAt", timeOrNull(d.lastReviewMs)}, {"items", std::move(items)}}}};
    // Replacement instead of an exception for invalid UTF-8: an export must not fail on one bad byte
    // that a foreign writer left in a row.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace tw::workbook
