// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/Signing.h"
#include "tw/workbook/TherapistTypes.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace tw::workbook {

/**
 * @brief The .twassign format: a therapist's signed assignment (docs/therapist-guide.md).
 *
 * The file is JSON: {"format", "version", "signed", "signature"}. "signed" is a string holding the
 * assignment itself as compact JSON (format, version, id, created, therapist name and public keys,
 * client label, items, note, optional pack); "signature" is a detached Ed25519 signature of exactly
 * those bytes by the key named inside them. Signing a string's bytes needs no JSON
 * canonicalisation, and since every field is inside it nothing outside can change what it means.
 * Readers also insist that the whole file is byte for byte what Trustwork writes.
 */
class AssignmentFile {
public:
    static constexpr const char* kFormat = "trustwork-assignment";
    /**
     * Version 2 adds the client's id inside the signature; version 3 the practice's signed key
     * changes (written only when there are some). Versions 1 and 2 are still read.
     */
    static constexpr int kVersion = 3;
    /** @brief Larger files are refused before parsing (an embedded pack is the only big part). */
    static constexpr std::size_t kMaxBytes = 4U * 1024U * 1024U;
    static constexpr std::size_t kMaxItems = 200;
    static constexpr std::size_t kMaxNote = 8000;

    /** @brief Serialises and signs; throws Usage for a draft that breaks the limits above. */
    static std::vector<std::uint8_t> write(const Assignment& assignment, const crypto::SigningKeyPair& keys);

    /**
     * @brief Parses and verifies; the result's therapist fingerprint is computed from the keys.
     * Throws tw::Error(InvalidInput) with a specific message for anything else: not JSON, another
     * format, an unknown version (named), a bad or missing signature, or invalid fields.
     */
    static Assignment read(std::span<const std::uint8_t> bytes);

    /** @brief read() of a file, refusing files over kMaxBytes before reading them. */
    static Assignment load(const std::filesystem::path& path);

    /** @brief The signed text of an assignment (what the signature covers); kept with imported ones. */
    static std::string signedText(const Assignment& assignment);

    /** @brief Whether @p signature is the therapist's (named inside @p text) over exactly @p text. */
    [[nodiscard]] static bool verifySignedText(const std::string& text, std::span<const std::uint8_t> signature);
    /** @brief Parses signed text without any signature check; for rows already verified on import. */
    static Assignment fromSignedText(const std::string& text);

private:
    static Assignment readChecked(std::span<const std::uint8_t> bytes);
};

/** @brief Whether @p text is a calendar day written "YYYY-MM-DD". */
bool isCalendarDay(const std::string& text);

} // namespace tw::workbook
