// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::workbook {

/** @brief The role a partner chose for this workbook (content-guide.md, "Roles"). */
enum class Role { Hurt, Involved, Mutual };

std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);

enum class Visibility { Private, Shared };
std::string_view visibilityName(Visibility visibility);

/**
 * Kind of the entry that holds the answers to questions the curriculum marks as never shared
 * ("private": true, such as "My local help numbers"). The page promises that the partner never
 * reads them and that no report carries them, so the workbook layer keeps that promise itself:
 * such an entry cannot be shared, and reports do not offer it, whatever a window or tool asks.
 */
inline constexpr const char* kNeverSharedKind = "answer-private";

struct PartnerInfo {
    std::string id;
    std::string name;
    Role role = Role::Mutual;
};

struct NewPartner {
    std::string name;
    Role role = Role::Mutual;
    crypto::SecretBytes passphrase;
    /**
     * Optional: a recovery code already shown to this partner alone (the set-up wizard shows each
     * partner's code on their own page before the workbook exists). Without one, the partner is
     * given a code of their own in their first session.
     */
    crypto::SecretBytes recoveryCode;
};

/** @brief A decrypted entry the active partner may read. Body text is the user's own words. */
struct Entry {
    std::string id;
    std::string authorId;
    std::string exerciseId;
    std::string kind;
    Visibility visibility = Visibility::Private;
    std::string parentId;
    std::string body;
    std::int64_t createdAt = 0; ///< milliseconds since the epoch, UTC
    std::int64_t updatedAt = 0;
};

struct NewEntry {
    std::string exerciseId;
    std::string kind = "answer";
    Visibility visibility = Visibility::Private;
    std::string parentId;
    std::string body;
    /**
     * Empty for a random id. Kinds a partner has at most one of (safety check, reveal answer, an
     * acceptance) pass Session::stableId(), so two of their devices offline write one row, not two.
     */
    std::string id;
};

/** @brief One generation of a partner's signing key, signed by the generation before (by itself for the first). */
struct SigningKeyLink {
    std::uint32_t version = 0;
    std::vector<std::uint8_t> publicKey;
    std::vector<std::uint8_t> signature;
};

/** @brief Which entries to list; empty fields match everything. */
struct EntryFilter {
    std::string exerciseId;
    std::string kind;
    std::string parentId;
    std::string authorId;
    /// Only shared entries (the other partner's readable rows, or mine that I shared).
    bool sharedOnly = false;
    /// Newest first (by created_at) instead of oldest first; with @ref limit, the newest few.
    bool newestFirst = false;
    /// At most this many entries; 0 for all. Rows past the limit are never decrypted.
    int limit = 0;
    /// Only the entry with this id (one primary-key probe; nothing else is decrypted).
    std::string id;
    /// Of my own rows, only those that may still await an outcome (a commitment not yet marked
    /// kept or missed), found through a small index. A hint that can only include too much: the
    /// caller still reads each row's outcome. The other partner's rows are not narrowed by it.
    bool awaitingOnly = false;
};

} // namespace tw::workbook
