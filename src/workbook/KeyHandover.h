// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: a practice's signed hand-over from one key to the next, as it travels
// inside assignments (format 3) and sits in the practice's identity. Not installed.

#include "tw/crypto/Signing.h"
#include "tw/workbook/TherapistTypes.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace tw::workbook::detail {

/** At most this many key changes travel in one assignment; more is not a practice's history. */
constexpr std::size_t kMaxHandovers = 32;

/** {"name", "signPublicKey", "boxPublicKey"}: how a therapist is named inside signed texts. */
nlohmann::json identityToJson(const TherapistIdentity& identity);
/** The reverse, checking sizes; @p what names it in messages. Computes the fingerprint. */
TherapistIdentity identityFromJson(const nlohmann::json& node, const char* what);

/** The earlier key @p fromKeys (public side @p from) signs over to @p to. */
KeyHandover signHandover(const TherapistIdentity& from, const crypto::SigningKeyPair& fromKeys,
    const TherapistIdentity& to, std::int64_t createdAt);

/** {"signed": text, "signature": base64}. */
nlohmann::json handoverToJson(const KeyHandover& handover);
/** Parses one link and checks its signature by its own earlier key; throws InvalidInput. */
KeyHandover handoverFromJson(const nlohmann::json& node);

/**
 * Checks that @p chain is one line of keys ending at @p signer: each link starts where the one
 * before ended, and the last ends at the key that signed the file. Throws InvalidInput.
 */
void checkHandoverChain(const std::vector<KeyHandover>& chain, const TherapistIdentity& signer);

/** The first link of @p chain that starts at the key with @p fingerprint, if there is one. */
std::optional<KeyHandover> handoverFrom(const std::vector<KeyHandover>& chain, const std::string& fingerprint);

} // namespace tw::workbook::detail
