// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: the bytes of one change file, the unit a device publishes into a synced
// folder. Nothing here knows a session; it builds, parses and checks the layout, so that the
// parser can be fuzzed and every flipped or missing byte is named as damage before any key is used.

#include "tw/crypto/SecretBytes.h"
#include "tw/crypto/Signing.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tw::workbook::sync {

/** @brief The plain part of a change file: who wrote it where, and its place in that device's chain. */
struct ChangeHeader {
    int format = 1;
    std::string workbookId;
    std::string deviceId;
    std::string authorId;
    std::int64_t seq = 0; ///< 1 for a device's first file, +1 for each next one
    std::string previousHash; ///< hex digest of the device's previous file, empty for the first
    std::uint32_t keyVersion = 0; ///< generation of the author's signing key that signed the file
    std::int64_t createdAt = 0; ///< the writing device's clock, ms
    bool operator==(const ChangeHeader&) const = default;
};

/**
 * @brief A parsed change file. Layout: magic "TWCHANGE", then four sections each preceded by its
 * length (u32 little-endian): the header (JSON), the author's key slots (a one-owner slot file,
 * already sealed under their passphrase and code), the shared part (sealed under a key derived
 * from the couple key), the private part (sealed under one derived from the author's personal
 * key, padded to a size class); then the author's Ed25519 signature over everything before it.
 */
struct ChangeFile {
    static constexpr int kFormat = 1;
    static constexpr std::size_t kMaxBytes = 256u * 1024u * 1024u;

    ChangeHeader header;
    std::vector<std::uint8_t> headerBytes;
    std::vector<std::uint8_t> slots;
    std::vector<std::uint8_t> sharedSealed;
    std::vector<std::uint8_t> privateSealed;
    std::vector<std::uint8_t> signature;
    std::size_t signedLength = 0; ///< bytes covered by the signature

    /** @brief Parses the layout; throws tw::Error(Damaged) naming what is wrong. Checks no key. */
    static ChangeFile parse(std::span<const std::uint8_t> bytes);

    /** @brief Builds and signs a file; @p privatePlain is padded before sealing. */
    static std::vector<std::uint8_t> build(const ChangeHeader& header, std::span<const std::uint8_t> slots,
        std::span<const std::uint8_t> sharedPlain, std::span<const std::uint8_t> privatePlain,
        const crypto::SecretBytes& coupleKey, const crypto::SecretBytes& personalKey,
        const crypto::SigningKeyPair& signer);

    /** @brief Whether @p publicKey signed @p bytes (the same bytes this was parsed from). */
    [[nodiscard]] bool signedBy(std::span<const std::uint8_t> bytes, std::span<const std::uint8_t> publicKey) const;
    /** @brief The shared part, or nullopt when the couple key does not open it. */
    [[nodiscard]] std::optional<std::vector<std::uint8_t>> openShared(const crypto::SecretBytes& coupleKey) const;
    /** @brief The private part without its padding, or nullopt when @p personalKey does not open it. */
    [[nodiscard]] std::optional<std::vector<std::uint8_t>> openPrivate(const crypto::SecretBytes& personalKey) const;
};

/** @brief "0000000042-0123456789abcdef.twchange": sequence and the start of the file's digest. */
std::string changeFileName(std::int64_t seq, std::span<const std::uint8_t> bytes);
/** @brief The full digest of a file as hex (what the next file names as its previous). */
std::string changeFileHash(std::span<const std::uint8_t> bytes);
/** @brief The sequence in a file name we write, or nullopt for any other name (conflict copies, temp files). */
std::optional<std::int64_t> sequenceOfName(const std::string& name);
/** @brief Whether the digest in @p name matches @p bytes: a file truncated under its final name does not. */
bool nameMatches(const std::string& name, std::span<const std::uint8_t> bytes);

/** @brief The size class of a private part: 4 KiB, then doubling, so its size says little. */
std::size_t paddedSize(std::size_t plainSize);

} // namespace tw::workbook::sync
