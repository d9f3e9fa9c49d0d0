// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/AgreementService.h"

#include "ExerciseRows.h"
#include "ServiceSupport.h"
#include "tw/base/Error.h"

#include <algorithm>
#include <map>
#include <set>

namespace tw::workbook {
namespace {

using nlohmann::json;

using ItemBody = detail::AgreementBody;

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
    return detail::agreementsFrom(m_session.entries({.exerciseId = exerciseId, .kind = kItemKind}),
        m_session.entries({.exerciseId = exerciseId, .kind = kAcceptKind}), m_session.partners());
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
    ItemBody body = detail::readAgreementBody(row);
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
    const ItemBody body = detail::readAgreementBody(row);
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
        if (detail::revisionOf(*mine) != revision) {
            m_session.updateEntry(mine->id, accepted);
        }
        return;
    }
    m_session.addEntry({row.exerciseId, kAcceptKind, Visibility::Shared, row.id, accepted,
        m_session.stableId(row.exerciseId, kAcceptKind, row.id)});
}

void AgreementService::withdraw(const std::string& itemId)
{
    const Entry row = currentItemRow(itemId);
    if (row.authorId == m_session.me().id) {
        ItemBody body = detail::readAgreementBody(row);
        if (!body.withdrawn) {
            body.withdrawn = true;
            m_session.updateEntry(row.id, writeItem(body));
        }
        return;
    }
    const auto mine = myAcceptRow(row);
    if (mine && detail::revisionOf(*mine) != 0) {
        m_session.updateEntry(mine->id, detail::encode({{"revision", 0}}, Visibility::Shared));
    }
}

} // namespace tw::workbook
