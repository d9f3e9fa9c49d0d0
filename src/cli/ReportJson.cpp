// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportJson.h"

namespace tw::cli::therapist {
namespace {

using nlohmann::json;

json entryJson(const workbook::ReportEntry& e)
{
    json node = {{"exerciseId", e.exerciseId}, {"kind", e.kind}, {"visibility", e.visibility},
        {"createdAt", e.createdAt}, {"updatedAt", e.updatedAt}};
    if (e.structured) {
        node["content"] = json::parse(e.text);
    } else {
        node["text"] = e.text;
    }
    return node;
}

} // namespace

json reportJson(const workbook::Report& r)
{
    json items = json::array();
    for (const auto& i : r.items) {
        items.push_back({{"assignmentId", i.assignmentId}, {"exerciseId", i.exerciseId}, {"title", i.title},
            {"due", i.due}, {"done", i.done}});
    }
    json checkins = json::array();
    for (const auto& t : r.checkins) {
        checkins.push_back({{"exerciseId", t.exerciseId}, {"field", t.field}, {"weekStart", t.weekStart},
            {"mean", t.mean}, {"count", t.count}});
    }
    json shared = json::array();
    for (const auto& e : r.sharedEntries) {
        shared.push_back(entryJson(e));
    }
    json privateEntries = json::array();
    for (const auto& e : r.privateEntries) {
        privateEntries.push_back(entryJson(e));
    }
    return {{"id", r.id}, {"createdAt", r.createdAt}, {"partner", r.partnerName}, {"partnerId", r.partnerId},
        {"client", r.clientLabel}, {"clientId", r.clientId},
        {"included",
            {{"completion", true}, {"checkins", r.includesCheckins}, {"shared", r.includesShared},
                {"private", r.includesPrivate}}},
        {"items", items}, {"checkins", checkins}, {"shared", shared}, {"private", privateEntries}};
}

json clientViewJson(const workbook::ClientView& view)
{
    json assignments = json::array();
    for (const auto& ca : view.assignments) {
        json items = json::array();
        for (const auto& ci : ca.items) {
            json completion = json::object();
            for (const auto& c : ci.completion) {
                completion[c.partnerName] = {{"done", c.done}, {"reportedAt", c.reportedAt}};
            }
            items.push_back({{"exerciseId", ci.item.exerciseId}, {"title", ci.item.title}, {"due", ci.item.due},
                {"note", ci.item.note}, {"completion", completion}});
        }
        assignments.push_back({{"id", ca.assignment.id}, {"createdAt", ca.assignment.createdAt},
            {"note", ca.assignment.note}, {"items", items}});
    }
    json reports = json::array();
    for (const auto& r : view.reports) {
        reports.push_back(reportJson(r));
    }
    json partners = json::array();
    for (const auto& p : view.partners) {
        partners.push_back({{"id", p.partnerId}, {"name", p.name}, {"fingerprint", p.fingerprint},
            {"keyVersion", p.keyVersion}, {"pinnedAt", p.pinnedAt}});
    }
    return {{"client", view.client.label}, {"clientId", view.client.id}, {"addedAt", view.client.createdAt},
        {"partners", partners}, {"assignments", assignments}, {"reports", reports}};
}

json assignedItemsJson(const std::vector<workbook::AssignedItem>& items)
{
    json out = json::array();
    for (const auto& ai : items) {
        json completion = json::object();
        for (const auto& c : ai.completion) {
            completion[c.partnerName] = c.done;
        }
        out.push_back({{"assignmentId", ai.assignmentId}, {"assignedAt", ai.assignedAt},
            {"therapist", ai.therapistName}, {"exerciseId", ai.item.exerciseId}, {"title", ai.item.title},
            {"due", ai.item.due}, {"note", ai.item.note}, {"assignmentNote", ai.assignmentNote},
            {"overdue", ai.overdue}, {"completion", completion}});
    }
    return out;
}

} // namespace tw::cli::therapist
