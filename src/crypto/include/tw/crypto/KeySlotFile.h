// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/Kdf.h"
#include "tw/crypto/SecretBytes.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tw::crypto {

/**
 * @brief The keys one partner's slot unlocks. The database and couple keys are the couple's; the
 * personal key (the private store, the sealed head) and the signing seed are this partner's alone
 * and are replaced together, as generation @ref keyVersion, on every passphrase change or recovery.
 */
struct KeySet {
    SecretBytes databaseKey;
    SecretBytes personalKey;
    SecretBytes coupleKey;
    /** @brief Ed25519 seed of this partner's signing key; empty in a version-1 slot (upgraded at unlock). */
    SecretBytes signingSeed;
    /** @brief Generation of the personal key and signing seed: 1 at creation, +1 at each rotation. */
    std::uint32_t keyVersion = 1;
    /**
     * @brief Personal keys of earlier generations, oldest first: what another device of this
     * partner sealed before it learnt of a rotation still opens for the new passphrase.
     */
    std::vector<SecretBytes> previousPersonalKeys;

    [[nodiscard]] KeySet clone() const;
    /** @brief The same couple keys with a fresh personal key and signing seed of generation @p version. */
    [[nodiscard]] KeySet rotated(std::uint32_t version) const;
    /** @brief Fresh keys for a new partner of an existing couple (their own personal key and seed). */
    [[nodiscard]] KeySet forNewPartner() const;
    void wipe();
};

enum class SlotType { Passphrase, Recovery };

struct Slot {
    SlotType type = SlotType::Passphrase;
    KdfParams kdf;
    std::vector<std::uint8_t> salt;
    std::vector<std::uint8_t> sealed;
};

/** @brief One person in the slot file. Only the display name is stored in plain text. */
struct SlotOwner {
    std::string id;
    std::string name;
    std::vector<Slot> keySlots; // not "slots": that is a Qt macro in the app layer
};

/** @brief SQLCipher settings recorded beside the keys so any later library opens the file the same way. */
struct DatabaseSettings {
    int cipherPageSize = 4096;
    int cipherCompatibility = 3;
};

/**
 * @brief The key-slot file beside a workbook: per partner, the database key, their personal key
 * and the couple key, sealed under their passphrase (and separately under a recovery code).
 * The file carries a checksum so that damage is reported as damage, never as a wrong passphrase.
 */
class KeySlotFile {
public:
    /**
     * Version 2 seals a signing seed and key generation beside the three keys. Version 1 files are
     * read (their slots give keys without a seed, which the workbook layer upgrades at unlock).
     */
    static constexpr int kFormatVersion = 2;

    /** @brief Reads and checks a slot file; throws tw::Error (Io, Damaged, NewerVersion). */
    static KeySlotFile load(const std::filesystem::path& path);
    /** @brief Parses bytes (for fuzzing and backups); throws as load(). */
    static KeySlotFile parse(std::span<const std::uint8_t> bytes);
    [[nodiscard]] std::vector<std::uint8_t> serialise() const;
    /** @brief Writes atomically (temp file, fsync, rename, fsync directory). */
    void save(const std::filesystem::path& path) const;

    std::string workbookId;
    std::string kind = "couple"; ///< "couple" or "practice"
    DatabaseSettings database;
    std::vector<SlotOwner> owners;

    [[nodiscard]] const SlotOwner* findByName(const std::string& name) const;
    [[nodiscard]] const SlotOwner* findById(const std::string& id) const;

    /** @brief Unseals the keys of @p ownerId with a passphrase or recovery code; throws WrongSecret. */
    [[nodiscard]] KeySet unlock(const std::string& ownerId, SlotType type, const SecretBytes& secret) const;
    /** @brief Seals @p keys for @p ownerId under @p secret, replacing any slot of that type. */
    void setSlot(const std::string& ownerId, SlotType type, const KeySet& keys, const SecretBytes& secret,
        const KdfParams& params);
    /** @brief Removes a slot (a recovery slot whose keys were rotated away); true if there was one. */
    bool removeSlot(const std::string& ownerId, SlotType type);
    /** @brief The slot of that type, if the owner has one. */
    [[nodiscard]] const Slot* slot(const std::string& ownerId, SlotType type) const;
    /** @brief Adds a new owner without slots; returns its id. */
    std::string addOwner(const std::string& name);
};

/** @brief A fresh recovery code: 25 characters of Crockford base32 in five groups (125 bits). */
SecretBytes makeRecoveryCode();
/** @brief Upper-cases and strips spaces and dashes so a code typed by hand still matches. */
SecretBytes normaliseRecoveryCode(const SecretBytes& typed);

} // namespace tw::crypto
