// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a partner can get by going around the app: their own keys from their slot, and the entry
// table read directly, as the sqlcipher tool would with the shared database key.

#include "WorkbookFixture.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/crypto/Subkey.h"
#include "tw/storage/Database.h"
#include "tw/storage/Statement.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace tw::test {

struct RawRow {
    std::string id;
    std::string author;
    std::string exerciseId;
    std::string kind;
    std::string visibility;
    std::string parentId;
    std::vector<std::uint8_t> body;
    long long deleted = 0;
};

struct RawView {
    crypto::KeySet keys;
    std::vector<RawRow> rows;
};

inline RawView readRaw(const std::filesystem::path& dir, const std::string& name, const char* passphrase)
{
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    RawView view{slots.unlock(slots.findByName(name)->id, crypto::SlotType::Passphrase, secret(passphrase)), {}};
    storage::Database db(dir / "workbook.db", view.keys.databaseKey, {});
    storage::Statement stmt(db,
        "SELECT id, author, exercise_id, kind, visibility, parent_id, body, deleted FROM entry ORDER BY created_at, "
        "id");
    while (stmt.step()) {
        view.rows.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
            stmt.optionalText(5).value_or(""), stmt.blob(6), stmt.integer(7)});
    }
    return view;
}

/**
 * @brief A partner's own private store, opened with their personal key as the sqlcipher tool would
 * (the key is a crypto_kdf subkey of it, context "twstore1", id 1): the truth for their own rows.
 */
inline storage::Database openPrivateStore(
    const std::filesystem::path& dir, const std::string& name, const char* passphrase)
{
    const auto slots = crypto::KeySlotFile::load(dir / "workbook.keys");
    const auto* owner = slots.findByName(name);
    const auto keys = slots.unlock(owner->id, crypto::SlotType::Passphrase, secret(passphrase));
    return storage::Database(
        dir / "private" / (owner->id + ".db"), crypto::deriveSubkey(keys.personalKey, 1, "twstore1"), {});
}

/** The exact associated data the workbook binds into each row's seal (Session.cpp). */
inline std::string rowContext(const RawRow& r)
{
    return "trustwork-entry-v1|" + r.id + "|" + r.author + "|" + r.exerciseId + "|" + r.kind + "|" + r.visibility + "|"
        + r.parentId;
}

/** Every row plaintext the viewer's own keys open, even knowing the exact associated data. */
inline std::vector<std::string> openableTexts(const RawView& view)
{
    std::vector<std::string> out;
    for (const auto& row : view.rows) {
        for (const auto* key : {&view.keys.personalKey, &view.keys.coupleKey}) {
            if (const auto plain = crypto::open(*key, row.body, rowContext(row))) {
                out.emplace_back(plain->begin(), plain->end());
            }
        }
    }
    return out;
}

inline bool bytesContain(const std::vector<std::uint8_t>& bytes, const std::string& needle)
{
    return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end();
}

/** True if @p needle is in any row body the viewer can open, or in clear in any row body. */
inline bool viewerCanRead(const RawView& view, const std::string& needle)
{
    for (const auto& text : openableTexts(view)) {
        if (text.find(needle) != std::string::npos) {
            return true;
        }
    }
    return std::any_of(
        view.rows.begin(), view.rows.end(), [&](const RawRow& r) { return bytesContain(r.body, needle); });
}

} // namespace tw::test
