// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceSupport.h"

#include "tw/base/Error.h"

#include <algorithm>

namespace tw::workbook::detail {

nlohmann::json parseInput(const std::string& text, const char* what)
{
    nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
        throw Error(ErrorKind::Usage, std::string(what) + " must be a JSON object.");
    }
    if (value.contains(kPadKey)) {
        throw Error(ErrorKind::Usage, std::string(what) + " uses the reserved key \"" + kPadKey + "\".");
    }
    return value;
}

nlohmann::json parseStored(const std::string& body)
{
    nlohmann::json value = nlohmann::json::parse(body, nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
        // The row opened with its key, so it was written by Trustwork: a body that is not JSON is a
        // bug or a foreign writer, and guessing at it could show the wrong words.
        throw Error(ErrorKind::Damaged, "An exercise entry has an unreadable body. Restore the latest backup.");
    }
    value.erase(kPadKey);
    return value;
}

std::string dump(const nlohmann::json& value)
{
    try {
        return value.dump();
    } catch (const nlohmann::json::type_error&) {
        throw Error(ErrorKind::Usage, "The text is not valid UTF-8 and was not saved.");
    }
}

std::string encode(nlohmann::json body, Visibility visibility, std::size_t minBucket)
{
    if (visibility == Visibility::Shared) {
        return dump(body);
    }
    body[kPadKey] = "";
    const std::string bare = dump(body);
    std::size_t target = std::max<std::size_t>(minBucket, 1);
    while (target < bare.size()) {
        target *= 2;
    }
    // Spaces need no escaping, so each one adds exactly one byte to the serialised object.
    body[kPadKey] = std::string(target - bare.size(), ' ');
    return dump(body);
}

std::optional<Entry> latest(const std::vector<Entry>& entries)
{
    const auto it = std::max_element(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.updatedAt != b.updatedAt) {
            return a.updatedAt < b.updatedAt;
        }
        if (a.createdAt != b.createdAt) {
            return a.createdAt < b.createdAt;
        }
        return a.id < b.id;
    });
    if (it == entries.end()) {
        return std::nullopt;
    }
    return *it;
}

std::string stringAt(const nlohmann::json& body, const char* key)
{
    const auto it = body.find(key);
    if (it == body.end() || !it->is_string()) {
        throw Error(ErrorKind::Damaged, "An exercise entry is missing a field. Restore the latest backup.");
    }
    return it->get<std::string>();
}

void requireText(const std::string& text, const char* message)
{
    if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; })) {
        throw Error(ErrorKind::Usage, message);
    }
}

} // namespace tw::workbook::detail
