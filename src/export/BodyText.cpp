// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace tw::exporting {
namespace {

using nlohmann::json;

// Bodies are stored with sorted keys, so the order they were written in is lost. These keys lead
// because they say what an entry is about; the bookkeeping ones close it.
constexpr std::array<std::string_view, 9> kFirstKeys
    = {"what", "due", "outcome", "area", "text", "trust", "connected", "situation", "bid"};
constexpr std::array<std::string_view, 3> kLastKeys = {"revision", "withdrawn", "history"};

// Containers whose only job is to group the answers of one exercise; their children read better
// as top-level fields.
bool isGroupingKey(std::string_view key)
{
    return key == "prompts" || key == "items";
}

const workbook::JournalField* fieldOf(const std::vector<workbook::JournalField>& fields, std::string_view key)
{
    const auto it
        = std::find_if(fields.begin(), fields.end(), [&](const workbook::JournalField& f) { return f.id == key; });
    return it != fields.end() ? &*it : nullptr;
}

// The exercise's own order first; then the keys that say what an entry is about; the bookkeeping
// ones last.
int rankOf(std::string_view key, const std::vector<workbook::JournalField>& fields)
{
    if (const auto* field = fieldOf(fields, key)) {
        return static_cast<int>(field - fields.data());
    }
    for (std::size_t i = 0; i < kFirstKeys.size(); ++i) {
        if (kFirstKeys[i] == key) {
            return 10000 + static_cast<int>(i);
        }
    }
    for (std::size_t i = 0; i < kLastKeys.size(); ++i) {
        if (kLastKeys[i] == key) {
            return 30000 + static_cast<int>(i);
        }
    }
    return 20000;
}

std::vector<std::pair<std::string, const json*>> orderedMembers(
    const json& object, const std::vector<workbook::JournalField>& fields)
{
    std::vector<std::pair<std::string, const json*>> members;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().empty() || it.key().front() == '_') {
            continue;
        }
        if (isGroupingKey(it.key()) && it.value().is_object()) {
            for (auto inner = it.value().begin(); inner != it.value().end(); ++inner) {
                members.emplace_back(inner.key(), &inner.value());
            }
        } else {
            members.emplace_back(it.key(), &it.value());
        }
    }
    std::stable_sort(members.begin(), members.end(),
        [&](const auto& a, const auto& b) { return rankOf(a.first, fields) < rankOf(b.first, fields); });
    return members;
}

std::string numberText(const json& value, bool scale)
{
    std::string text;
    if (value.is_number_integer()) {
        text = std::to_string(value.get<long long>());
    } else {
        const double d = value.get<double>();
        text = std::to_string(std::round(d * 10) / 10);
        text.erase(text.find_last_not_of('0') + 1);
        if (!text.empty() && text.back() == '.') {
            text.pop_back();
        }
    }
    return scale ? text + " / 10" : text;
}

class Renderer {
public:
    Renderer(bool scaleNumbers, bool hideRevision, const std::vector<workbook::JournalField>& fields)
        : m_scaleNumbers(scaleNumbers)
        , m_hideRevision(hideRevision)
        , m_fields(fields)
    {
    }

    void member(const std::string& key, const json& value, int depth)
    {
        if (m_hideRevision && key == "revision") {
            return;
        }
        const workbook::JournalField* field = fieldOf(m_fields, key);
        const std::string label = field && !field->label.empty() ? field->label : humanize(key);
        if (value.is_string()) {
            // An agreement's area is a curriculum id ("winding-down"), not the user's words.
            const auto& text = value.get_ref<const std::string&>();
            if (text.empty()) {
                return;
            }
            if (field && field->question) {
                m_lines.push_back({depth, label, ""});
                m_lines.push_back({depth, "", text});
            } else {
                m_lines.push_back({depth, label, key == "area" ? humanize(text) : text});
            }
        } else if (key == "withdrawn" && value.is_boolean() && !value.get<bool>()) {
            return; // only a withdrawal is news
        } else if (value.is_boolean()) {
            m_lines.push_back({depth, label, value.get<bool>() ? "yes" : "no"});
        } else if (value.is_number()) {
            // Only scale fields hold numbers in log, check-in and scale bodies; a revision is a count.
            m_lines.push_back({depth, label, numberText(value, m_scaleNumbers && key != "revision")});
        } else if (value.is_array()) {
            array(label, value, depth);
        } else if (value.is_object()) {
            m_lines.push_back({depth, label, ""});
            object(value, depth + 1);
        }
    }

    void object(const json& value, int depth)
    {
        for (const auto& [key, child] : orderedMembers(value, m_fields)) {
            member(key, *child, depth);
        }
    }

    std::vector<BodyLine> take() { return std::move(m_lines); }

private:
    void array(const std::string& label, const json& value, int depth)
    {
        if (value.empty()) {
            return;
        }
        const bool allStrings = std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); });
        if (allStrings) {
            // Lists of ids (ticked checklist items) read as the items' text, or as words when the
            // exercise is gone; anything else is shown as written.
            std::string joined;
            for (const auto& v : value) {
                const auto& s = v.get_ref<const std::string&>();
                const bool isId = s.find(' ') == std::string::npos && s.find('-') != std::string::npos;
                const workbook::JournalField* item = isId ? fieldOf(m_fields, s) : nullptr;
                joined += (joined.empty() ? "" : "; ") + (item ? item->label : isId ? humanize(s) : s);
            }
            m_lines.push_back({depth, label, joined});
            return;
        }
        m_lines.push_back({depth, label, ""});
        for (const auto& v : value) {
            if (v.is_object()) {
                object(v, depth + 1);
            } else if (v.is_string()) {
                m_lines.push_back({depth + 1, "", v.get<std::string>()});
            } else {
                m_lines.push_back({depth + 1, "", v.dump()});
            }
        }
    }

    bool m_scaleNumbers;
    bool m_hideRevision;
    const std::vector<workbook::JournalField>& m_fields;
    std::vector<BodyLine> m_lines;
};

} // namespace

std::string humanize(std::string_view key)
{
    std::string out;
    out.reserve(key.size() + 4);
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (c == '-' || c == '_' || c == '.') {
            out += ' ';
        } else if (c >= 'A' && c <= 'Z' && i > 0) {
            out += ' ';
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.front() >= 'a' && out.front() <= 'z') {
        out.front() = static_cast<char>(out.front() - 'a' + 'A');
    }
    return out;
}

std::string kindLabel(std::string_view kind)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kLabels = {{
        {"answer", "Answer"},
        {"log", "Log"},
        {"checkin", "Check-in"},
        {"commitment", "Commitment"},
        {"commitment-confirm", "Confirmation of a commitment"},
        {"agreement-item", "Agreement"},
        {"agreement-accept", "Acceptance of an agreement"},
        {"agreement-review", "Agreements review"},
        {"reveal-answer", "Answer, revealed side by side"},
        {"reveal-published", "Answer, shared for the reveal"},
        {"reveal-draft", "Draft of a reveal answer"},
        {"draft", "Draft"},
    }};
    for (const auto& [key, label] : kLabels) {
        if (key == kind) {
            return std::string(label);
        }
    }
    return humanize(kind);
}

std::vector<BodyLine> bodyLines(
    std::string_view kind, const std::string& body, const std::vector<workbook::JournalField>& fields)
{
    const json parsed = json::parse(body, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        if (body.empty()) {
            return {};
        }
        return {{0, "", body}};
    }
    const bool scaleNumbers = kind == "log" || kind == "checkin" || parsed.contains("items");
    // A commitment's revision only counts its owner's edits, for confirmations; in print it is noise.
    Renderer renderer(scaleNumbers, kind == "commitment", fields);
    renderer.object(parsed, 0);
    return renderer.take();
}

} // namespace tw::exporting
