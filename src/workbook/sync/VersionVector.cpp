// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionVector.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tw::workbook::sync {

VersionVector parseVector(const std::string& text)
{
    VersionVector v;
    const auto node = nlohmann::json::parse(text, nullptr, false);
    if (!node.is_object()) {
        return v;
    }
    for (const auto& [device, count] : node.items()) {
        if (count.is_number_integer() && count.get<std::int64_t>() > 0) {
            v[device] = count.get<std::int64_t>();
        }
    }
    return v;
}

std::string toText(const VersionVector& v)
{
    nlohmann::json node = nlohmann::json::object();
    for (const auto& [device, count] : v) {
        node[device] = count;
    }
    return node.dump();
}

Order compare(const VersionVector& a, const VersionVector& b)
{
    bool aAhead = false;
    bool bAhead = false;
    auto countIn = [](const VersionVector& v, const std::string& k) {
        const auto it = v.find(k);
        return it == v.end() ? std::int64_t{0} : it->second;
    };
    for (const auto& [k, n] : a) {
        aAhead = aAhead || n > countIn(b, k);
        bAhead = bAhead || n < countIn(b, k);
    }
    for (const auto& [k, n] : b) {
        bAhead = bAhead || n > countIn(a, k);
    }
    if (aAhead && bAhead) {
        return Order::Concurrent;
    }
    return aAhead ? Order::After : (bAhead ? Order::Before : Order::Same);
}

VersionVector merged(const VersionVector& a, const VersionVector& b)
{
    VersionVector out = a;
    for (const auto& [k, n] : b) {
        out[k] = std::max(out[k], n);
    }
    return out;
}

std::string bumped(const std::string& text, const std::string& device)
{
    auto v = parseVector(text);
    ++v[device];
    return toText(v);
}

} // namespace tw::workbook::sync
