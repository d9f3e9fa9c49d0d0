// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/crypto/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace tw::crypto {

void ensureSodium()
{
    // sodium_init is thread-safe and idempotent; a negative result means no usable RNG.
    static const int status = sodium_init();
    if (status < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

} // namespace tw::crypto
