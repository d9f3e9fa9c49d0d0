// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedRecords.h"

#include "tw/base/Error.h"
#include "tw/crypto/Encoding.h"
#include "tw/crypto/Subkey.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace tw::workbook::store {
namespace {

/**
 * Length-prefixed fields after a domain string: no two different records give the same bytes, and
 * a signature made for one kind of record never verifies as another kind. One encoding, written to
 * either sink below, so a streamed row digest can never drift from the bytes it stands for.
 */
template <typename Sink> class Encoder {
public:
    explicit Encoder(std::string_view domain) { text(domain); }

    Encoder& text(std::string_view value)
    {
        return bytes({reinterpret_cast<const std::uint8_t*>(value.data()), value.size()});
    }
    Encoder& bytes(std::span<const std::uint8_t> value)
    {
        number(value.size());
        m_sink.append(value);
        return *this;
    }
    Encoder& number(std::uint64_t value)
    {
        std::array<std::uint8_t, 8> little{};
        for (unsigned i = 0; i < 8; ++i) {
            little[i] = static_cast<std::uint8_t>((value >> (8U * i)) & 0xFFU);
        }
        m_sink.append(little);
        return *this;
    }
    Encoder& signedNumber(std::int64_t value) { return number(static_cast<std::uint64_t>(value)); }
    auto take() { return m_sink.take(); }

private:
    Sink m_sink;
};

/** The encoded bytes themselves, for signing. */
class ByteSink {
public:
    void append(std::span<const std::uint8_t> value) { m_bytes.insert(m_bytes.end(), value.begin(), value.end()); }
    std::vector<std::uint8_t> take() { return std::move(m_bytes); }

private:
    std::vector<std::uint8_t> m_bytes;
};

/**
 * The encoded bytes fed straight into a digest: short fields gather in a small buffer and a long
 * one (a row's body) goes in without being copied, so digesting ten years of rows allocates nothing.
 */
class DigestSink {
public:
    void append(std::span<const std::uint8_t> value)
    {
        if (m_used + value.size() > m_buffer.size()) {
            flush();
            if (value.size() > m_buffer.size()) {
                m_stream.update(value);
                return;
            }
        }
        std::copy(value.begin(), value.end(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_used));
        m_used += value.size();
    }
    std::array<std::uint8_t, 32> take()
    {
        flush();
        return m_stream.finish();
    }

private:
    void flush()
    {
        m_stream.update({m_buffer.data(), m_used});
        m_used = 0;
    }

    std::array<std::uint8_t, 256> m_buffer{};
    std::size_t m_used = 0;
    crypto::DigestStream m_stream;
};

using Writer = Encoder<ByteSink>;
using DigestWriter = Encoder<DigestSink>;

} // namespace

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const SharedRow& row)
{
    // The body enters as its digest, so a signature check does not need the body's bytes twice.
    return Writer("trustwork-row-v2")
        .text(workbookId)
        .text(row.id)
        .text(row.authorId)
        .text(row.exerciseId)
        .text(row.kind)
        .text("shared")
        .text(row.parentId)
        .text(row.hlc)
        .signedNumber(row.createdAt)
        .signedNumber(row.updatedAt)
        .number(row.deleted ? 1 : 0)
        .bytes(crypto::digest256(row.sealedBody))
        .number(row.keyVersion)
        .take();
}

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const Marker& marker)
{
    return Writer("trustwork-marker-v1")
        .text(workbookId)
        .text(marker.authorId)
        .text(marker.subject)
        .text(marker.kind)
        .signedNumber(marker.version)
        .text(marker.value)
        .number(marker.keyVersion)
        .take();
}

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const PartnerKey& key)
{
    return Writer("trustwork-signing-key-v1")
        .text(workbookId)
        .text(key.partnerId)
        .number(key.version)
        .bytes(key.publicKey)
        .take();
}

std::vector<std::uint8_t> signingBytes(const std::string& workbookId, const Event& event)
{
    return Writer("trustwork-event-v1")
        .text(workbookId)
        .text(event.id)
        .text(event.authorId)
        .text(event.kind)
        .text(event.body)
        .signedNumber(event.createdAt)
        .number(event.keyVersion)
        .take();
}

std::vector<std::uint8_t> recordDigest(std::span<const std::uint8_t> signature)
{
    return crypto::digest256(signature);
}

std::vector<std::uint8_t> rowDigest(const SharedRow& row)
{
    const auto digest = rowDigest(SharedRowView{row.id, row.authorId, row.exerciseId, row.kind, row.parentId, row.hlc,
        row.createdAt, row.updatedAt, row.deleted, row.sealedBody, row.keyVersion, row.signature});
    return {digest.begin(), digest.end()};
}

std::array<std::uint8_t, 32> rowDigest(const SharedRowView& row)
{
    // Every column, each length-prefixed by the writer, so no two different rows encode alike.
    DigestWriter writer("trustwork-row-state-v1");
    writer.text(row.id).text(row.authorId).text(row.exerciseId).text(row.kind).text(row.parentId).text(row.hlc);
    writer.signedNumber(row.createdAt).signedNumber(row.updatedAt).number(row.deleted ? 1 : 0);
    writer.bytes(row.sealedBody).number(row.keyVersion).bytes(row.signature);
    return writer.take();
}

namespace {

using nlohmann::json;

std::vector<std::uint8_t> bytesAt(const json& node, const char* key)
{
    auto bytes = crypto::fromBase64(node.at(key).get<std::string>());
    if (!bytes) {
        throw Error(ErrorKind::Damaged, "A record in your private store is damaged. Restore the latest backup.");
    }
    return *bytes;
}

template <typename Parse> auto parsed(const std::string& text, Parse parse)
{
    const json node = json::parse(text, nullptr, false);
    try {
        if (node.is_discarded()) {
            throw json::other_error::create(0, "not JSON", nullptr);
        }
        return parse(node);
    } catch (const json::exception&) {
        throw Error(ErrorKind::Damaged, "A record in your private store is damaged. Restore the latest backup.");
    }
}

} // namespace

std::string serialise(const SharedRow& r)
{
    return json{{"id", r.id}, {"author", r.authorId}, {"exercise", r.exerciseId}, {"kind", r.kind},
        {"parent", r.parentId}, {"hlc", r.hlc}, {"created", r.createdAt}, {"updated", r.updatedAt},
        {"deleted", r.deleted}, {"body", crypto::toBase64(r.sealedBody)}, {"keyVersion", r.keyVersion},
        {"signature", crypto::toBase64(r.signature)}}
        .dump();
}

std::string serialise(const Marker& m)
{
    return json{{"author", m.authorId}, {"subject", m.subject}, {"kind", m.kind}, {"version", m.version},
        {"value", m.value}, {"keyVersion", m.keyVersion}, {"signature", crypto::toBase64(m.signature)}}
        .dump();
}

SharedRow parseRow(const std::string& text)
{
    return parsed(text, [](const json& n) {
        SharedRow r;
        r.id = n.at("id").get<std::string>();
        r.authorId = n.at("author").get<std::string>();
        r.exerciseId = n.at("exercise").get<std::string>();
        r.kind = n.at("kind").get<std::string>();
        r.parentId = n.at("parent").get<std::string>();
        r.hlc = n.at("hlc").get<std::string>();
        r.createdAt = n.at("created").get<std::int64_t>();
        r.updatedAt = n.at("updated").get<std::int64_t>();
        r.deleted = n.at("deleted").get<bool>();
        r.sealedBody = bytesAt(n, "body");
        r.keyVersion = n.at("keyVersion").get<std::uint32_t>();
        r.signature = bytesAt(n, "signature");
        return r;
    });
}

Marker parseMarker(const std::string& text)
{
    return parsed(text, [](const json& n) {
        Marker m;
        m.authorId = n.at("author").get<std::string>();
        m.subject = n.at("subject").get<std::string>();
        m.kind = n.at("kind").get<std::string>();
        m.version = n.at("version").get<std::int64_t>();
        m.value = n.at("value").get<std::string>();
        m.keyVersion = n.at("keyVersion").get<std::uint32_t>();
        m.signature = bytesAt(n, "signature");
        return m;
    });
}

} // namespace tw::workbook::store
