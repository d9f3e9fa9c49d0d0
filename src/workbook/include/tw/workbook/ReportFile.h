// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SealedBox.h"
#include "tw/workbook/TherapistTypes.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace tw::workbook {

/**
 * @brief The .twreport format: one partner's report, readable only by the therapist it is sealed to
 * (docs/therapist-guide.md).
 *
 * The file is JSON: {"format": "trustwork-report", "version": 1, "sealed": base64}. Only format
 * and version are in the clear, so an unknown version is named before decrypting, and the file
 * says nothing about who wrote it or for whom. "sealed" is crypto_box_seal to the therapist's
 * X25519 key of the report contents (JSON), padded to 1 KiB blocks so the size says little about
 * how much was written. Any changed byte fails the Poly1305 tag or the strict envelope checks.
 */
class ReportFile {
public:
    static constexpr const char* kFormat = "trustwork-report";
    static constexpr const char* kContentsFormat = "trustwork-report-contents";
    /** Version 2: signed by the writing partner and naming the client id. Version 1 (unsigned) is refused. */
    static constexpr int kVersion = 2;
    static constexpr std::size_t kMaxBytes = 32U * 1024U * 1024U;

    /**
     * @brief Signs @p report with the writing partner's @p signer key (its chain and workbook are
     * taken from the report's signer fields), seals it to @p boxPublicKey and returns the file bytes.
     */
    static std::vector<std::uint8_t> seal(
        const Report& report, std::span<const std::uint8_t> boxPublicKey, const crypto::SigningKeyPair& signer);

    /**
     * @brief Opens a report with the practice's keys and checks the writer's signature (the key it
     * names; whether that key is the partner's is the practice's pin to decide). Throws
     * tw::Error(InvalidInput): not a report, an unknown or unsigned version (named), "not addressed
     * to this practice or damaged", or a signature that does not verify.
     */
    static Report open(std::span<const std::uint8_t> bytes, const crypto::BoxKeyPair& keys);
    static Report load(const std::filesystem::path& path, const crypto::BoxKeyPair& keys);

    /** @brief The contents as JSON text (what is sealed, and what a practice stores). */
    static std::string contentsJson(const Report& report);
    /** @brief Parses contents; throws tw::Error(InvalidInput) naming the first problem. */
    static Report fromContentsJson(std::string_view text);
};

} // namespace tw::workbook
