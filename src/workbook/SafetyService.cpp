// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/SafetyService.h"

#include "ServiceSupport.h"
#include "tw/base/Error.h"

#include <algorithm>
#include <set>

namespace tw::workbook {
namespace {

// Every item of the default check ticked fits well inside this, so the sealed row has the same
// length whatever was ticked. Only a content pack with a huge checklist could reach the next bucket.
constexpr std::size_t kSafetyBucket = 4096;

} // namespace

SafetyService::SafetyService(Session& session)
    : m_session(session)
{
}

std::optional<Entry> SafetyService::myRow() const
{
    return detail::latest(m_session.entries({.exerciseId = kExerciseId, .kind = kKind, .authorId = m_session.me().id}));
}

void SafetyService::record(
    const std::vector<std::string>& tickedItemIds, const std::vector<std::string>& concernItemIds)
{
    const std::set<std::string> ticked(tickedItemIds.begin(), tickedItemIds.end());
    const bool concern = std::any_of(
        concernItemIds.begin(), concernItemIds.end(), [&](const std::string& id) { return ticked.count(id) != 0; });
    nlohmann::json list = nlohmann::json::array();
    for (const auto& id : ticked) {
        list.push_back(id);
    }
    const std::string body
        = detail::encode({{"ticked", std::move(list)}, {"concern", concern}}, Visibility::Private, kSafetyBucket);
    // One row, updated in place: a second row, or a row only for concerns, would be countable. It is
    // rewritten even when nothing changed, so its update time says "saved", never "changed".
    if (const auto row = myRow()) {
        if (row->visibility != Visibility::Private) {
            m_session.setVisibility(row->id, Visibility::Private); // never meant to be shared
        }
        m_session.updateEntry(row->id, body);
    } else {
        m_session.addEntry({kExerciseId, kKind, Visibility::Private, "", body, m_session.stableId(kExerciseId, kKind)});
    }
}

std::optional<SafetyCheck> SafetyService::latest() const
{
    const auto row = myRow();
    if (!row) {
        return std::nullopt;
    }
    const nlohmann::json body = detail::parseStored(row->body);
    SafetyCheck check;
    check.answeredAt = row->updatedAt;
    try {
        for (const auto& id : body.at("ticked")) {
            check.ticked.push_back(id.get<std::string>());
        }
        check.concern = body.at("concern").get<bool>();
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorKind::Damaged, "Your safety check could not be read. Restore the latest backup.");
    }
    return check;
}

bool SafetyService::hasAnswered() const
{
    return myRow().has_value();
}

bool SafetyService::needsIndividualPath() const
{
    const auto check = latest();
    return check && check->concern;
}

} // namespace tw::workbook
