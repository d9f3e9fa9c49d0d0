// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyHandover.h"

#include "TherapistSupport.h"
#include "tw/base/Error.h"
#include "tw/crypto/Aead.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/SealedBox.h"

namespace tw::workbook::detail {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "trustwork-key-handover";
constexpr int kVersion = 1;
constexpr std::size_t kMaxName = 200;
// A link is two identities and a time; anything much larger is not one Trustwork wrote.
constexpr std::size_t kMaxSignedText = 4096;

[[noreturn]] void refuse(const std::string& detail)
{
    throw Error(ErrorKind::InvalidInput, "The practice's key change it carries " + detail + ".");
}

} // namespace

json identityToJson(const TherapistIdentity& identity)
{
    return {{"name", identity.name}, {"signPublicKey", crypto::toBase64(identity.signPublicKey)},
        {"boxPublicKey", crypto::toBase64(identity.boxPublicKey)}};
}

TherapistIdentity identityFromJson(const json& node, const char* what)
{
    if (!node.is_object()) {
        throw Error(ErrorKind::InvalidInput, std::string(what) + " is not named.");
    }
    TherapistIdentity id;
    id.name = boundedString(node, "name", kMaxName, "The therapist's name");
    id.signPublicKey
        = strictBase64(node.value("signPublicKey", json()), crypto::kSignPublicKeyBytes, "The therapist's signing key");
    id.boxPublicKey
        = strictBase64(node.value("boxPublicKey", json()), crypto::kBoxPublicKeyBytes, "The therapist's receiving key");
    id.fingerprint = crypto::fingerprint(id.signPublicKey, id.boxPublicKey);
    return id;
}

KeyHandover signHandover(const TherapistIdentity& from, const crypto::SigningKeyPair& fromKeys,
    const TherapistIdentity& to, std::int64_t createdAt)
{
    if (fromKeys.publicKey != from.signPublicKey) {
        throw Error(ErrorKind::Internal, "Internal error: a key change signed by another key than the one it leaves.");
    }
    KeyHandover h{from, to, createdAt, {}, {}};
    h.signedText = json{{"format", kFormat}, {"version", kVersion}, {"created", createdAt},
        {"from", identityToJson(from)}, {"to", identityToJson(to)}}
                       .dump();
    h.signature = crypto::signDetached(fromKeys, crypto::asBytes(h.signedText));
    return h;
}

json handoverToJson(const KeyHandover& handover)
{
    return {{"signed", handover.signedText}, {"signature", crypto::toBase64(handover.signature)}};
}

KeyHandover handoverFromJson(const json& node)
{
    if (!node.is_object() || node.size() != 2 || !node.contains("signed") || !node.at("signed").is_string()) {
        refuse("is not readable");
    }
    KeyHandover h;
    h.signedText = node.at("signed").get<std::string>();
    h.signature = strictBase64(node.value("signature", json()), crypto::kSignatureBytes, "A key change's signature");
    if (h.signedText.size() > kMaxSignedText) {
        refuse("is too large");
    }
    const json inner = json::parse(h.signedText, nullptr, false);
    if (inner.is_discarded() || !inner.is_object() || inner.value("format", json()) != json(kFormat)
        || inner.value("version", json()) != json(kVersion) || inner.size() != 5) {
        refuse("is not a key change Trustwork wrote");
    }
    const auto created = inner.find("created");
    if (created == inner.end() || !created->is_number_integer()) {
        refuse("has no time");
    }
    h.createdAt = created->get<std::int64_t>();
    h.from = identityFromJson(inner.value("from", json()), "The earlier key");
    h.to = identityFromJson(inner.value("to", json()), "The next key");
    // Signed by the key it leaves: only the holder of the earlier key can name its successor.
    if (!crypto::verifyDetached(h.from.signPublicKey, crypto::asBytes(h.signedText), h.signature)) {
        refuse("is not signed by the earlier key it names");
    }
    if (h.from.fingerprint == h.to.fingerprint) {
        refuse("hands a key over to itself");
    }
    return h;
}

void checkHandoverChain(const std::vector<KeyHandover>& chain, const TherapistIdentity& signer)
{
    if (chain.size() > kMaxHandovers) {
        refuse("is longer than any practice's history");
    }
    for (std::size_t i = 1; i < chain.size(); ++i) {
        if (chain[i].from.fingerprint != chain[i - 1].to.fingerprint) {
            refuse("has a gap between two of its keys");
        }
    }
    if (!chain.empty() && chain.back().to.fingerprint != signer.fingerprint) {
        refuse("does not end at the key that signed the assignment");
    }
}

std::optional<KeyHandover> handoverFrom(const std::vector<KeyHandover>& chain, const std::string& fingerprint)
{
    for (const auto& link : chain) {
        if (link.from.fingerprint == fingerprint) {
            return link;
        }
    }
    return std::nullopt;
}

} // namespace tw::workbook::detail
