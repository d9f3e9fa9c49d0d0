// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include <QByteArray>
#include <QLineEdit>
#include <sodium.h>

namespace tw::app {

crypto::SecretBytes takeSecret(QLineEdit& field)
{
    QByteArray utf8 = field.text().toUtf8();
    crypto::SecretBytes secret(
        reinterpret_cast<const std::uint8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    field.clear();
    return secret;
}

} // namespace tw::app
