// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

class QLineEdit;

namespace tw::app {

/**
 * @brief Moves a passphrase out of a line edit into guarded memory, wiping the temporary UTF-8
 * copy and clearing the field, so the secret lives in one place for as short a time as possible.
 */
crypto::SecretBytes takeSecret(QLineEdit& field);

} // namespace tw::app
