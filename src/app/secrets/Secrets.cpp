// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include <QByteArray>
#include <sodium.h>

namespace tw::app {

void wipeString(QString& text)
{
    auto& d = text.data_ptr();
    // A literal has no heap block (and lives in read-only memory): nothing to wipe.
    if (d.isMutable() && d.data()) {
        // The block may hold characters outside [begin, end) after an in-place insert or remove
        // moved them, so the whole allocation is cleared, not just the current text.
        char16_t* block = d.data() - d.freeSpaceAtBegin();
        sodium_memzero(block, static_cast<std::size_t>(d.constAllocatedCapacity()) * sizeof(char16_t));
    }
    text = QString();
}

void wipeBytes(QByteArray& bytes)
{
    auto& d = bytes.data_ptr();
    if (d.isMutable() && d.data()) {
        char* block = d.data() - d.freeSpaceAtBegin();
        sodium_memzero(block, static_cast<std::size_t>(d.constAllocatedCapacity()));
    }
    bytes = QByteArray();
}

crypto::SecretBytes secretFromText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::SecretBytes secret(
        reinterpret_cast<const std::uint8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    wipeBytes(utf8);
    return secret;
}

QString textFromSecret(const crypto::SecretBytes& secret)
{
    return QString::fromUtf8(secret.view().data(), static_cast<qsizetype>(secret.size()));
}

} // namespace tw::app
