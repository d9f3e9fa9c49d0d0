// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/SecretBytes.h"

#include "tw/crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace tw::crypto {

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes::SecretBytes(const std::uint8_t* data, std::size_t size)
    : SecretBytes(size)
{
    if (size > 0) {
        std::memcpy(m_data, data, size);
    }
}

SecretBytes SecretBytes::fromString(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    if (size > 0) {
        randombytes_buf(bytes.m_data, size);
    }
    return bytes;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes SecretBytes::clone() const
{
    return {m_data, m_size};
}

std::string_view SecretBytes::view() const
{
    return {reinterpret_cast<const char*>(m_data), m_size};
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBytes SecretBytes::hex() const
{
    // sodium_bin2hex writes a terminating NUL, so the buffer is one longer and then trimmed by copy.
    SecretBytes terminated(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(terminated.data()), terminated.size(), m_data, m_size);
    return SecretBytes(terminated.data(), m_size * 2);
}

void SecretBytes::wipe()
{
    if (m_data) {
        // sodium_free zeroes the region before unmapping it.
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace tw::crypto
