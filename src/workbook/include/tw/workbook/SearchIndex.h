// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Session.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tw::workbook {

struct SearchHit {
    std::string entryId;
    std::string exerciseId;
    std::string kind;
    std::string authorId;
    Visibility visibility = Visibility::Private;
    std::int64_t createdAt = 0;
    std::string snippet; ///< a few words around the first match, UTF-8 safe
};

/**
 * @brief Search over what the active partner may read (their own entries and shared ones),
 * decrypted once into memory by reload() and never written anywhere (design.md: no plaintext index
 * on disk). The text searched is every string value inside an entry's JSON body (or the body
 * itself when it is not JSON). Matching is case-insensitive for ASCII and exact for other
 * characters; every word of the query must occur. clear() wipes the texts (call it on lock).
 */
class SearchIndex {
public:
    SearchIndex() = default;
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    void reload(const Session& session);
    void clear();
    [[nodiscard]] std::size_t size() const { return m_items.size(); }

    /** @brief Newest first, at most @p limit hits. Internal kinds (progress markers) never match. */
    [[nodiscard]] std::vector<SearchHit> find(std::string_view query, std::size_t limit = 200) const;

private:
    struct Item {
        SearchHit meta;
        std::string text; ///< searchable text, as written
        std::string folded; ///< ASCII-lowercased copy of text
    };
    std::vector<Item> m_items;
};

} // namespace tw::workbook
