// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/ProgressService.h"

#include "ServiceSupport.h"
#include "tw/workbook/SafetyService.h"

namespace tw::workbook {

ProgressService::ProgressService(Session& session)
    : m_session(session)
{
}

bool ProgressService::isDone(const std::string& partnerId, const std::string& exerciseId) const
{
    if (exerciseId == SafetyService::kExerciseId) {
        return m_session.hasEntry(partnerId, exerciseId, SafetyService::kKind);
    }
    // The private kind is only ever mine: my partner's rows of it are in their own store.
    return m_session.hasEntry(partnerId, exerciseId, kKind)
        || (partnerId == m_session.me().id && m_session.hasEntry(partnerId, exerciseId, kPrivateKind));
}

void ProgressService::markDone(const std::string& exerciseId, DoneShown shown)
{
    if (exerciseId == SafetyService::kExerciseId) {
        return;
    }
    if (shown == DoneShown::OnlyToMe) {
        keepDoneToMyself(exerciseId);
    }
    if (isDone(m_session.me().id, exerciseId)) {
        return;
    }
    m_session.addEntry({exerciseId, shown == DoneShown::OnlyToMe ? kPrivateKind : kKind, Visibility::Private, "",
        detail::encode({{"done", true}}, Visibility::Private)});
}

void ProgressService::keepDoneToMyself(const std::string& exerciseId)
{
    const std::string& me = m_session.me().id;
    if (exerciseId == SafetyService::kExerciseId || !m_session.hasEntry(me, exerciseId, kKind)) {
        return;
    }
    // The private row first, so "done" never lapses for me if the app stops between the two.
    if (!m_session.hasEntry(me, exerciseId, kPrivateKind)) {
        m_session.addEntry(
            {exerciseId, kPrivateKind, Visibility::Private, "", detail::encode({{"done", true}}, Visibility::Private)});
    }
    // Deleting the last shown row withdraws the marker (Session::deleteEntry).
    for (const auto& row : m_session.entries({.exerciseId = exerciseId, .kind = kKind, .authorId = me})) {
        m_session.deleteEntry(row.id);
    }
}

void ProgressService::markNotDone(const std::string& exerciseId)
{
    if (exerciseId == SafetyService::kExerciseId) {
        return;
    }
    for (const char* kind : {kKind, kPrivateKind}) {
        for (const auto& row :
            m_session.entries({.exerciseId = exerciseId, .kind = kind, .authorId = m_session.me().id})) {
            m_session.deleteEntry(row.id);
        }
    }
}

ExerciseProgress ProgressService::exercise(const std::string& exerciseId) const
{
    ExerciseProgress p;
    p.doneByMe = isDone(m_session.me().id, exerciseId);
    // One row answers "started"; without the limit, ten years of check-ins were all decrypted here.
    p.startedByMe = p.doneByMe
        || !m_session.entries({.exerciseId = exerciseId, .authorId = m_session.me().id, .limit = 1}).empty();
    if (const PartnerInfo* other = m_session.otherPartner()) {
        p.doneByPartner = isDone(other->id, exerciseId);
    }
    return p;
}

ExerciseProgress ProgressService::doneMarks(const std::string& exerciseId) const
{
    ExerciseProgress p;
    p.doneByMe = isDone(m_session.me().id, exerciseId);
    if (const PartnerInfo* other = m_session.otherPartner()) {
        p.doneByPartner = isDone(other->id, exerciseId);
    }
    return p;
}

ModuleProgress ProgressService::module(const std::vector<std::string>& exerciseIds) const
{
    ModuleProgress m;
    m.hasPartner = m_session.otherPartner() != nullptr;
    for (const auto& id : exerciseIds) {
        const ExerciseProgress p = exercise(id);
        m.exercises += 1;
        m.startedByMe += p.startedByMe ? 1 : 0;
        m.doneByMe += p.doneByMe ? 1 : 0;
        m.doneByPartner += p.doneByPartner ? 1 : 0;
    }
    return m;
}

} // namespace tw::workbook
