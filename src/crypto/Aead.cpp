// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Aead.h"

#include "tw/base/Error.h"
#include "tw/crypto/Sodium.h"

#include <sodium.h>

namespace tw::crypto {
namespace {

constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char* adData(std::string_view associated)
{
    return reinterpret_cast<const unsigned char*>(associated.data());
}

void requireKey(const SecretBytes& key)
{
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
        throw Error(ErrorKind::Internal, "Internal error: an encryption key has the wrong length.");
    }
}

bool openInto(
    const SecretBytes& key, std::span<const std::uint8_t> sealed, std::string_view associated, std::uint8_t* out)
{
    unsigned long long length = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(out, &length, nullptr, sealed.data() + kNonce,
               sealed.size() - kNonce, adData(associated), associated.size(), sealed.data(), key.data())
        == 0;
}

} // namespace

std::vector<std::uint8_t> seal(
    const SecretBytes& key, std::span<const std::uint8_t> plaintext, std::string_view associated)
{
    ensureSodium();
    requireKey(key);
    std::vector<std::uint8_t> out(kNonce + plaintext.size() + kTag);
    randombytes_buf(out.data(), kNonce);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kNonce, &length, plaintext.data(), plaintext.size(),
        adData(associated), associated.size(), nullptr, out.data(), key.data());
    out.resize(kNonce + static_cast<std::size_t>(length));
    return out;
}

std::optional<std::vector<std::uint8_t>> open(
    const SecretBytes& key, std::span<const std::uint8_t> sealed, std::string_view associated)
{
    ensureSodium();
    requireKey(key);
    if (sealed.size() < kNonce + kTag) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out(sealed.size() - kNonce - kTag);
    if (!openInto(key, sealed, associated, out.data())) {
        return std::nullopt;
    }
    return out;
}

std::optional<SecretBytes> openSecret(
    const SecretBytes& key, std::span<const std::uint8_t> sealed, std::string_view associated)
{
    ensureSodium();
    requireKey(key);
    if (sealed.size() < kNonce + kTag) {
        return std::nullopt;
    }
    SecretBytes out(sealed.size() - kNonce - kTag);
    if (!openInto(key, sealed, associated, out.data())) {
        return std::nullopt;
    }
    return out;
}

std::vector<std::uint8_t> asBytes(std::string_view text)
{
    return {text.begin(), text.end()};
}

} // namespace tw::crypto
