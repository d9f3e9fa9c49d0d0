// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseRows.h"

#include "ServiceSupport.h"
#include "tw/base/Error.h"

#include <algorithm>
#include <map>
#include <set>

namespace tw::workbook::detail {

using nlohmann::json;

Record toRecord(const Entry& row)
{
    return {row.id, row.authorId, row.exerciseId, dump(parseStored(row.body)), row.visibility, row.createdAt};
}

Commitment toCommitment(const Entry& row)
{
    const json body = parseStored(row.body);
    Commitment c;
    c.id = row.id;
    c.ownerId = row.authorId;
    c.exerciseId = row.exerciseId;
    c.visibility = row.visibility;
    c.what = stringAt(body, "what");
    c.due = stringAt(body, "due");
    const auto outcome = outcomeFromName(stringAt(body, "outcome"));
    const auto revision = body.find("revision");
    if (!outcome || revision == body.end() || !revision->is_number_integer()) {
        throw Error(ErrorKind::Damaged, "A commitment could not be read. Restore the latest backup.");
    }
    c.outcome = *outcome;
    c.revision = revision->get<int>();
    return c;
}

bool awaitsOutcome(const Entry& row)
{
    if (row.kind != EntryService::kCommitmentKind) {
        return false;
    }
    try {
        return toCommitment(row).outcome == CommitmentOutcome::Open;
    } catch (const std::exception&) {
        return true;
    }
}

bool isAgreementRow(const std::string& kind)
{
    return kind == AgreementService::kItemKind || kind == AgreementService::kAcceptKind;
}

int revisionOf(const Entry& row)
{
    const json body = parseStored(row.body);
    const auto it = body.find("revision");
    return it != body.end() && it->is_number_integer() ? it->get<int>() : 0;
}

std::vector<Commitment> commitmentsFrom(const std::vector<Entry>& commitmentRows, const std::vector<Entry>& confirmRows)
{
    // Grouped once, so ten years of commitments cost one pass rather than one scan per commitment.
    std::map<std::string, std::vector<Entry>> confirmsByParent;
    for (const auto& e : confirmRows) {
        if (e.kind == EntryService::kConfirmKind && e.visibility == Visibility::Shared) {
            confirmsByParent[e.parentId].push_back(e);
        }
    }
    std::vector<Commitment> out;
    out.reserve(commitmentRows.size());
    for (const auto& row : commitmentRows) {
        Commitment c = toCommitment(row);
        std::vector<Entry> theirs;
        if (const auto it = confirmsByParent.find(row.id); it != confirmsByParent.end()) {
            std::copy_if(it->second.begin(), it->second.end(), std::back_inserter(theirs),
                [&](const Entry& e) { return e.authorId != row.authorId; });
        }
        const auto confirmation = latest(theirs);
        c.confirmedByPartner = row.visibility == Visibility::Shared && c.outcome != CommitmentOutcome::Open
            && confirmation && revisionOf(*confirmation) == c.revision;
        out.push_back(std::move(c));
    }
    return out;
}

AgreementBody readAgreementBody(const Entry& row)
{
    const json body = parseStored(row.body);
    try {
        AgreementBody item;
        item.area = stringAt(body, "area");
        item.text = stringAt(body, "text");
        item.revision = body.at("revision").get<int>();
        item.withdrawn = body.value("withdrawn", false);
        for (const auto& h : body.value("history", json::array())) {
            item.history.push_back(
                {h.at("revision").get<int>(), row.authorId, stringAt(h, "area"), stringAt(h, "text")});
        }
        return item;
    } catch (const json::exception&) {
        throw Error(ErrorKind::Damaged, "An agreement item could not be read. Restore the latest backup.");
    }
}

std::vector<AgreementItem> agreementsFrom(
    const std::vector<Entry>& itemRows, const std::vector<Entry>& acceptRows, const std::vector<PartnerInfo>& partners)
{
    std::map<std::string, const Entry*> rows;
    for (const auto& e : itemRows) {
        if (e.kind == AgreementService::kItemKind && e.visibility == Visibility::Shared) {
            rows.emplace(e.id, &e);
        }
    }
    std::set<std::string> superseded;
    for (const auto& [id, row] : rows) {
        if (rows.count(row->parentId) != 0) {
            superseded.insert(row->parentId);
        }
    }
    std::map<std::string, std::vector<Entry>> acceptsByParent;
    for (const auto& a : acceptRows) {
        if (a.kind == AgreementService::kAcceptKind) {
            acceptsByParent[a.parentId].push_back(a);
        }
    }

    struct Ordered {
        std::int64_t rootCreated;
        std::string rootId;
        AgreementItem item;
    };
    std::vector<Ordered> out;
    for (const auto& [id, rowPtr] : rows) {
        if (superseded.count(id) != 0) {
            continue;
        }
        const Entry& row = *rowPtr;
        const AgreementBody body = readAgreementBody(row);
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
        auto it = rows.find(row.parentId);
        while (it != rows.end() && seen.insert(it->first).second) {
            chain.push_back(it->second);
            it = rows.find(it->second->parentId);
        }
        std::reverse(chain.begin(), chain.end());
        for (const Entry* ancestor : chain) {
            AgreementBody old = readAgreementBody(*ancestor);
            item.history.insert(item.history.end(), old.history.begin(), old.history.end());
            item.history.push_back({old.revision, ancestor->authorId, old.area, old.text});
        }
        item.history.insert(item.history.end(), body.history.begin(), body.history.end());

        if (!item.withdrawn) {
            item.acceptedBy.push_back(row.authorId);
            std::int64_t secondAt = 0;
            const auto accepts = acceptsByParent.find(row.id);
            for (const auto& p : partners) {
                if (p.id == row.authorId || accepts == acceptsByParent.end()) {
                    continue;
                }
                std::vector<Entry> theirs;
                std::copy_if(accepts->second.begin(), accepts->second.end(), std::back_inserter(theirs),
                    [&](const Entry& a) { return a.authorId == p.id; });
                const auto accept = latest(theirs);
                if (accept && revisionOf(*accept) == item.revision) {
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

} // namespace tw::workbook::detail
