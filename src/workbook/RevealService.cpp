// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/RevealService.h"

#include "ServiceSupport.h"
#include "store/SignedRecords.h"

#include <map>
#include <utility>

namespace tw::workbook {
namespace {

// Reveal answers are often a few paragraphs; a larger first bucket hides more of their length.
constexpr std::size_t kRevealBucket = 2048;

// A published answer: {"answer": {...}, "nonce": hex, "saw": hex}. Before commitments it was the
// answer object itself, which is still read.
nlohmann::json answerOf(const nlohmann::json& published)
{
    const auto it = published.find("answer");
    return it != published.end() && it->is_object() && published.contains("nonce") ? *it : published;
}

std::string field(const nlohmann::json& body, const char* key)
{
    const auto it = body.find(key);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string commitmentIn(const std::optional<std::string>& markerValue)
{
    if (!markerValue) {
        return {};
    }
    const auto value = nlohmann::json::parse(*markerValue, nullptr, false);
    return value.is_object() ? field(value, "commitment") : std::string();
}

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

std::optional<Entry> RevealService::published(const std::string& exerciseId, const std::string& authorId) const
{
    return detail::latest(m_session.entries({.exerciseId = exerciseId, .kind = kPublishedKind, .authorId = authorId}));
}

void RevealService::markAnswered(Session& session, const Entry& answerRow)
{
    const std::string canonical = detail::dump(detail::parseStored(answerRow.body));
    const auto [nonce, commitment] = session.commitTo(answerRow.exerciseId, canonical);
    session.setMarker(answerRow.exerciseId, store::kAnsweredMarker, nlohmann::json{{"commitment", commitment}}.dump());
}

RevealState RevealService::state(const std::string& exerciseId)
{
    RevealState state;
    state.solo = m_session.isSolo();
    const auto mine = myAnswerRow(exerciseId);
    if (mine) {
        publishIfDue(*mine);
    }
    const auto myPublished = published(exerciseId, m_session.me().id);
    if (mine) {
        state.myAnswer = detail::dump(detail::parseStored(mine->body));
    }
    if (myPublished) {
        state.myAnswerPublished = true;
        state.myPublishedAnswer = detail::dump(answerOf(detail::parseStored(myPublished->body)));
        if (const auto rev = detail::latest(m_session.entries(
                {.kind = kRevisionKind, .parentId = myPublished->id, .authorId = m_session.me().id}))) {
            state.myRevision = detail::dump(detail::parseStored(rev->body));
        }
    }
    const PartnerInfo* other = m_session.otherPartner();
    if (!other) {
        return state;
    }
    state.partnerHasAnswered = m_session.hasEntry(other->id, exerciseId, kAnswerKind);
    state.bothAnswered = mine && state.partnerHasAnswered;
    // The partner's answer stays out of view until mine is published (and so frozen), so my own
    // answer is never shaped by theirs.
    if (!state.bothAnswered || !myPublished) {
        return state;
    }
    const auto theirs = published(exerciseId, other->id);
    if (!theirs) {
        return state;
    }
    const nlohmann::json body = detail::parseStored(theirs->body);
    const nlohmann::json answer = answerOf(body);
    state.partnerAnswer = detail::dump(answer);
    // My published copy names the commitment of theirs that stood when mine became readable.
    const std::string saw = field(detail::parseStored(myPublished->body), "saw");
    const std::string nonce = field(body, "nonce");
    if (!saw.empty() && !nonce.empty()) {
        state.partnerChangedAfterSeeingMine = Session::commitmentOf(nonce, detail::dump(answer)) != saw;
    }
    if (const auto rev
        = detail::latest(m_session.entries({.kind = kRevisionKind, .parentId = theirs->id, .authorId = other->id}))) {
        state.partnerRevision = detail::dump(detail::parseStored(rev->body));
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
        added.id = m_session.addEntry({exerciseId, kAnswerKind, Visibility::Private, "", sealedBody,
            m_session.stableId(exerciseId, kAnswerKind)});
        added.exerciseId = exerciseId;
        added.body = sealedBody;
        mine = std::move(added);
    } else if (detail::parseStored(mine->body) != body) {
        m_session.updateEntry(mine->id, sealedBody);
        mine->body = sealedBody;
    }
    const auto myPublished = published(exerciseId, m_session.me().id);
    if (myPublished) {
        // Published answers are frozen: a change after the reveal is a revision beside it.
        const auto revision = detail::latest(
            m_session.entries({.kind = kRevisionKind, .parentId = myPublished->id, .authorId = m_session.me().id}));
        const bool sameAsPublished = answerOf(detail::parseStored(myPublished->body)) == body;
        if (revision) {
            if (detail::parseStored(revision->body) != body) {
                m_session.updateEntry(revision->id, detail::dump(body));
            }
        } else if (!sameAsPublished) {
            m_session.addEntry({exerciseId, kRevisionKind, Visibility::Shared, myPublished->id, detail::dump(body)});
        }
        return;
    }
    markAnswered(m_session, *mine);
    publishIfDue(*mine);
}

bool RevealService::publishIfDue(const Entry& answerRow)
{
    if (published(answerRow.exerciseId, m_session.me().id)) {
        return false;
    }
    const PartnerInfo* other = m_session.otherPartner();
    if (!other || !m_session.hasEntry(other->id, answerRow.exerciseId, kAnswerKind)) {
        return false;
    }
    const nlohmann::json answer = detail::parseStored(answerRow.body);
    const auto [nonce, commitment] = m_session.commitTo(answerRow.exerciseId, detail::dump(answer));
    const std::string saw = commitmentIn(m_session.marker(other->id, answerRow.exerciseId, store::kAnsweredMarker));
    const nlohmann::json body{{"answer", answer}, {"nonce", nonce}, {"saw", saw}};
    m_session.addEntry({answerRow.exerciseId, kPublishedKind, Visibility::Shared, answerRow.id, detail::dump(body),
        m_session.stableId(answerRow.exerciseId, kPublishedKind, answerRow.id)});
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
        if (publishIfDue(*detail::latest(rows))) {
            ++written;
        }
    }
    return written;
}

} // namespace tw::workbook
