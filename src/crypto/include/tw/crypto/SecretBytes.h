// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace tw::crypto {

/**
 * @brief Bytes in libsodium guarded memory (guard pages, mlock, canary) that are wiped when
 * destroyed. Keys, passphrases and recovery codes live here, never in std::string.
 */
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const std::uint8_t* data, std::size_t size);
    static SecretBytes fromString(std::string_view text);
    static SecretBytes random(std::size_t size);

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes();

    [[nodiscard]] SecretBytes clone() const;
    [[nodiscard]] std::uint8_t* data() { return m_data; }
    [[nodiscard]] const std::uint8_t* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
    [[nodiscard]] std::string_view view() const;
    /** @brief Constant-time comparison. */
    [[nodiscard]] bool equals(const SecretBytes& other) const;
    /** @brief Lower-case hex of these bytes, itself in guarded memory (for keys handed to SQLCipher). */
    [[nodiscard]] SecretBytes hex() const;
    /** @brief Wipes and frees now, leaving an empty value. */
    void wipe();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace tw::crypto
