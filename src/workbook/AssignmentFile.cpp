// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/AssignmentFile.h"

#include "Calendar.h"
#include "KeyHandover.h"
#include "TherapistSupport.h"
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/SealedBox.h"

#include <nlohmann/json.hpp>

namespace tw::workbook {
namespace {

using nlohmann::json;

constexpr const char* kFileWhat = "The assignment file";
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxId = 200;

// Format 3 only when the practice changed keys, so couples on an older Trustwork keep reading the rest.
int versionFor(const Assignment& a)
{
    return a.handovers.empty() ? 2 : AssignmentFile::kVersion;
}

json toJson(const Assignment& a)
{
    json items = json::array();
    for (const auto& item : a.items) {
        json node = {{"exerciseId", item.exerciseId}};
        if (!item.title.empty()) {
            node["title"] = item.title;
        }
        if (!item.due.empty()) {
            node["due"] = item.due;
        }
        if (!item.note.empty()) {
            node["note"] = item.note;
        }
        items.push_back(std::move(node));
    }
    json doc = {{"format", AssignmentFile::kFormat}, {"version", versionFor(a)}, {"id", a.id}, {"created", a.createdAt},
        {"therapist", detail::identityToJson(a.therapist)}, {"client", a.clientLabel}, {"items", items}};
    // Format 2 names the client by the practice's id, so an assignment cannot be taken for another couple's.
    doc["clientId"] = a.clientId;
    if (!a.handovers.empty()) {
        json links = json::array();
        for (const auto& link : a.handovers) {
            links.push_back(detail::handoverToJson(link));
        }
        doc["handovers"] = std::move(links);
    }
    if (!a.note.empty()) {
        doc["note"] = a.note;
    }
    if (!a.packJson.empty()) {
        json pack = json::parse(a.packJson, nullptr, false);
        if (pack.is_discarded() || !pack.is_object()) {
            throw Error(ErrorKind::Usage, "The content pack to embed is not a JSON object.");
        }
        doc["pack"] = std::move(pack);
    }
    return doc;
}

bool isExerciseId(const std::string& id)
{
    if (id.empty() || id.size() > kMaxId) {
        return false;
    }
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '-' || c == '_' || c == ':';
        if (!ok) {
            return false;
        }
    }
    return true;
}

AssignmentItem itemFromJson(const json& node, std::size_t index)
{
    const std::string where = "Item " + std::to_string(index + 1);
    if (!node.is_object()) {
        throw Error(ErrorKind::InvalidInput, where + " of the assignment is not an object.");
    }
    AssignmentItem item;
    item.exerciseId = detail::boundedString(node, "exerciseId", kMaxId, (where + "'s exercise id").c_str());
    if (!isExerciseId(item.exerciseId)) {
        throw Error(ErrorKind::InvalidInput, where + "'s exercise id is not a valid id.");
    }
    item.title = detail::boundedString(node, "title", kMaxName, (where + "'s title").c_str(), false);
    item.due = detail::boundedString(node, "due", 10, (where + "'s due date").c_str(), false);
    if (!item.due.empty() && !isCalendarDay(item.due)) {
        throw Error(ErrorKind::InvalidInput, where + "'s due date is not a day written YYYY-MM-DD.");
    }
    item.note = detail::boundedString(node, "note", AssignmentFile::kMaxNote, (where + "'s note").c_str(), false);
    return item;
}

Assignment fromJson(const json& doc)
{
    if (!doc.is_object()) {
        throw Error(ErrorKind::InvalidInput, "The signed part of the assignment is not a JSON object.");
    }
    Assignment a;
    a.id = detail::boundedString(doc, "id", kMaxId, "The assignment id");
    const auto created = doc.find("created");
    if (created == doc.end() || !created->is_number_integer()) {
        throw Error(ErrorKind::InvalidInput, "The assignment has no creation time.");
    }
    a.createdAt = created->get<std::int64_t>();
    const auto therapist = doc.find("therapist");
    if (therapist == doc.end() || !therapist->is_object()) {
        throw Error(ErrorKind::InvalidInput, "The assignment does not name its therapist.");
    }
    a.therapist = detail::identityFromJson(*therapist, "The therapist");
    a.clientLabel = detail::boundedString(doc, "client", kMaxName, "The client label");
    const json version = doc.value("version", json());
    if (version != json(1)) {
        a.clientId = detail::boundedString(doc, "clientId", kMaxId, "The client id");
    }
    if (const auto links = doc.find("handovers"); links != doc.end()) {
        if (version != json(3) || !links->is_array() || links->empty()) {
            throw Error(ErrorKind::InvalidInput, "The assignment's key changes are not readable.");
        }
        for (const auto& link : *links) {
            a.handovers.push_back(detail::handoverFromJson(link));
        }
        detail::checkHandoverChain(a.handovers, a.therapist);
    }
    const auto items = doc.find("items");
    if (items == doc.end() || !items->is_array() || items->empty()) {
        throw Error(ErrorKind::InvalidInput, "The assignment has no items.");
    }
    if (items->size() > AssignmentFile::kMaxItems) {
        throw Error(ErrorKind::InvalidInput, "The assignment has too many items.");
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        a.items.push_back(itemFromJson((*items)[i], i));
    }
    a.note = detail::boundedString(doc, "note", AssignmentFile::kMaxNote, "The assignment note", false);
    if (const auto pack = doc.find("pack"); pack != doc.end()) {
        if (!pack->is_object()) {
            throw Error(ErrorKind::InvalidInput, "The embedded content pack is not a JSON object.");
        }
        a.packJson = pack->dump();
    }
    return a;
}

void checkDraftLimits(const Assignment& a)
{
    if (a.therapist.name.empty() || a.therapist.name.size() > kMaxName) {
        throw Error(ErrorKind::Usage, "The therapist's name must be 1 to 200 bytes long.");
    }
    if (a.clientLabel.empty() || a.clientLabel.size() > kMaxName) {
        throw Error(ErrorKind::Usage, "The client label must be 1 to 200 bytes long.");
    }
    if (a.clientId.empty() || a.clientId.size() > kMaxId) {
        throw Error(ErrorKind::Usage, "An assignment needs the client's id.");
    }
    if (a.items.empty() || a.items.size() > AssignmentFile::kMaxItems) {
        throw Error(ErrorKind::Usage, "An assignment needs 1 to 200 items.");
    }
    if (a.note.size() > AssignmentFile::kMaxNote) {
        throw Error(ErrorKind::Usage, "The assignment note is too long (at most 8000 bytes).");
    }
    for (const auto& item : a.items) {
        if (!isExerciseId(item.exerciseId)) {
            throw Error(ErrorKind::Usage, "\"" + item.exerciseId + "\" is not a valid exercise id.");
        }
        if (!item.due.empty() && !isCalendarDay(item.due)) {
            throw Error(ErrorKind::Usage, "The due date of " + item.exerciseId + " is not a day written YYYY-MM-DD.");
        }
        if (item.note.size() > AssignmentFile::kMaxNote || item.title.size() > kMaxName) {
            throw Error(ErrorKind::Usage, "The note or title of " + item.exerciseId + " is too long.");
        }
    }
}

} // namespace

bool isCalendarDay(const std::string& text)
{
    return detail::parseDay(text).has_value();
}

std::string AssignmentFile::signedText(const Assignment& assignment)
{
    if (!assignment.signedText.empty()) {
        return assignment.signedText; // as read: re-serialising a version-1 file would not match its signature
    }
    try {
        return toJson(assignment).dump();
    } catch (const json::type_error&) {
        throw Error(ErrorKind::Usage, "The assignment contains text that is not valid UTF-8.");
    }
}

std::vector<std::uint8_t> AssignmentFile::write(const Assignment& assignment, const crypto::SigningKeyPair& keys)
{
    checkDraftLimits(assignment);
    if (assignment.therapist.signPublicKey != keys.publicKey) {
        throw Error(ErrorKind::Internal, "Internal error: an assignment names another key than the one signing it.");
    }
    const std::string text = signedText(assignment);
    const auto signature = crypto::signDetached(keys, crypto::asBytes(text));
    const json doc = {{"format", kFormat}, {"version", versionFor(assignment)}, {"signed", text},
        {"signature", crypto::toBase64(signature)}};
    const std::string file = detail::canonicalText(doc);
    if (file.size() > kMaxBytes) {
        throw Error(ErrorKind::Usage, "The assignment is too large (an embedded pack makes most of it).");
    }
    return crypto::asBytes(file);
}

Assignment AssignmentFile::read(std::span<const std::uint8_t> bytes)
{
    try {
        return readChecked(bytes);
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::InvalidInput || std::string_view(e.what()).starts_with(kFileWhat)) {
            throw;
        }
        // Field-level messages get the file named in front, so every refusal says what was refused.
        std::string detail = e.what();
        if (!detail.empty() && detail.back() == '.') {
            detail.pop_back();
        }
        detail::invalidFile(kFileWhat, detail);
    }
}

Assignment AssignmentFile::readChecked(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() > kMaxBytes) {
        throw Error(ErrorKind::InvalidInput, "The assignment file is too large to be one Trustwork wrote.");
    }
    const json doc = detail::parseEnvelope(bytes, kFormat, 1, kVersion, kFileWhat);
    if (!doc.contains("signature")) {
        detail::invalidFile(kFileWhat, "it is not signed");
    }
    if (doc.size() != 4) {
        detail::invalidFile(kFileWhat, "it holds other fields than format, version, signed and signature");
    }
    const auto signedIt = doc.find("signed");
    if (signedIt == doc.end() || !signedIt->is_string()) {
        detail::invalidFile(kFileWhat, "it has no signed part");
    }
    const auto& text = signedIt->get_ref<const std::string&>();
    const auto signature
        = detail::strictBase64(doc.at("signature"), crypto::kSignatureBytes, "The assignment's signature");
    const json inner = json::parse(text, nullptr, false);
    if (inner.is_discarded() || !inner.is_object()) {
        detail::invalidFile(kFileWhat, "its signed part is not readable JSON");
    }
    // The version inside the signature is the one that counts; the outer copy only lets readers
    // name an unknown version before anything else.
    if (inner.value("format", json()) != json(kFormat) || inner.value("version", json()) != doc.at("version")) {
        detail::invalidFile(kFileWhat, "its signed part names another format or version than the file");
    }
    // The signature is checked before any other field, so a changed file is reported as changed.
    const auto therapist = inner.find("therapist");
    if (therapist == inner.end() || !therapist->is_object()) {
        detail::invalidFile(kFileWhat, "it does not name its therapist");
    }
    const auto signKey = detail::strictBase64(
        therapist->value("signPublicKey", json()), crypto::kSignPublicKeyBytes, "The therapist's signing key");
    if (!crypto::verifyDetached(signKey, crypto::asBytes(text), signature)) {
        detail::invalidFile(kFileWhat, "its signature does not match its contents");
    }
    Assignment a = fromJson(inner);
    a.signature = signature;
    a.signedText = text;
    return a;
}

Assignment AssignmentFile::load(const std::filesystem::path& path)
{
    return read(detail::readInputFile(path, kMaxBytes, "The assignment file"));
}

bool AssignmentFile::verifySignedText(const std::string& text, std::span<const std::uint8_t> signature)
{
    const json inner = json::parse(text, nullptr, false);
    if (inner.is_discarded() || !inner.is_object() || !inner.contains("therapist")
        || !inner.at("therapist").is_object()) {
        return false;
    }
    const auto key = crypto::fromBase64(inner.at("therapist").value("signPublicKey", std::string()));
    return key && crypto::verifyDetached(*key, crypto::asBytes(text), signature);
}

Assignment AssignmentFile::fromSignedText(const std::string& text)
{
    const json inner = json::parse(text, nullptr, false);
    if (inner.is_discarded()) {
        throw Error(ErrorKind::Damaged, "A stored assignment could not be read. Restore the latest backup.");
    }
    try {
        Assignment a = fromJson(inner);
        a.signedText = text;
        return a;
    } catch (const Error& e) {
        throw Error(ErrorKind::Damaged, std::string("A stored assignment could not be read: ") + e.what());
    }
}

} // namespace tw::workbook
