// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockCheck.h"

#include "FileStamp.h"
#include "PrivateStore.h"
#include "RowBodies.h"
#include "SharedStore.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/RevealService.h"
#include "tw/workbook/Session.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace tw::workbook::store {
namespace {

using nlohmann::json;

// Private meta: FileStamp::of() the shared file, taken by my last lock after it found every row of
// mine there as I published it.
constexpr const char* kCheckedFileMeta = "checked_shared_file";

std::string headContext(const Session& s, const std::string& partnerId)
{
    return "trustwork-head-v1|" + s.workbookId() + "|" + partnerId;
}

std::string keysToJson(const std::vector<PartnerKey>& keys)
{
    json list = json::array();
    for (const auto& k : keys) {
        list.push_back({{"version", k.version}, {"public", crypto::toBase64(k.publicKey)},
            {"signature", crypto::toBase64(k.signature)}});
    }
    return list.dump();
}

std::vector<PartnerKey> keysFromJson(const std::string& partnerId, const std::string& text)
{
    std::vector<PartnerKey> out;
    const json list = json::parse(text, nullptr, false);
    if (!list.is_array()) {
        return out;
    }
    for (const auto& node : list) {
        PartnerKey k;
        k.partnerId = partnerId;
        k.version = node.value("version", 0U);
        k.publicKey = crypto::fromBase64(node.value("public", std::string())).value_or(std::vector<std::uint8_t>{});
        k.signature = crypto::fromBase64(node.value("signature", std::string())).value_or(std::vector<std::uint8_t>{});
        out.push_back(std::move(k));
    }
    return out;
}

} // namespace

/** The valid prefix of a partner's key chain: v1 signed by itself, each later version by the one before. */
std::vector<PartnerKey> validChain(const std::string& workbookId, const std::vector<PartnerKey>& keys)
{
    std::vector<PartnerKey> chain;
    for (const auto& k : keys) {
        const bool first = chain.empty();
        if (first ? (k.version < 1 || !verifyRecord(k, workbookId, k.publicKey))
                  : (k.version != chain.back().version + 1 || !verifyRecord(k, workbookId, chain.back().publicKey))) {
            break;
        }
        chain.push_back(k);
    }
    return chain;
}

void UnlockCheck::run(Session& s)
{
    auto& mine = *s.m_private;
    if (mine.meta("announce_from_seed")) {
        announceAndResign(s);
    }
    int changed = 0;
    {
        storage::Transaction shared(*s.m_db);
        storage::Transaction own(mine.db());
        // My keys were rotated on another device of mine (issue 20) while this one still signed
        // with the old ones: what I published here is signed again, as a rotation here would.
        const auto signedWith = mine.meta("signed_with_version");
        if (!signedWith) {
            mine.setMeta("signed_with_version", std::to_string(s.m_keys.keyVersion));
        } else if (*signedWith != std::to_string(s.m_keys.keyVersion)) {
            resignAll(s);
        }
        checkMyKeys(s, changed);
        checkMyRows(s, changed);
        checkMyMarkers(s, changed);
        own.commit();
        shared.commit();
    }
    if (changed > 0) {
        UnlockNotice n;
        n.kind = UnlockNotice::Kind::MyRowsChanged;
        n.count = changed;
        n.since = s.m_lastVisit;
        s.m_notices.push_back(n);
        tw::log::get("workbook")
            ->warn("{} of this partner's published records were changed outside Trustwork", changed);
    }
    deriveMarkers(s);
    checkHead(s);
    trustPartners(s);
    reportEvents(s);
    s.m_checkedAtUnlock = true;
}

void UnlockCheck::checkMyKeys(Session& s, int& changed)
{
    auto& mine = *s.m_private;
    auto recorded = keysFromJson(s.m_partnerId, mine.meta("my_keys").value_or("[]"));
    if (recorded.empty() || recorded.back().version != s.m_keys.keyVersion
        || recorded.back().publicKey != s.m_signing->publicKey) {
        // First unlock since signing keys came (or a store that lost its record): my key as I hold it.
        PartnerKey k;
        k.partnerId = s.m_partnerId;
        k.version = s.m_keys.keyVersion;
        k.publicKey = s.m_signing->publicKey;
        const auto inShared = s.m_shared->keys(s.m_partnerId);
        const auto chain = validChain(s.workbookId(), inShared);
        if (!chain.empty() && chain.back().version == k.version && chain.back().publicKey == k.publicKey) {
            recorded = chain;
        } else {
            signRecord(k, s.workbookId(), *s.m_signing);
            recorded = {k};
        }
        mine.setMeta("my_keys", keysToJson(recorded));
    }
    const auto inShared = s.m_shared->keys(s.m_partnerId);
    bool same = inShared.size() >= recorded.size();
    for (std::size_t i = 0; same && i < recorded.size(); ++i) {
        same = inShared[i].version == recorded[i].version && inShared[i].publicKey == recorded[i].publicKey
            && inShared[i].signature == recorded[i].signature;
    }
    if (same && inShared.size() == recorded.size()) {
        return;
    }
    // Missing, replaced or extra generations of my key: an extra one could only be planted, since
    // every real generation is one I announced and recorded.
    if (!inShared.empty() || !recorded.empty()) {
        const bool firstTime = inShared.empty();
        if (!firstTime) {
            ++changed;
        }
    }
    s.m_shared->deleteKeysAbove(s.m_partnerId, 0);
    for (const auto& k : recorded) {
        s.m_shared->putKey(k);
    }
}

bool UnlockCheck::fileUnchangedSinceChecked(Session& s)
{
    // Three stamps must agree: the one my last lock recorded after checking, the one taken before
    // this session opened the file, and one now, while this transaction reads it (so nothing was
    // slipped into the journal between the two).
    const auto recorded = s.m_private->meta(kCheckedFileMeta);
    return recorded && s.m_fileAtOpen && *recorded == *s.m_fileAtOpen
        && FileStamp::of(s.m_paths.database) == s.m_fileAtOpen;
}

void UnlockCheck::checkMyRows(Session& s, int& changed)
{
    auto& mine = *s.m_private;
    s.m_rowsReadAtUnlock = !fileUnchangedSinceChecked(s);
    if (!s.m_rowsReadAtUnlock) {
        // Nobody, not this app nor anyone else, has written the file since my lock found every row
        // of mine in it as I published it: there is nothing to compare, and ten years of rows stay
        // unread. Any write, even one that puts the old modification time back, changes the stamp.
        return;
    }
    // Digests, not the recorded rows: at ten years the recorded text of thousands of rows was read,
    // and each shared copy serialised to compare with it, at every unlock. A recorded row is read
    // only where the digests differ: the rest (changed, missing or never recorded) whole below.
    auto [expected, differing, unsignedRows] = digestPass(s);
    std::map<std::string, SharedRow> actual;
    for (const auto& id : differing) {
        if (auto row = s.m_shared->row(id)) {
            actual.emplace(id, std::move(*row));
        }
    }
    const auto& myKey = s.m_signing->publicKey;
    for (const auto& [id, digest] : expected) {
        const auto found = actual.find(id);
        const auto recorded = [&] {
            auto row = mine.publishedRow(id);
            if (!row) {
                throw Error(
                    ErrorKind::Damaged, "A record in your private store is damaged. Restore the latest backup.");
            }
            return *row;
        };
        if (found == actual.end()) {
            ++changed;
            s.m_shared->putRow(recorded());
            continue;
        }
        // The digest pass above already found that this row differs in some column (a body swapped
        // under an unchanged signature included): hashing it again would only repeat that.
        const SharedRow& have = found->second;
        const SharedRow want = recorded();
        if (have == want) {
            // Recorded before digests covered whole rows: the same row, now with its digest.
            mine.setPublishedDigest(id, rowDigest(want));
            continue;
        }
        if (have.hlc > want.hlc && verifyRecord(have, s.workbookId(), myKey)) {
            // A newer copy signed by me: the app stopped after publishing and before recording it,
            // or another device of mine published it and it arrived here before my own import.
            mine.recordPublished(have);
            adoptMine(s, have.id);
            continue;
        }
        ++changed;
        s.m_shared->putRow(want);
    }
    // Rows in my name that I never published. Unsigned ones were planted (mine were moved to my
    // store when signatures came); signed ones are mine only if my current key made them.
    for (const auto& [id, have] : actual) {
        if (expected.count(id) != 0) {
            continue;
        }
        if (verifyRecord(have, s.workbookId(), myKey)) {
            mine.recordPublished(have);
            adoptMine(s, have.id);
        } else {
            ++changed;
            s.m_shared->deleteRow(id);
        }
    }
    // Rows without a signature in my name, once mine were moved out of that form: planted.
    if (unsignedRows > 0 && mine.meta("legacy_moved")) {
        changed += static_cast<int>(unsignedRows);
        storage::Statement stmt(*s.m_db, "DELETE FROM entry WHERE author = ?1 AND signature IS NULL");
        stmt.bind(1, s.m_partnerId);
        stmt.run();
    }
}

UnlockCheck::DigestPass UnlockCheck::digestPass(Session& s)
{
    // One pass over my rows in the shared file, digests only, without copying them: a row that
    // matches what I recorded leaves the list of expected ones.
    DigestPass pass{s.m_private->publishedDigests(), {}, 0};
    pass.unsignedRows
        = s.m_shared->visitRowDigests(s.m_partnerId, [&](std::string_view id, std::span<const std::uint8_t> digest) {
              const auto recorded = pass.unmatched.find(id);
              if (recorded != pass.unmatched.end() && std::ranges::equal(recorded->second, digest)) {
                  pass.unmatched.erase(recorded);
              } else {
                  pass.differing.emplace_back(id);
              }
          });
    return pass;
}

bool UnlockCheck::myRowsAsPublished(Session& s)
{
    const auto pass = digestPass(s);
    return pass.differing.empty() && pass.unmatched.empty()
        && (!s.m_private->meta("legacy_moved") || pass.unsignedRows == 0);
}

void UnlockCheck::recordCheckedFile(Session& s)
{
    auto& mine = *s.m_private;
    const auto& file = s.m_paths.database;
    std::optional<std::string> stamp;
    // This session's pages go into the file first, so the journal beside it is empty. Another
    // connection in the middle of its work (a second program on the file) means no stamp this time.
    const bool checkpointed = s.m_db->checkpointIfIdle();
    // Writes from here on get a later change time than mine; the check below reads whatever came
    // before, and a write during or after it changes the time, so it is never taken for checked.
    // (So it needs no transaction of its own, and takes no lock another program would wait for.)
    // Pages someone wrote through a mapping are written out after that moment, so a mapping made
    // writable before it cannot write again without setting the time.
    const auto since = checkpointed ? FileStamp::waitPastLastChange(file) : std::nullopt;
    if (since && FileStamp::writeOutPages(file)) {
        // What the file holds, not what this connection remembers: a program writing the file
        // without SQLite leaves no sign that would make SQLite drop the pages it has cached.
        s.m_db->exec("PRAGMA shrink_memory");
        stamp = myRowsAsPublished(s) ? FileStamp::of(file) : std::nullopt;
        if (stamp && FileStamp::changedSince(file, *since)) {
            stamp.reset();
        }
    }
    storage::Transaction tx(mine.db());
    if (stamp) {
        mine.setMeta(kCheckedFileMeta, *stamp);
    } else {
        mine.eraseMeta(kCheckedFileMeta);
    }
    tx.commit();
}

void UnlockCheck::adoptMine(Session& s, const std::string& id)
{
    auto& mine = *s.m_private;
    const auto row = s.m_shared->row(id);
    const auto local = mine.get(id);
    // Only a row my store does not have at all: a row it has is merged by its version vector when
    // my own import brings its private part, so a private decision made here is never undone by a
    // shared copy from another device. A tombstone may mean "stopped sharing": only my store knows.
    if (!row || row->deleted || local) {
        return;
    }
    StoredEntry adopted;
    adopted.entry.id = row->id;
    adopted.entry.authorId = s.m_partnerId;
    adopted.entry.exerciseId = row->exerciseId;
    adopted.entry.kind = row->kind;
    adopted.entry.visibility = Visibility::Shared;
    adopted.entry.parentId = row->parentId;
    adopted.entry.createdAt = row->createdAt;
    adopted.entry.updatedAt = row->updatedAt;
    const auto body = openBody(s.m_keys.coupleKey, adopted.entry, row->sealedBody);
    if (!body) {
        return;
    }
    adopted.entry.body = *body;
    adopted.hlc = row->hlc;
    adopted.vv = "{}";
    mine.setImporting(true);
    mine.put(adopted);
    mine.setImporting(false);
    s.m_hlc.observe(row->hlc);
}

void UnlockCheck::checkMyMarkers(Session& s, int& changed)
{
    auto& mine = *s.m_private;
    const auto expected = mine.markers();
    std::map<std::string, Marker> actual;
    for (auto& m : s.m_shared->markers(s.m_partnerId)) {
        actual.emplace(m.kind + "|" + m.subject, std::move(m));
    }
    for (const auto& [key, want] : expected) {
        const auto found = actual.find(key);
        if (found != actual.end() && found->second == want) {
            continue;
        }
        ++changed;
        s.m_shared->putMarker(want);
    }
    for (const auto& [key, have] : actual) {
        if (expected.count(key) == 0) {
            ++changed;
            s.m_shared->deleteMarker(have.authorId, have.subject, have.kind);
        }
    }
}

void UnlockCheck::deriveMarkers(Session& s)
{
    // A mark the app stopped before writing is written now, from my store, which is the truth.
    auto& mine = *s.m_private;
    std::set<std::string> done;
    {
        storage::Statement stmt(
            mine.db(), "SELECT DISTINCT exercise_id FROM entry WHERE kind = 'progress' AND deleted = 0");
        while (stmt.step()) {
            done.insert(stmt.text(0));
        }
    }
    for (const auto& exercise : done) {
        s.setMarker(exercise, kDoneMarker, "true");
    }
    for (const auto& [key, marker] : mine.markers()) {
        if (marker.kind == kDoneMarker && marker.value == "true" && done.count(marker.subject) == 0) {
            s.setMarker(marker.subject, kDoneMarker, "false");
        }
    }
    if (mine.has("start.safety-check", "answer") && !mine.marker("start.safety-check", kTakenMarker)) {
        s.setMarker("start.safety-check", kTakenMarker, "true");
    }
    // Reveal answers written before markers carried commitments get their "answered" marker.
    std::map<std::string, Entry> answers;
    for (auto& e : mine.entries({.kind = RevealService::kAnswerKind}, s.m_partnerId)) {
        answers[e.exerciseId] = std::move(e); // oldest first, so the newest stays
    }
    for (const auto& [exercise, row] : answers) {
        if (!mine.marker(exercise, kAnsweredMarker)) {
            RevealService::markAnswered(s, row);
        }
    }
}

void UnlockCheck::checkHead(Session& s)
{
    auto& mine = *s.m_private;
    const long long mySeq = std::stoll(mine.meta("session_seq").value_or("0"));
    const auto sealed = s.m_shared->sealedHead(s.m_partnerId);
    if (!sealed) {
        if (mySeq > 0) {
            s.m_notices.push_back({UnlockNotice::Kind::WorkbookRolledBack, 0, s.m_lastVisit});
        }
        return;
    }
    const auto headKey = crypto::deriveSubkey(s.m_keys.personalKey, 2, "twhead01");
    const auto opened = crypto::open(headKey, *sealed, headContext(s, s.m_partnerId));
    long long sharedSeq = -1;
    if (opened) {
        const json head = json::parse(opened->begin(), opened->end(), nullptr, false);
        if (head.is_object()) {
            sharedSeq = head.value("seq", -1LL);
        }
    }
    if (sharedSeq < 0) {
        // A head that my key does not open was written by someone else, or comes from before my
        // last key rotation and was put back.
        s.m_notices.push_back({UnlockNotice::Kind::WorkbookRolledBack, 0, s.m_lastVisit});
    } else if (sharedSeq > mySeq) {
        s.m_notices.push_back({UnlockNotice::Kind::MyStoreRolledBack, 0, s.m_lastVisit});
    } else if (sharedSeq + 1 < mySeq) {
        // One behind is an app that stopped between the two writes of the head; more is an older workbook.
        s.m_notices.push_back({UnlockNotice::Kind::WorkbookRolledBack, 0, s.m_lastVisit});
    }
}

void UnlockCheck::trustPartners(Session& s)
{
    auto& mine = *s.m_private;
    s.m_trustedKeys.clear();
    for (const auto& partner : s.m_partners) {
        if (partner.id == s.m_partnerId) {
            continue;
        }
        const auto chain = validChain(s.workbookId(), s.m_shared->keys(partner.id));
        if (chain.empty()) {
            continue; // not yet unlocked since signing keys came: their old rows are read as they are
        }
        const auto pins = mine.pins(partner.id);
        bool agrees = true;
        for (const auto& [version, key] : pins) {
            const bool inChain = version >= 1 && version <= chain.size() && chain[version - 1].publicKey == key;
            agrees = agrees && inChain;
        }
        if (!agrees) {
            s.m_notices.push_back({UnlockNotice::Kind::PartnerKeyChanged, 0, 0, partner.name});
            tw::log::get("workbook")->warn("a partner's signing key differs from the one pinned");
            continue;
        }
        storage::Transaction tx(mine.db());
        for (const auto& k : chain) {
            if (pins.count(k.version) == 0) {
                mine.pin(partner.id, k.version, k.publicKey);
            }
        }
        tx.commit();
        s.m_trustedKeys[partner.id] = chain.back().publicKey;
    }
}

void UnlockCheck::reportEvents(Session& s)
{
    auto& mine = *s.m_private;
    for (const auto& e : s.m_shared->events()) {
        if (mine.seenEvent(e.id)) {
            continue;
        }
        const auto* author = [&]() -> const PartnerInfo* {
            for (const auto& p : s.m_partners) {
                if (p.id == e.authorId) {
                    return &p;
                }
            }
            return nullptr;
        }();
        const auto key = e.authorId == s.m_partnerId ? std::optional(s.m_signing->publicKey) : s.partnerKey(e.authorId);
        if (author && key && verifyRecord(e, s.workbookId(), *key) && e.kind == kRestoreEvent) {
            const json body = json::parse(e.body, nullptr, false);
            UnlockNotice n;
            n.kind = UnlockNotice::Kind::Restored;
            n.who = author->name;
            n.at = e.createdAt;
            n.backupTime = body.is_object() ? body.value("backupTime", 0LL) : 0;
            s.m_notices.push_back(n);
        }
        storage::Transaction tx(mine.db());
        mine.markEventSeen(e.id);
        tx.commit();
    }
}

void UnlockCheck::announceAndResign(Session& s)
{
    auto& mine = *s.m_private;
    const auto fromSeedHex = mine.meta("announce_from_seed");
    const auto fromVersion = std::stoul(mine.meta("announce_from_version").value_or("0"));
    storage::Transaction shared(*s.m_db);
    storage::Transaction own(mine.db());
    if (fromSeedHex && fromVersion + 1 == s.m_keys.keyVersion) {
        const auto seedBytes = crypto::fromHex(*fromSeedHex).value_or(std::vector<std::uint8_t>{});
        const crypto::SecretBytes oldSeed(seedBytes.data(), seedBytes.size());
        const auto oldKeys = crypto::SigningKeyPair::fromSeed(oldSeed);
        auto chain = keysFromJson(s.m_partnerId, mine.meta("my_keys").value_or("[]"));
        PartnerKey next;
        next.partnerId = s.m_partnerId;
        next.version = s.m_keys.keyVersion;
        next.publicKey = s.m_signing->publicKey;
        signRecord(next, s.workbookId(), oldKeys);
        chain.push_back(next);
        mine.setMeta("my_keys", keysToJson(chain));
        s.m_shared->putKey(next);
    }
    resignAll(s);
    mine.eraseMeta("announce_from_seed");
    mine.eraseMeta("announce_from_version");
    own.commit();
    shared.commit();
}

void UnlockCheck::resignAll(Session& s)
{
    auto& mine = *s.m_private;
    // Everything I publish is signed again by the new key: the partner's app accepts only my
    // current key, so nothing can be forged later with a key I gave up.
    for (auto [id, row] : mine.published()) {
        row.keyVersion = s.m_keys.keyVersion;
        signRecord(row, s.workbookId(), *s.m_signing);
        s.m_shared->putRow(row);
        mine.recordPublished(row);
    }
    for (auto [key, marker] : mine.markers()) {
        marker.keyVersion = s.m_keys.keyVersion;
        signRecord(marker, s.workbookId(), *s.m_signing);
        s.m_shared->putMarker(marker);
        mine.recordMarker(marker);
    }
    for (auto e : s.m_shared->events()) {
        if (e.authorId == s.m_partnerId) {
            e.keyVersion = s.m_keys.keyVersion;
            signRecord(e, s.workbookId(), *s.m_signing);
            s.m_shared->putEvent(e);
        }
    }
    mine.setMeta("signed_with_version", std::to_string(s.m_keys.keyVersion));
}

} // namespace tw::workbook::store
