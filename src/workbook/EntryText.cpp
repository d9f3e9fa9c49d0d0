// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryText.h"

#include "ServiceSupport.h"
#include "tw/workbook/AgreementService.h"
#include "tw/workbook/EntryService.h"
#include "tw/workbook/ProgressService.h"
#include "tw/workbook/RevealService.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

namespace tw::workbook::detail {
namespace {

using nlohmann::json;

// Kinds the app writes from src/app (FieldForm and RevealEditor drafts); named here because the
// workbook layer cannot include the app's headers.
constexpr std::array<std::string_view, 2> kDraftKinds = {"draft", "reveal-draft"};
// FieldForm pads its drafts under "pad"; the services use kPadKey.
constexpr std::array<std::string_view, 2> kPadKeys = {kPadKey, "pad"};

bool isPadKey(const std::string& key)
{
    for (const auto pad : kPadKeys) {
        if (key == pad) {
            return true;
        }
    }
    return false;
}

void collectStrings(const json& value, std::string& out)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (!text.empty()) {
            out += text;
            out += '\n';
        }
    } else if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!isPadKey(it.key())) {
                collectStrings(it.value(), out);
            }
        }
    } else if (value.is_array()) {
        for (const auto& item : value) {
            collectStrings(item, out);
        }
    }
}

} // namespace

bool isInternalRow(const Entry& entry, const std::string& myId)
{
    const std::string& kind = entry.kind;
    for (const auto draft : kDraftKinds) {
        if (kind == draft) {
            return true;
        }
    }
    return kind == ProgressService::kKind || kind == ProgressService::kPrivateKind || kind == EntryService::kConfirmKind
        || kind == AgreementService::kAcceptKind || (kind == RevealService::kPublishedKind && entry.authorId == myId);
}

std::string withoutPadding(const std::string& body)
{
    json value = json::parse(body, nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
        return body;
    }
    bool padded = false;
    for (const auto pad : kPadKeys) {
        padded = value.erase(std::string(pad)) > 0 || padded;
    }
    return padded ? value.dump(-1, ' ', false, json::error_handler_t::replace) : body;
}

std::string searchableText(const std::string& body)
{
    const json value = json::parse(body, nullptr, false);
    if (!value.is_object() && !value.is_array()) {
        return body; // plain text (as `trustwork-cli entry add` stores it), even text like "42"
    }
    std::string out;
    collectStrings(value, out);
    return out;
}

} // namespace tw::workbook::detail
