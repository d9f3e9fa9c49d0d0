// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: what one unlocked session puts into a change file and takes out of one.
// The folder, file names and ordering are SyncFolder's business; this class only knows rows.

#include "../store/PrivateStore.h"
#include "ChangeFile.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tw::workbook {
class Session;
}

namespace tw::workbook::sync {

/** @brief What became of one change file. */
enum class Applied {
    Applied, ///< its rows were taken in (or were already there)
    Ignored, ///< written by a removed device after its removal
    PrivateLater, ///< its shared part is in; its private part needs a newer key of mine (a passphrase change elsewhere)
};

struct ApplyResult {
    Applied result = Applied::Applied;
    std::int64_t createdAt = 0; ///< the writing device's clock, for "its clock is off"
};

/** @brief A device of the workbook as its owner signed it. */
struct DeviceRecord {
    std::string id;
    std::string authorId;
    std::string name;
    bool removed = false;
    std::int64_t removedAfter = 0; ///< files of this device with a higher sequence are ignored
    std::string hlc;
    std::uint32_t keyVersion = 0;
    std::vector<std::uint8_t> signature;
};

class Replica {
public:
    explicit Replica(Session& session);

    /** @brief This device's id, made (random) on first use and kept in the shared database's meta. */
    std::string deviceId();
    /** @brief Gives this device a new id (a clone was found using the old one). */
    std::string takeNewDeviceId();

    /** @brief Whether this device wrote the file called @p name. */
    [[nodiscard]] bool wrote(const std::string& name);
    [[nodiscard]] bool hasDeviceRecord();
    [[nodiscard]] std::vector<std::string> entriesWithOtherVersions();
    [[nodiscard]] std::vector<store::OtherVersion> otherVersions(const std::string& entryId);
    void dropOtherVersions(const std::string& entryId);
    /** @brief Whether I published from this device before (into any folder). */
    [[nodiscard]] bool hasPublished();
    /** @brief Whether anything of mine awaits publishing (always true before the first publish). */
    [[nodiscard]] bool hasChanges();
    /**
     * @brief The bytes of my next change file with everything since the last one (or everything
     * I have, the first time). @p upTo receives the outbox position it covers.
     */
    std::vector<std::uint8_t> buildChange(const ChangeHeader& header, std::int64_t& upTo);
    /** @brief After the file is safely in the folder: clears the outbox up to @p upTo and records the file. */
    void markPublished(const std::string& name, const std::string& hash, std::int64_t seq, std::int64_t upTo);

    /** @brief Whether this device already took in all of @p name that it can. */
    [[nodiscard]] bool alreadyImported(const std::string& name);
    /**
     * @brief Takes in one change file: checks its signature against the author's key chain, then
     * merges its shared rows (last writer by clock, tombstones kept) in one transaction, and its
     * private rows when I am the author (version vectors, both versions kept when concurrent).
     * @p folderDevice is the device folder it lies in, which its header must name. Throws
     * tw::Error(Damaged) for a file that fails any check; nothing of it is then used.
     */
    ApplyResult apply(const std::string& name, std::span<const std::uint8_t> bytes, const std::string& folderDevice);
    /**
     * @brief Takes in only the device records of a file (checked as apply() checks them), so that
     * a removal is known before any file of the removed device, whatever order they came in.
     */
    void takeDeviceRecords(std::span<const std::uint8_t> bytes);
    /** @brief True when an imported slot record replaced my own: my passphrase was changed on another device. */
    [[nodiscard]] bool myPassphraseChangedElsewhere() const { return m_myslotReplaced; }

    [[nodiscard]] std::vector<DeviceRecord> devices();
    /** @brief Signs and records that one of my devices is gone; its later files are ignored. */
    void removeDevice(const std::string& id);
    /** @brief The highest sequence recorded for @p deviceId, and that file's hash. */
    [[nodiscard]] std::pair<std::int64_t, std::string> lastRecorded(const std::string& deviceId);
    /** @brief Newest file time (the writer's clock, ms) seen from @p deviceId, 0 if none. */
    [[nodiscard]] std::int64_t lastChangeAt(const std::string& deviceId);
    /** @brief Names this device for both partners' lists (sealed with the shared part). */
    void nameThisDevice(const std::string& name);

private:
    void applyShared(const ChangeFile& file, std::span<const std::uint8_t> bytes,
        const std::vector<std::uint8_t>& plain, const std::string& name);
    void applyPrivate(const std::vector<std::uint8_t>& plain, const std::string& fromDevice);
    void putDevice(const DeviceRecord& d);
    /** @brief The device records of a shared part signed by @p authorId with a key of @p chain, newer ones kept. */
    void takeDevices(
        const nlohmann::json& list, const std::string& authorId, const std::vector<store::PartnerKey>& chain);
    [[nodiscard]] std::optional<DeviceRecord> device(const std::string& id);

    Session& m_s;
    bool m_myslotReplaced = false;
};

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const DeviceRecord& device);
/** @brief Adds the partners a shared part lists (id, name, role, ...) that @p db lacks. Throws json errors. */
void insertPartners(storage::Database& db, const nlohmann::json& list);
/** @brief The key records a shared part offers, by partner, oldest generation first. Throws json errors. */
std::map<std::string, std::vector<store::PartnerKey>> offeredKeys(const nlohmann::json& list);

} // namespace tw::workbook::sync
