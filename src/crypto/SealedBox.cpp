// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/SealedBox.h"

#include "tw/base/Error.h"
#include "tw/crypto/Sodium.h"

#include <sodium.h>

namespace tw::crypto {

static_assert(kBoxPublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(kSeedBytes == crypto_box_SEEDBYTES);

BoxKeyPair BoxKeyPair::fromSeed(const SecretBytes& seed)
{
    ensureSodium();
    if (seed.size() != crypto_box_SEEDBYTES) {
        throw Error(ErrorKind::Internal, "Internal error: a receiving-key seed has the wrong length.");
    }
    BoxKeyPair keys{std::vector<std::uint8_t>(crypto_box_PUBLICKEYBYTES), SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_seed_keypair(keys.publicKey.data(), keys.secretKey.data(), seed.data());
    return keys;
}

std::vector<std::uint8_t> sealTo(
    std::span<const std::uint8_t> recipientPublicKey, std::span<const std::uint8_t> plaintext)
{
    ensureSodium();
    if (recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES) {
        throw Error(ErrorKind::Usage, "The recipient's receiving key has the wrong length.");
    }
    std::vector<std::uint8_t> sealed(plaintext.size() + crypto_box_SEALBYTES);
    crypto_box_seal(sealed.data(), plaintext.data(), plaintext.size(), recipientPublicKey.data());
    return sealed;
}

std::optional<std::vector<std::uint8_t>> openSealed(const BoxKeyPair& keys, std::span<const std::uint8_t> sealed)
{
    ensureSodium();
    if (sealed.size() < crypto_box_SEALBYTES || keys.publicKey.size() != crypto_box_PUBLICKEYBYTES
        || keys.secretKey.size() != crypto_box_SECRETKEYBYTES) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> plain(sealed.size() - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), sealed.data(), sealed.size(), keys.publicKey.data(), keys.secretKey.data())
        != 0) {
        return std::nullopt;
    }
    return plain;
}

} // namespace tw::crypto
