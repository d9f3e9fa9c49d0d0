// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/EntryService.h"

#include "Calendar.h"
#include "ExerciseRows.h"
#include "ServiceSupport.h"
#include "tw/base/Error.h"

#include <algorithm>

namespace tw::workbook {
namespace {

using nlohmann::json;

void requireCommitment(const std::string& what, const std::string& due)
{
    detail::requireText(what, "A commitment needs a description of what you will do.");
    if (!due.empty() && !detail::parseDay(due)) {
        throw Error(ErrorKind::Usage, "A commitment's date must be a day written as YYYY-MM-DD.");
    }
}

} // namespace

std::string_view outcomeName(CommitmentOutcome outcome)
{
    switch (outcome) {
    case CommitmentOutcome::Open:
        return "open";
    case CommitmentOutcome::Kept:
        return "kept";
    case CommitmentOutcome::Missed:
        return "missed";
    }
    return "open";
}

std::optional<CommitmentOutcome> outcomeFromName(std::string_view name)
{
    for (auto o : {CommitmentOutcome::Open, CommitmentOutcome::Kept, CommitmentOutcome::Missed}) {
        if (outcomeName(o) == name) {
            return o;
        }
    }
    return std::nullopt;
}

EntryService::EntryService(Session& session)
    : m_session(session)
{
}

Entry EntryService::ownRow(const char* kind, const std::string& id) const
{
    const auto row = m_session.entry(id);
    if (!row || row->kind != kind || row->authorId != m_session.me().id) {
        throw Error(ErrorKind::NotFound, "No entry of yours with that id.");
    }
    return *row;
}

std::string EntryService::addRecord(
    const char* kind, const std::string& exerciseId, const std::string& text, Visibility v)
{
    const json fields = detail::parseInput(text, "A record");
    return m_session.addEntry({exerciseId, kind, v, "", detail::encode(fields, v)});
}

void EntryService::updateRecord(const char* kind, const std::string& id, const std::string& text)
{
    const json fields = detail::parseInput(text, "A record");
    const Entry row = ownRow(kind, id);
    m_session.updateEntry(id, detail::encode(fields, row.visibility));
}

std::vector<Record> EntryService::records(const char* kind, const std::string& exerciseId) const
{
    std::vector<Record> out;
    for (const auto& e : m_session.entries({.exerciseId = exerciseId, .kind = kind})) {
        out.push_back(detail::toRecord(e));
    }
    return out;
}

std::string EntryService::addLog(const std::string& exerciseId, const std::string& fieldsJson, Visibility visibility)
{
    return addRecord(kLogKind, exerciseId, fieldsJson, visibility);
}

void EntryService::updateLog(const std::string& id, const std::string& fieldsJson)
{
    updateRecord(kLogKind, id, fieldsJson);
}

std::vector<Record> EntryService::logs(const std::string& exerciseId) const
{
    return records(kLogKind, exerciseId);
}

std::string EntryService::addCheckin(
    const std::string& exerciseId, const std::string& valuesJson, Visibility visibility)
{
    return addRecord(kCheckinKind, exerciseId, valuesJson, visibility);
}

void EntryService::updateCheckin(const std::string& id, const std::string& valuesJson)
{
    updateRecord(kCheckinKind, id, valuesJson);
}

std::vector<Record> EntryService::checkins(const std::string& exerciseId) const
{
    return records(kCheckinKind, exerciseId);
}

void EntryService::writeCommitment(const Entry& row, const Commitment& c)
{
    m_session.updateEntry(row.id,
        detail::encode({{"what", c.what}, {"due", c.due}, {"outcome", std::string(outcomeName(c.outcome))},
                           {"revision", c.revision}},
            row.visibility));
}

std::string EntryService::addCommitment(
    const std::string& exerciseId, const std::string& what, const std::string& due, Visibility visibility)
{
    requireCommitment(what, due);
    const json body = {
        {"what", what}, {"due", due}, {"outcome", std::string(outcomeName(CommitmentOutcome::Open))}, {"revision", 1}};
    return m_session.addEntry({exerciseId, kCommitmentKind, visibility, "", detail::encode(body, visibility)});
}

void EntryService::reviseCommitment(const std::string& id, const std::string& what, const std::string& due)
{
    requireCommitment(what, due);
    const Entry row = ownRow(kCommitmentKind, id);
    Commitment c = detail::toCommitment(row);
    if (c.what == what && c.due == due) {
        return;
    }
    c.what = what;
    c.due = due;
    c.revision += 1;
    writeCommitment(row, c);
}

void EntryService::markOutcome(const std::string& id, CommitmentOutcome outcome)
{
    const Entry row = ownRow(kCommitmentKind, id);
    Commitment c = detail::toCommitment(row);
    if (c.outcome == outcome) {
        return;
    }
    c.outcome = outcome;
    c.revision += 1;
    writeCommitment(row, c);
}

void EntryService::confirm(const std::string& id, int revision)
{
    const auto row = m_session.entry(id);
    if (!row || row->kind != kCommitmentKind || row->visibility != Visibility::Shared) {
        throw Error(ErrorKind::NotFound, "No shared commitment with that id.");
    }
    if (row->authorId == m_session.me().id) {
        throw Error(ErrorKind::Usage, "Your partner confirms your commitments; you mark them kept or missed.");
    }
    const Commitment c = detail::toCommitment(*row);
    if (c.outcome == CommitmentOutcome::Open) {
        throw Error(ErrorKind::Usage, "This commitment is not marked kept or missed yet.");
    }
    if (c.revision != revision) {
        throw Error(ErrorKind::Usage, "This commitment has changed. Read it again before confirming.");
    }
    const std::string body = detail::encode({{"revision", revision}}, Visibility::Shared);
    const auto mine = detail::latest(m_session.entries(
        {.exerciseId = row->exerciseId, .kind = kConfirmKind, .parentId = id, .authorId = m_session.me().id}));
    if (mine) {
        if (detail::revisionOf(*mine) != revision) {
            m_session.updateEntry(mine->id, body);
        }
        return;
    }
    m_session.addEntry({row->exerciseId, kConfirmKind, Visibility::Shared, id, body});
}

std::vector<Commitment> EntryService::commitments(const std::string& exerciseId) const
{
    return detail::commitmentsFrom(m_session.entries({.exerciseId = exerciseId, .kind = kCommitmentKind}),
        m_session.entries({.exerciseId = exerciseId, .kind = kConfirmKind}));
}

} // namespace tw::workbook
