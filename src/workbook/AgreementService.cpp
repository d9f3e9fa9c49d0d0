// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/AgreementService.h"

#include "ServiceSupport.h"
#include "tw/base/Error.h"

#include <algorithm>
#include <map>
#include <set>

namespace tw::workbook {
namespace {

using nlohmann::json;

struct ItemBody {
    std::string area;
    std::string text;
    int revision = 1;
    bool withdrawn = false;
    std::vector<AgreementRevision> history; // earlier wordings written into this same row
};

ItemBody readItem(const Entry& row)
{
    const json body = detail::parseStored(row.body);
    try {
        ItemBody item;
        item.area = detail::stringAt(body, "area");
        item.text = detail::stringAt(body, "text");
        item.revision = body.at("revision").get<int>();
        item.withdrawn = body.value("withdrawn", false);
        for (const auto& h : body.value("history", json::array())) {
            item.history.push_back(
                {h.at("revision").get<int>(), row.authorId, detail::stringAt(h, "area"), detail::stringAt(h, "text")});
        }
        return item;
    } catch (const json::exception&) {
        throw Error(ErrorKind::Damaged, "An agreement item could not be read. Restore the latest backup.");
    }
}

std::string writeItem(const ItemBody& item)
{
    json history = json::array();
    for (const auto& h : item.history) {
        history.push_back({{"revision", h.revision}, {"area", h.area}, {"text", h.text}});
    }
    return detail::encode({{"area", item.area}, {"text", item.text}, {"revision", item.revision},
                              {"withdrawn", item.withdrawn}, {"history", std::move(history)}},
        Visibility::Shared);
}

int acceptedRevision(const Entry& row)
{
    const json body = detail::parseStored(row.body);
    const auto it = body.find("revision");
    return it != body.end() && it->is_number_integer() ? it->get<int>() : 0;
}

void requireWording(const std::string& text)
{
    detail::requireText(text, "An agreement item needs some text.");
}

} // namespace

AgreementService::AgreementService(Session& session)
    : m_session(session)
{
}

std::vector<AgreementItem> AgreementService::items(const std::string& exerciseId) const
{
    std::map<std::string, Entry> rows;
    for (auto& e : m_session.entries({.exerciseId = exerciseId, .kind = kItemKind})) {
        if (e.visibility == Visibility::Shared) {
            rows.emplace(e.id, std::move(e));
        }
    }
    std::set<std::string> superseded;
    for (const auto& [id, row] : rows) {
        if (rows.count(row.parentId) != 0) {
            superseded.insert(row.parentId);
        }
    }
    const auto accepts = m_session.entries({.exerciseId = exerciseId, .kind = kAcceptKind});
    const auto& partners = m_session.partners();

    struct Ordered {
        std::int64_t rootCreated;
        std::string rootId;
        AgreementItem item;
    };
    std::vector<Ordered> out;
    for (const auto& [id, row] : rows) {
        if (superseded.count(id) != 0) {
            continue;
        }
        const ItemBody body = readItem(row);
        AgreementItem item;
        item.id = row.id;
        item.exerciseId = row.exerciseId;
        item.proposerId = row.authorId;
        item.area = body.area;
        item.text = body.text;
        item.revision = body.revision;
        item.withdrawn = body.withdrawn;

        // Earlier wordings: each ancestor row's own in-place history, then its last wording. Read
        // from the ancestors themselves rather than copied forward, so each wording is still sealed
        // in a row written by the person who wrote it.
        std::vector<const Entry*> chain;
        std::set<std::string> seen{row.id};
        for (auto it = rows.find(row.parentId); it != rows.end() && seen.insert(it->first).second;
             it = rows.find(it->second.parentId)) {
            chain.push_back(&it->second);
        }
        std::reverse(chain.begin(), chain.end());
        for (const Entry* ancestor : chain) {
            ItemBody old = readItem(*ancestor);
            item.history.insert(item.history.end(), old.history.begin(), old.history.end());
            item.history.push_back({old.revision, ancestor->authorId, old.area, old.text});
        }
        item.history.insert(item.history.end(), body.history.begin(), body.history.end());

        if (!item.withdrawn) {
            item.acceptedBy.push_back(row.authorId);
            std::int64_t secondAt = 0;
            for (const auto& p : partners) {
                if (p.id == row.authorId) {
                    continue;
                }
                std::vector<Entry> theirs;
                std::copy_if(accepts.begin(), accepts.end(), std::back_inserter(theirs),
                    [&](const Entry& a) { return a.authorId == p.id && a.parentId == row.id; });
                const auto accept = detail::latest(theirs);
                if (accept && acceptedRevision(*accept) == item.revision) {
                    item.acceptedBy.push_back(p.id);
                    secondAt = std::max(secondAt, accept->updatedAt);
                }
            }
            // A solo workbook has one partner, so nothing is in force until the second one joins.
            item.inForce = partners.size() >= 2 && item.acceptedBy.size() == partners.size();
            if (item.inForce) {
                item.acceptedAt = std::max(row.updatedAt, secondAt);
            }
        }
        const Entry* root = chain.empty() ? &row : chain.front();
        out.push_back({root->createdAt, root->id, std::move(item)});
    }
    std::sort(out.begin(), out.end(), [](const Ordered& a, const Ordered& b) {
        return a.rootCreated != b.rootCreated ? a.rootCreated < b.rootCreated : a.rootId < b.rootId;
    });
    std::vector<AgreementItem> result;
    result.reserve(out.size());
    for (auto& o : out) {
        result.push_back(std::move(o.item));
    }
    return result;
}

std::string AgreementService::propose(const std::string& exerciseId, const std::string& area, const std::string& text)
{
    requireWording(text);
    ItemBody body;
    body.area = area;
    body.text = text;
    return m_session.addEntry({exerciseId, kItemKind, Visibility::Shared, "", writeItem(body)});
}

Entry AgreementService::currentItemRow(const std::string& itemId) const
{
    const auto row = m_session.entry(itemId);
    if (!row || row->kind != kItemKind || row->visibility != Visibility::Shared) {
        throw Error(ErrorKind::NotFound, "No agreement item with that id.");
    }
    const auto children = m_session.entries({.exerciseId = row->exerciseId, .kind = kItemKind, .parentId = itemId});
    if (!children.empty()) {
        throw Error(ErrorKind::Usage, "This agreement item has been revised since. Open the latest version.");
    }
    return *row;
}

std::optional<Entry> AgreementService::myAcceptRow(const Entry& item) const
{
    return detail::latest(m_session.entries(
        {.exerciseId = item.exerciseId, .kind = kAcceptKind, .parentId = item.id, .authorId = m_session.me().id}));
}

std::string AgreementService::revise(const std::string& itemId, const std::string& area, const std::string& text)
{
    requireWording(text);
    const Entry row = currentItemRow(itemId);
    ItemBody body = readItem(row);
    if (body.area == area && body.text == text && !body.withdrawn) {
        return row.id;
    }
    if (row.authorId == m_session.me().id) {
        body.history.push_back({body.revision, row.authorId, body.area, body.text});
        body.area = area;
        body.text = text;
        body.revision += 1;
        body.withdrawn = false;
        m_session.updateEntry(row.id, writeItem(body));
        return row.id;
    }
    ItemBody next;
    next.area = area;
    next.text = text;
    next.revision = body.revision + 1;
    return m_session.addEntry({row.exerciseId, kItemKind, Visibility::Shared, row.id, writeItem(next)});
}

void AgreementService::accept(const std::string& itemId, int revision)
{
    const Entry row = currentItemRow(itemId);
    const ItemBody body = readItem(row);
    if (body.withdrawn) {
        throw Error(ErrorKind::Usage, "This agreement item was withdrawn.");
    }
    if (body.revision != revision) {
        throw Error(ErrorKind::Usage, "This agreement item has changed. Read it again before accepting.");
    }
    if (row.authorId == m_session.me().id) {
        return; // writing a revision is accepting it
    }
    const std::string accepted = detail::encode({{"revision", revision}}, Visibility::Shared);
    if (const auto mine = myAcceptRow(row)) {
        if (acceptedRevision(*mine) != revision) {
            m_session.updateEntry(mine->id, accepted);
        }
        return;
    }
    m_session.addEntry({row.exerciseId, kAcceptKind, Visibility::Shared, row.id, accepted});
}

void AgreementService::withdraw(const std::string& itemId)
{
    const Entry row = currentItemRow(itemId);
    if (row.authorId == m_session.me().id) {
        ItemBody body = readItem(row);
        if (!body.withdrawn) {
            body.withdrawn = true;
            m_session.updateEntry(row.id, writeItem(body));
        }
        return;
    }
    const auto mine = myAcceptRow(row);
    if (mine && acceptedRevision(*mine) != 0) {
        m_session.updateEntry(mine->id, detail::encode({{"revision", 0}}, Visibility::Shared));
    }
}

} // namespace tw::workbook
