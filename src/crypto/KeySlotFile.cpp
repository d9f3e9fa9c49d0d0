// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/KeySlotFile.h"

#include "tw/base/AtomicFile.h"
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Random.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace tw::crypto {
namespace {

using nlohmann::json;

constexpr const char* kFormatName = "trustwork-keyslots";
// Version 1 sealed the three keys; version 2 adds the signing seed and a 4-byte key generation.
constexpr std::size_t kKeySetBytesV1 = 3 * kKeyBytes;
constexpr std::size_t kKeySetBytes = 4 * kKeyBytes + 4;
// After those, any number of earlier personal keys (a device that was offline during a rotation
// still holds a store, and change files, sealed under one of them).
constexpr std::size_t kMaxPreviousKeys = 64;

const char* slotTypeName(SlotType type)
{
    return type == SlotType::Passphrase ? "passphrase" : "recovery";
}

[[noreturn]] void damaged(const std::string& detail)
{
    throw Error(ErrorKind::Damaged,
        "The key file of this workbook is damaged (" + detail
            + "). Restore the latest backup, or use trustwork-cli restore.");
}

std::string checksumOf(const json& body)
{
    const std::string text = body.dump();
    std::uint8_t digest[32];
    crypto_generichash(
        digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
    return toHex(digest);
}

// nlohmann's get<int>() casts a JSON float such as 1e300 straight to the integer type, which is
// undefined behaviour (the slot-file fuzzer found it); a damaged file must fail cleanly instead.
template <typename T> T integer(const json& node)
{
    if (node.is_number_unsigned()) {
        const auto value = node.get<std::uint64_t>();
        if (value <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
            return static_cast<T>(value);
        }
    } else if (node.is_number_integer()) {
        const auto value = node.get<std::int64_t>();
        if constexpr (std::numeric_limits<T>::is_signed) {
            if (value >= static_cast<std::int64_t>(std::numeric_limits<T>::min())
                && value <= static_cast<std::int64_t>(std::numeric_limits<T>::max())) {
                return static_cast<T>(value);
            }
        } else if (value >= 0) {
            return static_cast<T>(value);
        }
    }
    damaged("a number field is not a whole number in range");
}

std::vector<std::uint8_t> decode64(const json& node)
{
    auto bytes = fromBase64(node.get<std::string>());
    if (!bytes) {
        damaged("invalid base64");
    }
    return *bytes;
}

// The associated data ties a sealed slot to its workbook, owner and type, so slots cannot be
// swapped between people or workbooks without detection.
std::string slotContext(const std::string& workbookId, const std::string& ownerId, SlotType type)
{
    return std::string("trustwork-slot-v1|") + workbookId + "|" + ownerId + "|" + slotTypeName(type);
}

json slotToJson(const Slot& slot)
{
    return {{"type", slotTypeName(slot.type)},
        {"kdf",
            {{"algorithm", "argon2id13"}, {"opsLimit", slot.kdf.opsLimit}, {"memLimit", slot.kdf.memLimit},
                {"salt", toBase64(slot.salt)}}},
        {"sealed", toBase64(slot.sealed)}};
}

Slot slotFromJson(const json& node)
{
    Slot slot;
    const auto type = node.at("type").get<std::string>();
    if (type != "passphrase" && type != "recovery") {
        damaged("unknown slot type");
    }
    slot.type = type == "passphrase" ? SlotType::Passphrase : SlotType::Recovery;
    const auto& kdf = node.at("kdf");
    if (kdf.at("algorithm").get<std::string>() != "argon2id13") {
        damaged("unknown key-derivation algorithm");
    }
    slot.kdf.opsLimit = integer<std::uint64_t>(kdf.at("opsLimit"));
    slot.kdf.memLimit = integer<std::size_t>(kdf.at("memLimit"));
    slot.salt = decode64(kdf.at("salt"));
    slot.sealed = decode64(node.at("sealed"));
    if (!slot.kdf.plausible() || slot.salt.size() != kSaltBytes) {
        damaged("implausible key-derivation settings");
    }
    return slot;
}

} // namespace

KeySlotFile KeySlotFile::load(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        throw Error(ErrorKind::Io, "No workbook key file at " + path.string() + ".");
    }
    return parse(readFile(path));
}

KeySlotFile KeySlotFile::parse(std::span<const std::uint8_t> bytes)
{
    json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        damaged("not readable as JSON; it may be truncated");
    }
    try {
        if (doc.at("format").get<std::string>() != kFormatName) {
            damaged("not a Trustwork key file");
        }
        const int version = integer<int>(doc.at("version"));
        if (version > kFormatVersion) {
            throw Error(ErrorKind::NewerVersion,
                "This workbook was made by a newer version of Trustwork (key file format " + std::to_string(version)
                    + "). Install the newer version to open it; nothing was changed.");
        }
        if (version < 1) {
            damaged("invalid format version");
        }
        const std::string stored = doc.at("checksum").get<std::string>();
        json body = doc;
        body.erase("checksum");
        if (stored != checksumOf(body)) {
            damaged("checksum mismatch");
        }
        KeySlotFile file;
        file.workbookId = doc.at("workbookId").get<std::string>();
        file.kind = doc.at("kind").get<std::string>();
        file.database.cipherPageSize = integer<int>(doc.at("database").at("cipherPageSize"));
        file.database.cipherCompatibility = integer<int>(doc.at("database").at("cipherCompatibility"));
        for (const auto& owner : doc.at("owners")) {
            SlotOwner o;
            o.id = owner.at("id").get<std::string>();
            o.name = owner.at("name").get<std::string>();
            for (const auto& slot : owner.at("slots")) {
                o.keySlots.push_back(slotFromJson(slot));
            }
            file.owners.push_back(std::move(o));
        }
        return file;
    } catch (const json::exception&) {
        damaged("a required field is missing or has the wrong type");
    }
}

std::vector<std::uint8_t> KeySlotFile::serialise() const
{
    json ownerList = json::array();
    for (const auto& o : owners) {
        json slots = json::array();
        for (const auto& s : o.keySlots) {
            slots.push_back(slotToJson(s));
        }
        ownerList.push_back({{"id", o.id}, {"name", o.name}, {"slots", slots}});
    }
    json doc = {{"format", kFormatName}, {"version", kFormatVersion}, {"workbookId", workbookId}, {"kind", kind},
        {"database",
            {{"cipherPageSize", database.cipherPageSize}, {"cipherCompatibility", database.cipherCompatibility}}},
        {"owners", ownerList}};
    doc["checksum"] = checksumOf(doc);
    const std::string text = doc.dump(2) + "\n";
    return {text.begin(), text.end()};
}

void KeySlotFile::save(const std::filesystem::path& path) const
{
    writeFileAtomically(path, serialise());
}

const SlotOwner* KeySlotFile::findByName(const std::string& name) const
{
    auto it = std::find_if(owners.begin(), owners.end(), [&](const SlotOwner& o) { return o.name == name; });
    return it == owners.end() ? nullptr : &*it;
}

const SlotOwner* KeySlotFile::findById(const std::string& id) const
{
    auto it = std::find_if(owners.begin(), owners.end(), [&](const SlotOwner& o) { return o.id == id; });
    return it == owners.end() ? nullptr : &*it;
}

KeySet KeySlotFile::unlock(const std::string& ownerId, SlotType type, const SecretBytes& secret) const
{
    const SlotOwner* owner = findById(ownerId);
    if (!owner) {
        throw Error(ErrorKind::NotFound, "No such person in this workbook.");
    }
    auto slot
        = std::find_if(owner->keySlots.begin(), owner->keySlots.end(), [&](const Slot& s) { return s.type == type; });
    if (slot == owner->keySlots.end()) {
        throw Error(ErrorKind::WrongSecret,
            type == SlotType::Recovery ? "There is no recovery code for this person."
                                       : "There is no passphrase for this person.");
    }
    const SecretBytes wrapping = deriveKey(secret, slot->salt, slot->kdf);
    auto opened = openSecret(wrapping, slot->sealed, slotContext(workbookId, ownerId, type));
    // The file checksum already passed, so a failure here means the secret is wrong, not the file.
    const bool v2 = opened && opened->size() >= kKeySetBytes && (opened->size() - kKeySetBytes) % kKeyBytes == 0
        && (opened->size() - kKeySetBytes) / kKeyBytes <= kMaxPreviousKeys;
    if (!opened || (!v2 && opened->size() != kKeySetBytesV1)) {
        throw Error(ErrorKind::WrongSecret,
            type == SlotType::Recovery ? "That recovery code is not right. Check each group and try again."
                                       : "That passphrase is not right. Check Caps Lock and try again.");
    }
    KeySet keys;
    keys.databaseKey = SecretBytes(opened->data(), kKeyBytes);
    keys.personalKey = SecretBytes(opened->data() + kKeyBytes, kKeyBytes);
    keys.coupleKey = SecretBytes(opened->data() + 2 * kKeyBytes, kKeyBytes);
    if (v2) {
        for (std::size_t at = kKeySetBytes; at < opened->size(); at += kKeyBytes) {
            keys.previousPersonalKeys.emplace_back(opened->data() + at, kKeyBytes);
        }
        keys.signingSeed = SecretBytes(opened->data() + 3 * kKeyBytes, kKeyBytes);
        const std::uint8_t* v = opened->data() + 4 * kKeyBytes;
        keys.keyVersion = static_cast<std::uint32_t>(v[0]) | (static_cast<std::uint32_t>(v[1]) << 8U)
            | (static_cast<std::uint32_t>(v[2]) << 16U) | (static_cast<std::uint32_t>(v[3]) << 24U);
    }
    return keys;
}

void KeySlotFile::setSlot(
    const std::string& ownerId, SlotType type, const KeySet& keys, const SecretBytes& secret, const KdfParams& params)
{
    auto owner = std::find_if(owners.begin(), owners.end(), [&](const SlotOwner& o) { return o.id == ownerId; });
    if (owner == owners.end()) {
        throw Error(ErrorKind::NotFound, "No such person in this workbook.");
    }
    if (keys.databaseKey.size() != kKeyBytes || keys.personalKey.size() != kKeyBytes
        || keys.coupleKey.size() != kKeyBytes || keys.signingSeed.size() != kKeyBytes) {
        throw Error(ErrorKind::Internal, "Internal error: a key set to be sealed is incomplete.");
    }
    SecretBytes packed(kKeySetBytes + keys.previousPersonalKeys.size() * kKeyBytes);
    for (std::size_t i = 0; i < keys.previousPersonalKeys.size(); ++i) {
        std::copy_n(keys.previousPersonalKeys[i].data(), kKeyBytes, packed.data() + kKeySetBytes + i * kKeyBytes);
    }
    std::copy_n(keys.databaseKey.data(), kKeyBytes, packed.data());
    std::copy_n(keys.personalKey.data(), kKeyBytes, packed.data() + kKeyBytes);
    std::copy_n(keys.coupleKey.data(), kKeyBytes, packed.data() + 2 * kKeyBytes);
    std::copy_n(keys.signingSeed.data(), kKeyBytes, packed.data() + 3 * kKeyBytes);
    std::uint8_t* v = packed.data() + 4 * kKeyBytes;
    for (unsigned i = 0; i < 4; ++i) {
        v[i] = static_cast<std::uint8_t>((keys.keyVersion >> (8U * i)) & 0xFFU);
    }
    Slot slot;
    slot.type = type;
    slot.kdf = params;
    slot.salt = randomBytes(kSaltBytes);
    const SecretBytes wrapping = deriveKey(secret, slot.salt, params);
    slot.sealed = seal(wrapping, packed.bytes(), slotContext(workbookId, ownerId, type));
    std::erase_if(owner->keySlots, [type](const Slot& s) { return s.type == type; });
    owner->keySlots.push_back(std::move(slot));
}

bool KeySlotFile::removeSlot(const std::string& ownerId, SlotType type)
{
    auto owner = std::find_if(owners.begin(), owners.end(), [&](const SlotOwner& o) { return o.id == ownerId; });
    if (owner == owners.end()) {
        return false;
    }
    return std::erase_if(owner->keySlots, [type](const Slot& s) { return s.type == type; }) > 0;
}

const Slot* KeySlotFile::slot(const std::string& ownerId, SlotType type) const
{
    const SlotOwner* owner = findById(ownerId);
    if (!owner) {
        return nullptr;
    }
    auto it
        = std::find_if(owner->keySlots.begin(), owner->keySlots.end(), [&](const Slot& s) { return s.type == type; });
    return it == owner->keySlots.end() ? nullptr : &*it;
}

KeySet KeySet::clone() const
{
    KeySet k{databaseKey.clone(), personalKey.clone(), coupleKey.clone(), signingSeed.clone(), keyVersion, {}};
    for (const auto& p : previousPersonalKeys) {
        k.previousPersonalKeys.push_back(p.clone());
    }
    return k;
}

KeySet KeySet::rotated(std::uint32_t version) const
{
    KeySet k{databaseKey.clone(), SecretBytes::random(kKeyBytes), coupleKey.clone(), SecretBytes::random(kKeyBytes),
        version, {}};
    // The new passphrase may open what the old keys sealed; nothing old opens what the new seal.
    for (const auto& p : previousPersonalKeys) {
        k.previousPersonalKeys.push_back(p.clone());
    }
    if (!personalKey.empty()) {
        k.previousPersonalKeys.push_back(personalKey.clone());
    }
    while (k.previousPersonalKeys.size() > kMaxPreviousKeys) {
        k.previousPersonalKeys.erase(k.previousPersonalKeys.begin());
    }
    return k;
}

KeySet KeySet::forNewPartner() const
{
    return {
        databaseKey.clone(), SecretBytes::random(kKeyBytes), coupleKey.clone(), SecretBytes::random(kKeyBytes), 1, {}};
}

void KeySet::wipe()
{
    databaseKey.wipe();
    personalKey.wipe();
    coupleKey.wipe();
    signingSeed.wipe();
    for (auto& p : previousPersonalKeys) {
        p.wipe();
    }
    previousPersonalKeys.clear();
}

std::string KeySlotFile::addOwner(const std::string& name)
{
    SlotOwner owner;
    owner.id = randomUuid();
    owner.name = name;
    owners.push_back(owner);
    return owner.id;
}

SecretBytes makeRecoveryCode()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    constexpr std::size_t kGroups = 5;
    constexpr std::size_t kGroupLength = 5;
    SecretBytes code(kGroups * kGroupLength + kGroups - 1);
    std::size_t pos = 0;
    for (std::size_t g = 0; g < kGroups; ++g) {
        if (g > 0) {
            code.data()[pos++] = '-';
        }
        for (std::size_t i = 0; i < kGroupLength; ++i) {
            code.data()[pos++] = static_cast<std::uint8_t>(kAlphabet[randombytes_uniform(32)]);
        }
    }
    return code;
}

SecretBytes normaliseRecoveryCode(const SecretBytes& typed)
{
    SecretBytes scratch(typed.size());
    std::size_t length = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        auto c = typed.data()[i];
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<std::uint8_t>(c - 'a' + 'A');
        }
        // Crockford base32 reads the easily confused letters as digits.
        if (c == 'O') {
            c = '0';
        } else if (c == 'I' || c == 'L') {
            c = '1';
        }
        scratch.data()[length++] = c;
    }
    // Re-insert the dashes so the result matches the code exactly as it was sealed.
    SecretBytes out(length + (length > 0 ? (length - 1) / 5 : 0));
    std::size_t pos = 0;
    for (std::size_t i = 0; i < length; ++i) {
        if (i > 0 && i % 5 == 0) {
            out.data()[pos++] = '-';
        }
        out.data()[pos++] = scratch.data()[i];
    }
    return out;
}

} // namespace tw::crypto
