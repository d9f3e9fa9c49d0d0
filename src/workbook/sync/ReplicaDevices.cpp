// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: the device records (which computers take part, and removals), apart from the rows.
#include "../store/PrivateStore.h"
#include "../store/SharedStore.h"
#include "../store/UnlockCheck.h"
#include "RecordJson.h"
#include "Replica.h"
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/storage/Statement.h"
#include "tw/storage/Transaction.h"
#include "tw/workbook/Session.h"

#include <nlohmann/json.hpp>

namespace tw::workbook::sync {

using json = nlohmann::json;

json deviceJson(const DeviceRecord& d)
{
    return {{"id", d.id}, {"author", d.authorId}, {"name", d.name}, {"removed", d.removed},
        {"removedAfter", d.removedAfter}, {"hlc", d.hlc}, {"keyVersion", d.keyVersion},
        {"signature", crypto::toBase64(d.signature)}};
}

DeviceRecord deviceFrom(const json& n)
{
    DeviceRecord d;
    d.id = n.at("id").get<std::string>();
    d.authorId = n.at("author").get<std::string>();
    d.name = n.at("name").get<std::string>();
    d.removed = n.at("removed").get<bool>();
    d.removedAfter = n.at("removedAfter").get<std::int64_t>();
    d.hlc = n.at("hlc").get<std::string>();
    d.keyVersion = n.at("keyVersion").get<std::uint32_t>();
    d.signature = bytesOf(n, "signature");
    return d;
}

/** The key of generation @p version in @p chain, if it has one. */
const std::vector<std::uint8_t>* keyOf(const std::vector<store::PartnerKey>& chain, std::uint32_t version)
{
    return version >= 1 && version <= chain.size() ? &chain[version - 1].publicKey : nullptr;
}

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const DeviceRecord& d)
{
    return crypto::asBytes("trustwork-device-v1|" + workbookId + "|" + d.id + "|" + d.authorId + "|" + d.name + "|"
        + (d.removed ? "1" : "0") + "|" + std::to_string(d.removedAfter) + "|" + d.hlc + "|"
        + std::to_string(d.keyVersion));
}

void Replica::takeDeviceRecords(std::span<const std::uint8_t> bytes)
{
    const ChangeFile file = ChangeFile::parse(bytes);
    const ChangeHeader& h = file.header;
    const std::string& wb = m_s.workbookId();
    const auto plain = file.openShared(m_s.m_keys.coupleKey);
    if (h.workbookId != wb || !plain) {
        return; // the full import names the damage
    }
    const json n = json::parse(plain->begin(), plain->end(), nullptr, false);
    if (!n.is_object() || !n.contains("devices") || !n["devices"].is_array()) {
        return;
    }
    const auto chain = store::validChain(wb, m_s.m_shared->keys(h.authorId));
    const auto* signer = keyOf(chain, h.keyVersion);
    if (!signer || !file.signedBy(bytes, *signer)) {
        return;
    }
    storage::Transaction tx(*m_s.m_db);
    try {
        takeDevices(n["devices"], h.authorId, chain);
    } catch (const json::exception&) {
        return;
    }
    tx.commit();
}

void Replica::takeDevices(const json& list, const std::string& authorId, const std::vector<store::PartnerKey>& chain)
{
    for (const auto& node : list) {
        const auto d = deviceFrom(node);
        const auto* key = keyOf(chain, d.keyVersion);
        if (d.authorId != authorId || !key
            || !crypto::verifyDetached(*key, signingBytes(m_s.workbookId(), d), d.signature)) {
            continue;
        }
        const auto existing = device(d.id);
        if (!existing || d.hlc > existing->hlc) {
            putDevice(d);
        }
    }
}

std::optional<DeviceRecord> Replica::device(const std::string& id)
{
    storage::Statement stmt(*m_s.m_db,
        "SELECT id, author, name, removed, removed_after, hlc, key_version, signature FROM device WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) {
        return std::nullopt;
    }
    DeviceRecord d;
    d.id = stmt.text(0);
    d.authorId = stmt.text(1);
    d.name = stmt.text(2);
    d.removed = stmt.integer(3) != 0;
    d.removedAfter = stmt.integer(4);
    d.hlc = stmt.text(5);
    d.keyVersion = static_cast<std::uint32_t>(stmt.integer(6));
    d.signature = stmt.blob(7);
    return d;
}

std::vector<DeviceRecord> Replica::devices()
{
    std::vector<std::string> ids;
    {
        storage::Statement stmt(*m_s.m_db, "SELECT id FROM device ORDER BY author, name");
        while (stmt.step()) {
            ids.push_back(stmt.text(0));
        }
    }
    std::vector<DeviceRecord> out;
    for (const auto& id : ids) {
        if (auto d = device(id)) {
            out.push_back(std::move(*d));
        }
    }
    return out;
}

void Replica::putDevice(const DeviceRecord& d)
{
    storage::Statement stmt(*m_s.m_db,
        "INSERT OR REPLACE INTO device (id, author, name, removed, removed_after, signer, hlc, key_version, signature) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?2, ?6, ?7, ?8)");
    stmt.bind(1, d.id).bind(2, d.authorId).bind(3, d.name).bind(4, static_cast<long long>(d.removed ? 1 : 0));
    stmt.bind(5, static_cast<long long>(d.removedAfter)).bind(6, d.hlc);
    stmt.bind(7, static_cast<long long>(d.keyVersion)).bind(8, d.signature);
    stmt.run();
}

void Replica::removeDevice(const std::string& id)
{
    auto d = device(id);
    if (!d || d->authorId != m_s.m_partnerId) {
        throw Error(ErrorKind::NotFound,
            "None of your devices has that id. `device list` shows them; only a device's owner can remove it.");
    }
    if (id == deviceId()) {
        throw Error(ErrorKind::Usage, "This is the device you are using; remove it from another of your devices.");
    }
    d->removed = true;
    d->removedAfter = lastRecorded(id).first;
    d->hlc = m_s.m_hlc.tick(m_s.nowMs());
    d->keyVersion = m_s.m_keys.keyVersion;
    d->signature = crypto::signDetached(*m_s.m_signing, signingBytes(m_s.workbookId(), *d));
    storage::Transaction tx(*m_s.m_db);
    putDevice(*d);
    tx.commit();
    storage::Transaction mine(m_s.m_private->db());
    m_s.m_private->addToOutbox("devices");
    mine.commit();
}

} // namespace tw::workbook::sync
