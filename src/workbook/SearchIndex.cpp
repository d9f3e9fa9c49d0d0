// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/SearchIndex.h"

#include "EntryText.h"

#include <sodium.h>

#include <algorithm>

namespace tw::workbook {
namespace {

// Bytes of context kept on each side of the first match in a snippet.
constexpr std::size_t kSnippetContext = 60;

char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string folded(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), foldAscii);
    return out;
}

std::vector<std::string> words(std::string_view query)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < query.size()) {
        while (i < query.size() && (query[i] == ' ' || query[i] == '\t' || query[i] == '\n' || query[i] == '\r')) {
            ++i;
        }
        std::size_t end = i;
        while (
            end < query.size() && query[end] != ' ' && query[end] != '\t' && query[end] != '\n' && query[end] != '\r') {
            ++end;
        }
        if (end > i) {
            out.push_back(folded(query.substr(i, end - i)));
        }
        i = end;
    }
    return out;
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A few words around the match: cut at UTF-8 character starts, widened to whole words when a space
// is near, on one line.
std::string snippetAround(const std::string& text, std::size_t at, std::size_t length)
{
    // Trailing line breaks between collected values are not text worth an ellipsis.
    const std::size_t size = text.find_last_not_of(" \n\r\t") + 1;
    std::size_t begin = at > kSnippetContext ? at - kSnippetContext : 0;
    std::size_t end = std::min(size, at + length + kSnippetContext);
    while (begin > 0 && isContinuationByte(text[begin])) {
        --begin;
    }
    while (end < size && isContinuationByte(text[end])) {
        ++end;
    }
    if (begin > 0) {
        const auto space = text.find_first_of(" \n", begin);
        if (space != std::string::npos && space < at) {
            begin = space + 1;
        }
    }
    if (end < size) {
        const auto space = text.find_last_of(" \n", end);
        if (space != std::string::npos && space > at + length) {
            end = space;
        }
    }
    std::string line;
    for (std::size_t i = begin; i < end; ++i) {
        line += text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i];
    }
    const auto first = line.find_first_not_of(' ');
    line = first == std::string::npos ? std::string() : line.substr(first, line.find_last_not_of(' ') - first + 1);
    const char* ellipsis = "\xE2\x80\xA6";
    return (begin > 0 ? ellipsis : "") + line + (end < size ? ellipsis : "");
}

void wipe(std::string& s)
{
    if (!s.empty()) {
        sodium_memzero(s.data(), s.size());
    }
    s.clear();
}

} // namespace

SearchIndex::~SearchIndex()
{
    clear();
}

void SearchIndex::clear()
{
    for (auto& item : m_items) {
        wipe(item.text);
        wipe(item.folded);
    }
    m_items.clear();
}

void SearchIndex::reload(const Session& session)
{
    clear();
    const std::string& me = session.me().id;
    auto entries = session.entries();
    m_items.reserve(entries.size());
    for (auto& e : entries) {
        if (!detail::isInternalRow(e, me)) {
            Item item;
            item.text = detail::searchableText(e.body);
            if (!item.text.empty()) {
                item.folded = folded(item.text);
                item.meta = {e.id, e.exerciseId, e.kind, e.authorId, e.visibility, e.createdAt, {}};
                m_items.push_back(std::move(item));
            }
        }
        wipe(e.body);
    }
    // Newest first once here, so find() can stop at its limit.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
        return a.meta.createdAt != b.meta.createdAt ? a.meta.createdAt > b.meta.createdAt
                                                    : a.meta.entryId > b.meta.entryId;
    });
}

std::vector<SearchHit> SearchIndex::find(std::string_view query, std::size_t limit) const
{
    const auto needles = words(query);
    std::vector<SearchHit> hits;
    if (needles.empty()) {
        return hits;
    }
    for (const auto& item : m_items) {
        if (hits.size() >= limit) {
            break;
        }
        std::size_t firstAt = std::string::npos;
        bool all = true;
        for (const auto& needle : needles) {
            const auto at = item.folded.find(needle);
            if (at == std::string::npos) {
                all = false;
                break;
            }
            if (&needle == &needles.front()) {
                firstAt = at;
            }
        }
        if (all) {
            SearchHit hit = item.meta;
            hit.snippet = snippetAround(item.text, firstAt, needles.front().size());
            hits.push_back(std::move(hit));
        }
    }
    return hits;
}

} // namespace tw::workbook
