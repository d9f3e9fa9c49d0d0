// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <functional>
#include <istream>
#include <string>

namespace tw::cli {

/**
 * @brief Where secrets come from: one line of standard input each (--passphrase-stdin), or the
 * terminal without echo. Never argv, so they cannot show up in `ps` or shell history.
 */
class SecretSource {
public:
    SecretSource(bool fromStdin, std::istream& in);

    /** @brief Reads one secret; throws tw::Error(Usage) when input ends or no terminal exists. */
    crypto::SecretBytes read(const std::string& prompt);
    /** @brief Asks twice on a terminal and insists they match; once from stdin. */
    crypto::SecretBytes readNew(const std::string& prompt);

private:
    static crypto::SecretBytes readLine(const std::function<int()>& nextChar);
    bool m_fromStdin;
    std::istream& m_in;
};

} // namespace tw::cli
