// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/ReportFile.h"

#include "TherapistSupport.h"
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/workbook/AssignmentFile.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cmath>

namespace tw::workbook {
namespace {

using nlohmann::json;

constexpr const char* kFileWhat = "The report file";
constexpr std::size_t kPadBlock = 1024;
constexpr std::size_t kMaxText = 1024U * 1024U;
constexpr std::size_t kMaxShort = 200;
constexpr std::size_t kMaxList = 20000;
// What a writer's signature covers: this domain, then the contents text exactly.
const std::string kSignedDomain = "trustwork-report-v2\n";

[[noreturn]] void invalidContents(const std::string& detail)
{
    throw Error(ErrorKind::InvalidInput, "The report's contents are invalid: " + detail + ".");
}

json entryToJson(const ReportEntry& e)
{
    json node = {{"id", e.id}, {"exerciseId", e.exerciseId}, {"kind", e.kind}, {"visibility", e.visibility},
        {"created", e.createdAt}, {"updated", e.updatedAt}};
    if (e.structured) {
        node["content"] = json::parse(e.text);
    } else {
        node["text"] = e.text;
    }
    return node;
}

std::int64_t integerAt(const json& node, const char* key, const char* what)
{
    const auto it = node.find(key);
    if (it == node.end() || !it->is_number_integer()) {
        invalidContents(std::string(what) + " has no whole number \"" + key + "\"");
    }
    return it->get<std::int64_t>();
}

bool boolAt(const json& node, const char* key)
{
    const auto it = node.find(key);
    if (it == node.end() || !it->is_boolean()) {
        invalidContents(std::string("\"") + key + "\" is not true or false");
    }
    return it->get<bool>();
}

const json& listAt(const json& node, const char* key)
{
    const auto it = node.find(key);
    if (it == node.end() || !it->is_array() || it->size() > kMaxList) {
        invalidContents(std::string("\"") + key + "\" is not a list of reasonable length");
    }
    return *it;
}

const json& objectIn(const json& list, std::size_t i, const char* what)
{
    if (!list[i].is_object()) {
        invalidContents(std::string(what) + " " + std::to_string(i + 1) + " is not an object");
    }
    return list[i];
}

ReportEntry entryFromJson(const json& node, const char* expectedVisibility)
{
    ReportEntry e;
    e.id = detail::boundedString(node, "id", kMaxShort, "An entry's id", false);
    e.exerciseId = detail::boundedString(node, "exerciseId", kMaxShort, "An entry's exercise id");
    e.kind = detail::boundedString(node, "kind", kMaxShort, "An entry's kind");
    e.visibility = detail::boundedString(node, "visibility", kMaxShort, "An entry's visibility");
    if (e.visibility != expectedVisibility) {
        invalidContents("an entry is listed under the wrong visibility");
    }
    e.createdAt = integerAt(node, "created", "An entry");
    e.updatedAt = integerAt(node, "updated", "An entry");
    if (const auto content = node.find("content"); content != node.end()) {
        if (!content->is_object()) {
            invalidContents("an entry's content is not an object");
        }
        e.structured = true;
        e.text = content->dump();
        if (e.text.size() > kMaxText) {
            invalidContents("an entry is too long");
        }
    } else {
        e.text = detail::boundedString(node, "text", kMaxText, "An entry's text", false);
    }
    return e;
}

std::vector<std::uint8_t> padded(const std::string& text)
{
    std::vector<std::uint8_t> out(text.size() + kPadBlock);
    std::copy(text.begin(), text.end(), out.begin());
    std::size_t length = 0;
    sodium_pad(&length, out.data(), text.size(), kPadBlock, out.size());
    out.resize(length);
    return out;
}

} // namespace

std::string ReportFile::contentsJson(const Report& r)
{
    json items = json::array();
    for (const auto& item : r.items) {
        json node = {{"assignmentId", item.assignmentId}, {"exerciseId", item.exerciseId}, {"done", item.done}};
        if (!item.title.empty()) {
            node["title"] = item.title;
        }
        if (!item.due.empty()) {
            node["due"] = item.due;
        }
        items.push_back(std::move(node));
    }
    json checkins = json::array();
    for (const auto& t : r.checkins) {
        checkins.push_back({{"exerciseId", t.exerciseId}, {"field", t.field}, {"weekStart", t.weekStart},
            {"mean", t.mean}, {"count", t.count}});
    }
    json shared = json::array();
    for (const auto& e : r.sharedEntries) {
        shared.push_back(entryToJson(e));
    }
    json privateEntries = json::array();
    for (const auto& e : r.privateEntries) {
        privateEntries.push_back(entryToJson(e));
    }
    const json doc = {{"format", kContentsFormat}, {"version", kVersion}, {"id", r.id}, {"created", r.createdAt},
        {"clientId", r.clientId}, {"client", r.clientLabel}, {"partnerId", r.partnerId}, {"partner", r.partnerName},
        {"therapistFingerprint", r.therapistFingerprint}, {"assignmentIds", r.assignmentIds},
        {"included",
            {{"completion", true}, {"checkins", r.includesCheckins}, {"shared", r.includesShared},
                {"private", r.includesPrivate}}},
        {"items", items}, {"checkins", checkins}, {"shared", shared}, {"private", privateEntries}};
    // An entry added from a file may hold bytes that are not UTF-8; they become U+FFFD rather than
    // keeping the whole report from being written.
    return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

Report ReportFile::fromContentsJson(std::string_view text)
{
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        invalidContents("they are not a JSON object");
    }
    // Version 1 contents are still read: a practice keeps the reports it imported before signatures.
    const json version = doc.value("version", json());
    if (doc.value("format", json()) != json(kContentsFormat) || (version != json(1) && version != json(kVersion))) {
        invalidContents("they name another format or version");
    }
    const bool v1 = version == json(1);
    Report r;
    r.id = detail::boundedString(doc, "id", kMaxShort, "The report id");
    r.createdAt = integerAt(doc, "created", "The report");
    r.clientId = detail::boundedString(doc, "clientId", kMaxShort, "The client id", !v1);
    r.clientLabel = detail::boundedString(doc, "client", kMaxShort, "The client label");
    r.partnerId = detail::boundedString(doc, "partnerId", kMaxShort, "The partner's id", !v1);
    r.partnerName = detail::boundedString(doc, "partner", kMaxShort, "The partner's name");
    r.therapistFingerprint = detail::boundedString(doc, "therapistFingerprint", kMaxShort, "The fingerprint");
    for (const auto& id : listAt(doc, "assignmentIds")) {
        if (!id.is_string() || id.get_ref<const std::string&>().size() > kMaxShort) {
            invalidContents("an assignment id is not short text");
        }
        r.assignmentIds.push_back(id.get<std::string>());
    }
    const auto included = doc.find("included");
    if (included == doc.end() || !included->is_object()) {
        invalidContents("they do not say what was included");
    }
    r.includesCheckins = boolAt(*included, "checkins");
    r.includesShared = boolAt(*included, "shared");
    r.includesPrivate = boolAt(*included, "private");
    const json& items = listAt(doc, "items");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const json& node = objectIn(items, i, "Item");
        ReportItem item;
        item.assignmentId = detail::boundedString(node, "assignmentId", kMaxShort, "An item's assignment id");
        item.exerciseId = detail::boundedString(node, "exerciseId", kMaxShort, "An item's exercise id");
        item.title = detail::boundedString(node, "title", kMaxShort, "An item's title", false);
        item.due = detail::boundedString(node, "due", 10, "An item's due date", false);
        if (!item.due.empty() && !isCalendarDay(item.due)) {
            invalidContents("an item's due date is not a day");
        }
        item.done = boolAt(node, "done");
        r.items.push_back(std::move(item));
    }
    const json& checkins = listAt(doc, "checkins");
    for (std::size_t i = 0; i < checkins.size(); ++i) {
        const json& node = objectIn(checkins, i, "Check-in trend");
        CheckinTrend t;
        t.exerciseId = detail::boundedString(node, "exerciseId", kMaxShort, "A trend's exercise id");
        t.field = detail::boundedString(node, "field", kMaxShort, "A trend's field");
        t.weekStart = detail::boundedString(node, "weekStart", 10, "A trend's week");
        const auto mean = node.find("mean");
        if (!isCalendarDay(t.weekStart) || mean == node.end() || !mean->is_number()
            || !std::isfinite(mean->get<double>())) {
            invalidContents("a check-in trend has no valid week or mean");
        }
        t.mean = mean->get<double>();
        t.count = static_cast<int>(integerAt(node, "count", "A check-in trend"));
        r.checkins.push_back(std::move(t));
    }
    const json& shared = listAt(doc, "shared");
    for (std::size_t i = 0; i < shared.size(); ++i) {
        r.sharedEntries.push_back(entryFromJson(objectIn(shared, i, "Shared entry"), "shared"));
    }
    const json& privateEntries = listAt(doc, "private");
    for (std::size_t i = 0; i < privateEntries.size(); ++i) {
        r.privateEntries.push_back(entryFromJson(objectIn(privateEntries, i, "Private entry"), "private"));
    }
    // What the partner did not tick must not be there, whoever wrote the file.
    if ((!r.includesCheckins && !r.checkins.empty()) || (!r.includesShared && !r.sharedEntries.empty())
        || (!r.includesPrivate && !r.privateEntries.empty())) {
        invalidContents("they hold parts the partner did not choose to include");
    }
    return r;
}

std::vector<std::uint8_t> ReportFile::seal(
    const Report& report, std::span<const std::uint8_t> boxPublicKey, const crypto::SigningKeyPair& signer)
{
    const std::string contents = contentsJson(report);
    json chain = json::array();
    for (std::size_t i = 0; i < report.signerChain.size(); ++i) {
        chain.push_back(
            {{"version", report.signerChain[i].first}, {"publicKey", crypto::toBase64(report.signerChain[i].second)},
                {"signature", crypto::toBase64(report.signerChainSignatures.at(i))}});
    }
    // Inside the seal, so nobody but the therapist learns who wrote it; the signature says who did.
    const json inner = {{"contents", contents},
        {"signer",
            {{"workbookId", report.signerWorkbookId}, {"partnerId", report.partnerId},
                {"keyVersion", report.signerKeyVersion}, {"publicKey", crypto::toBase64(signer.publicKey)},
                {"chain", chain}}},
        {"signature", crypto::toBase64(crypto::signDetached(signer, crypto::asBytes(kSignedDomain + contents)))}};
    const auto sealed = crypto::sealTo(boxPublicKey, padded(inner.dump()));
    const json doc = {{"format", kFormat}, {"version", kVersion}, {"sealed", crypto::toBase64(sealed)}};
    const std::string file = detail::canonicalText(doc);
    if (file.size() > kMaxBytes) {
        throw Error(ErrorKind::Usage, "The report is too large; include fewer entries.");
    }
    return crypto::asBytes(file);
}

Report ReportFile::open(std::span<const std::uint8_t> bytes, const crypto::BoxKeyPair& keys)
{
    if (bytes.size() > kMaxBytes) {
        throw Error(ErrorKind::InvalidInput, "The report file is too large to be one Trustwork wrote.");
    }
    const json doc = detail::parseEnvelope(bytes, kFormat, kVersion, kVersion, kFileWhat,
        "was made by an older Trustwork that did not sign reports, so nobody can tell who wrote it. Ask the "
        "partner to update Trustwork and send the report again.");
    if (!doc.contains("sealed") || doc.size() != 3) {
        detail::invalidFile(kFileWhat, "it does not hold exactly one sealed report");
    }
    const auto sealed = detail::strictBase64(doc.at("sealed"), 0, "The sealed report");
    const auto opened = crypto::openSealed(keys, sealed);
    std::size_t length = 0;
    if (!opened || opened->empty() || sodium_unpad(&length, opened->data(), opened->size(), kPadBlock) != 0) {
        throw Error(ErrorKind::InvalidInput,
            "The report file could not be opened: it is not addressed to this practice or it is damaged. "
            "Reports are sealed to the therapist named in the couple's assignments.");
    }
    const json inner
        = json::parse(opened->begin(), opened->begin() + static_cast<std::ptrdiff_t>(length), nullptr, false);
    if (inner.is_discarded() || !inner.is_object() || !inner.contains("contents") || !inner.at("contents").is_string()
        || !inner.contains("signer") || !inner.at("signer").is_object()) {
        detail::invalidFile(kFileWhat, "its sealed part is not a signed report");
    }
    const std::string& contents = inner.at("contents").get_ref<const std::string&>();
    const json& signer = inner.at("signer");
    const auto key
        = detail::strictBase64(signer.value("publicKey", json()), crypto::kSignPublicKeyBytes, "The writer's key");
    const auto signature
        = detail::strictBase64(inner.value("signature", json()), crypto::kSignatureBytes, "The report's signature");
    if (!crypto::verifyDetached(key, crypto::asBytes(kSignedDomain + contents), signature)) {
        throw Error(ErrorKind::InvalidInput,
            "The report's signature does not verify: it was changed after it was written, or it was not written by "
            "the partner whose key it names. It was not imported.");
    }
    Report r = fromContentsJson(contents);
    r.signerKey = key;
    r.signerWorkbookId = detail::boundedString(signer, "workbookId", kMaxShort, "The writer's workbook id");
    if (detail::boundedString(signer, "partnerId", kMaxShort, "The writer's id") != r.partnerId) {
        invalidContents("the signature is by another partner than the report names");
    }
    const auto version = signer.find("keyVersion");
    if (version == signer.end() || !version->is_number_unsigned()) {
        invalidContents("the writer's key generation is missing");
    }
    r.signerKeyVersion = version->get<std::uint32_t>();
    const auto chain = signer.find("chain");
    if (chain == signer.end() || !chain->is_array() || chain->size() > 1000) {
        invalidContents("the writer's key history is missing");
    }
    for (const auto& link : *chain) {
        if (!link.is_object() || !link.contains("version") || !link.at("version").is_number_unsigned()) {
            invalidContents("a link of the writer's key history is not readable");
        }
        r.signerChain.emplace_back(link.at("version").get<std::uint32_t>(),
            detail::strictBase64(link.value("publicKey", json()), crypto::kSignPublicKeyBytes, "A key in the history"));
        r.signerChainSignatures.push_back(
            detail::strictBase64(link.value("signature", json()), crypto::kSignatureBytes, "A key history signature"));
    }
    return r;
}

Report ReportFile::load(const std::filesystem::path& path, const crypto::BoxKeyPair& keys)
{
    return open(detail::readInputFile(path, kMaxBytes, "The report file"), keys);
}

} // namespace tw::workbook
