// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Positive control only: linked into test_leak_control with -Wl,--wrap, these replace row and slot
// sealing with a framing that keeps the plaintext readable (zero nonce, text, zero tag). No library
// or shipped binary contains them; the linker flags exist only on that one test executable.
#include "tw/crypto/SecretBytes.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t kNonce = 24;
constexpr std::size_t kTag = 16;

std::vector<std::uint8_t> frame(std::span<const std::uint8_t> plaintext)
{
    std::vector<std::uint8_t> out(kNonce + plaintext.size() + kTag, 0);
    std::memcpy(out.data() + kNonce, plaintext.data(), plaintext.size());
    return out;
}

std::optional<std::span<const std::uint8_t>> unframe(std::span<const std::uint8_t> sealed)
{
    if (sealed.size() < kNonce + kTag) {
        return std::nullopt;
    }
    return sealed.subspan(kNonce, sealed.size() - kNonce - kTag);
}

} // namespace

// tw::crypto::seal, open and openSecret, by their mangled names.
extern "C" {
std::vector<std::uint8_t>
__wrap__ZN2tw6crypto4sealERKNS0_11SecretBytesESt4spanIKhLm18446744073709551615EESt17basic_string_viewIcSt11char_traitsIcEE(
    const tw::crypto::SecretBytes&, std::span<const std::uint8_t> plaintext, std::string_view)
{
    return frame(plaintext);
}

std::optional<std::vector<std::uint8_t>>
__wrap__ZN2tw6crypto4openERKNS0_11SecretBytesESt4spanIKhLm18446744073709551615EESt17basic_string_viewIcSt11char_traitsIcEE(
    const tw::crypto::SecretBytes&, std::span<const std::uint8_t> sealed, std::string_view)
{
    const auto inner = unframe(sealed);
    if (!inner) {
        return std::nullopt;
    }
    return std::vector<std::uint8_t>(inner->begin(), inner->end());
}

std::optional<tw::crypto::SecretBytes>
__wrap__ZN2tw6crypto10openSecretERKNS0_11SecretBytesESt4spanIKhLm18446744073709551615EESt17basic_string_viewIcSt11char_traitsIcEE(
    const tw::crypto::SecretBytes&, std::span<const std::uint8_t> sealed, std::string_view)
{
    const auto inner = unframe(sealed);
    if (!inner) {
        return std::nullopt;
    }
    tw::crypto::SecretBytes out(inner->size());
    std::memcpy(out.data(), inner->data(), inner->size());
    return out;
}
}
