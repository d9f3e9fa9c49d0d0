// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/RevealService.h"

#include "ServiceSupport.h"

#include <map>
#include <utility>

namespace tw::workbook {
namespace {

// Reveal answers are often a few paragraphs; a larger first bucket hides more of their length.
constexpr std::size_t kRevealBucket = 2048;

} // namespace

RevealService::RevealService(Session& session)
    : m_session(session)
{
}

std::optional<Entry> RevealService::myAnswerRow(const std::string& exerciseId) const
{
    return detail::latest(
        m_session.entries({.exerciseId = exerciseId, .kind = kAnswerKind, .authorId = m_session.me().id}));
}

RevealState RevealService::state(const std::string& exerciseId) const
{
    RevealState state;
    state.solo = m_session.isSolo();
    const auto mine = myAnswerRow(exerciseId);
    if (mine) {
        state.myAnswer = detail::dump(detail::parseStored(mine->body));
        state.myAnswerPublished = !m_session
                                       .entries({.exerciseId = exerciseId,
                                           .kind = kPublishedKind,
                                           .parentId = mine->id,
                                           .authorId = m_session.me().id})
                                       .empty();
    }
    const PartnerInfo* other = m_session.otherPartner();
    if (!other) {
        return state;
    }
    state.partnerHasAnswered = m_session.hasEntry(other->id, exerciseId, kAnswerKind);
    state.bothAnswered = mine && state.partnerHasAnswered;
    // Even a published partner row stays out of view until I have answered, so my own answer is
    // never shaped by theirs (a modified client could publish early; this one does not look).
    if (state.bothAnswered) {
        const auto published = detail::latest(
            m_session.entries({.exerciseId = exerciseId, .kind = kPublishedKind, .authorId = other->id}));
        if (published && published->visibility == Visibility::Shared) {
            state.partnerAnswer = detail::dump(detail::parseStored(published->body));
        }
    }
    return state;
}

void RevealService::answer(const std::string& exerciseId, const std::string& bodyJson)
{
    const nlohmann::json body = detail::parseInput(bodyJson, "A reveal answer");
    const std::string sealedBody = detail::encode(body, Visibility::Private, kRevealBucket);
    auto mine = myAnswerRow(exerciseId);
    if (!mine) {
        Entry added;
        added.id = m_session.addEntry({exerciseId, kAnswerKind, Visibility::Private, "", sealedBody});
        added.exerciseId = exerciseId;
        added.body = sealedBody;
        mine = std::move(added);
    } else if (detail::parseStored(mine->body) != body) {
        m_session.updateEntry(mine->id, sealedBody);
        mine->body = sealedBody;
    }
    syncPublished(*mine);
}

bool RevealService::syncPublished(const Entry& answerRow)
{
    const nlohmann::json body = detail::parseStored(answerRow.body);
    const auto published = detail::latest(m_session.entries({.exerciseId = answerRow.exerciseId,
        .kind = kPublishedKind,
        .parentId = answerRow.id,
        .authorId = m_session.me().id}));
    if (published) {
        if (detail::parseStored(published->body) == body) {
            return false;
        }
        m_session.updateEntry(published->id, detail::dump(body));
        return true;
    }
    const PartnerInfo* other = m_session.otherPartner();
    if (!other || !m_session.hasEntry(other->id, answerRow.exerciseId, kAnswerKind)) {
        return false;
    }
    m_session.addEntry({answerRow.exerciseId, kPublishedKind, Visibility::Shared, answerRow.id, detail::dump(body)});
    return true;
}

int RevealService::publishPending()
{
    std::map<std::string, std::vector<Entry>> byExercise;
    for (auto& e : m_session.entries({.kind = kAnswerKind, .authorId = m_session.me().id})) {
        byExercise[e.exerciseId].push_back(std::move(e));
    }
    int written = 0;
    for (const auto& [exerciseId, rows] : byExercise) {
        if (syncPublished(*detail::latest(rows))) {
            ++written;
        }
    }
    return written;
}

} // namespace tw::workbook
