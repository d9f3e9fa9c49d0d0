// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"
#include "tw/workbook/Workbook.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tw::workbook {

class Session;

/** @brief What one sync did, for the status line and the CLI. */
struct SyncReport {
    int imported = 0; ///< change files taken in
    int ignored = 0; ///< files of removed devices
    bool published = false; ///< this device wrote a change file
    std::vector<std::string> damaged; ///< change files (relative paths) that failed a check; nothing of them used
    std::map<std::string, int> waitingFor; ///< device name -> files known to exist (by sequence) but not here yet
    std::vector<std::string> clockOff; ///< names of devices whose clock is more than a day ahead of this one's
    bool passphraseChangedElsewhere = false; ///< unlock again with the new passphrase to finish
    bool tookNewDeviceId = false; ///< a cloned computer was found using this device's id
    std::string deviceId;
};

/** @brief The other side of two edits of one of my entries made at once on two of my devices. */
struct OtherVersion {
    std::string device; ///< the device it came from, as named in the device list (or its id)
    std::string body;
    std::int64_t updatedAt = 0;
};

/** @brief What to do with an entry that has another version. */
enum class Resolution {
    KeepMine, ///< the entry stays as it is; the other version is dropped
    UseOther, ///< the entry takes the other version's text
    KeepBoth, ///< the other version becomes an entry of its own (private), beside this one
};

/** @brief A device of the workbook as shown in Settings and by `device list`. */
struct SyncDevice {
    std::string id;
    std::string ownerName;
    std::string name;
    bool removed = false;
    bool thisDevice = false;
    std::int64_t lastChangeAt = 0; ///< ms, the writer's clock; 0 before its first change file
};

/**
 * @brief A folder that a sync tool (Syncthing, a cloud drive, a USB stick) keeps in step between
 * devices. The live workbook never lives in it: each device publishes its changes as immutable,
 * signed change files under devices/<its id>/ and takes in everyone else's.
 */
class SyncFolder {
public:
    static constexpr const char* kFormatFile = "trustwork-sync.json";

    explicit SyncFolder(std::filesystem::path folder);

    /**
     * @brief Told how far an import has come: after each new change file, how many of how many
     * (first 0 of N). Called on the thread that syncs; a window polls it rather than being called.
     */
    using Progress = std::function<void(std::size_t done, std::size_t total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /** @brief Takes in every change file not seen yet, then publishes this device's changes. */
    SyncReport sync(Session& session);
    SyncReport importChanges(Session& session);
    /** @brief Writes one change file with this device's unpublished changes, if it has any. */
    void publish(Session& session, SyncReport& report);

    /**
     * @brief Makes @p dataDir (empty or missing) a new device of the workbook published in this
     * folder, for the partner called @p name; returns the unlocked session after a first sync.
     * Throws WrongSecret, NotFound (no such name), InvalidInput (not a sync folder).
     */
    std::unique_ptr<Session> join(const std::filesystem::path& dataDir, const std::string& name,
        const crypto::SecretBytes& passphrase, const Options& options = {});

    /**
     * @brief Without a sync tool: writes every change file of this folder (and its format file)
     * into one .twsync file, for a USB stick or an e-mail to oneself. Returns how many it holds.
     */
    int exportBundle(const std::filesystem::path& output);
    /**
     * @brief Puts the change files of a .twsync file into this folder (never overwriting one that
     * is there) and takes them in with sync(). Throws InvalidInput for a file that is not a bundle.
     */
    SyncReport importBundle(Session& session, const std::filesystem::path& input);

    static std::vector<SyncDevice> devices(Session& session);
    static void removeDevice(Session& session, const std::string& id);
    /** @brief The ids of entries of mine with another version from a concurrent edit on another device. */
    static std::vector<std::string> entriesWithOtherVersions(Session& session);
    static std::vector<OtherVersion> otherVersions(Session& session, const std::string& entryId);
    /** @brief "Keep mine", "use that one" or "keep both" for every other version of one of my entries. */
    static void resolve(Session& session, const std::string& entryId, Resolution resolution);

    /**
     * @brief Refuses a data directory inside a folder that a sync tool manages (Syncthing's
     * .stfolder, Dropbox, Nextcloud and ownCloud markers): the tool would copy the live database
     * and its journal apart. Throws Usage naming the marker found.
     */
    static void refuseManagedDataDir(const std::filesystem::path& dataDir);

private:
    /** @brief Checks the format file (creating it for @p session if the folder is new). */
    void prepare(Session* session);

    std::filesystem::path m_folder;
    Progress m_progress;
};

} // namespace tw::workbook
