// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/crypto/SecretBytes.h"

#include <QString>

class QByteArray;

namespace tw::app {

/**
 * @brief Overwrites the whole heap block behind @p text with zeros, then empties it. Qt strings are
 * shared on copy, so every QString (a label's text, a line edit's buffer) that shares this block is
 * wiped too; that is the point. Literal (read-only) strings are only emptied.
 */
void wipeString(QString& text);
void wipeBytes(QByteArray& bytes);

/** @brief @p text as UTF-8 in guarded memory; the temporary UTF-8 copy is wiped. */
crypto::SecretBytes secretFromText(const QString& text);
/** @brief A secret (a recovery code) as a QString for display; wipe it with wipeString() when done. */
QString textFromSecret(const crypto::SecretBytes& secret);

} // namespace tw::app
