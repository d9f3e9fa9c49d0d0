// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Signing.h"

#include "tw/base/Error.h"
#include "tw/crypto/Sodium.h"

#include <sodium.h>

#include <array>
#include <cctype>

namespace tw::crypto {
namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::string_view kFingerprintDomain = "trustwork-fingerprint-v1";
constexpr std::size_t kFingerprintBytes = 20; // 160 bits: 32 base32 characters, 8 groups of 4
constexpr std::size_t kGroup = 4;

static_assert(kSignPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);
static_assert(kSeedBytes == crypto_sign_SEEDBYTES);

std::string base32(std::span<const std::uint8_t> bytes)
{
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const std::uint8_t byte : bytes) {
        buffer = (buffer << 8U) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += kCrockford[(buffer >> static_cast<unsigned>(bits)) & 31U];
        }
    }
    if (bits > 0) {
        out += kCrockford[(buffer << static_cast<unsigned>(5 - bits)) & 31U];
    }
    return out;
}

} // namespace

SigningKeyPair SigningKeyPair::fromSeed(const SecretBytes& seed)
{
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES) {
        throw Error(ErrorKind::Internal, "Internal error: a signing seed has the wrong length.");
    }
    SigningKeyPair keys{std::vector<std::uint8_t>(crypto_sign_PUBLICKEYBYTES), SecretBytes(crypto_sign_SECRETKEYBYTES)};
    crypto_sign_seed_keypair(keys.publicKey.data(), keys.secretKey.data(), seed.data());
    return keys;
}

std::vector<std::uint8_t> signDetached(const SigningKeyPair& keys, std::span<const std::uint8_t> message)
{
    ensureSodium();
    if (keys.secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        throw Error(ErrorKind::Internal, "Internal error: a signing key has the wrong length.");
    }
    std::vector<std::uint8_t> signature(crypto_sign_BYTES);
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(), keys.secretKey.data());
    return signature;
}

bool verifyDetached(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
    std::span<const std::uint8_t> signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), publicKey.data()) == 0;
}

std::string fingerprint(std::span<const std::uint8_t> signPublicKey, std::span<const std::uint8_t> boxPublicKey)
{
    ensureSodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kFingerprintBytes);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char*>(kFingerprintDomain.data()), kFingerprintDomain.size());
    // Each key is length-prefixed, so no two different pairs hash the same bytes.
    for (const auto key : {signPublicKey, boxPublicKey}) {
        const auto length = static_cast<unsigned char>(key.size());
        crypto_generichash_update(&state, &length, 1);
        crypto_generichash_update(&state, key.data(), key.size());
    }
    std::array<std::uint8_t, kFingerprintBytes> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    const std::string text = base32(digest);
    std::string grouped;
    for (std::size_t i = 0; i < text.size(); i += kGroup) {
        grouped += (i == 0 ? "" : "-") + text.substr(i, kGroup);
    }
    return grouped;
}

std::string normaliseFingerprint(std::string_view typed)
{
    std::string out;
    for (const char raw : typed) {
        if (raw == ' ' || raw == '-' || raw == '\t') {
            continue;
        }
        char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
        if (c == 'O') {
            c = '0';
        } else if (c == 'I' || c == 'L') {
            c = '1';
        }
        out += c;
    }
    return out;
}

} // namespace tw::crypto
