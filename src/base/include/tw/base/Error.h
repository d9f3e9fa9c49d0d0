// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace tw {

/**
 * @brief What kind of failure happened, so every front end can give its own message and exit
 * code. A wrong passphrase and a damaged file are different kinds and must never be confused.
 */
enum class ErrorKind {
    WrongSecret, ///< wrong passphrase or recovery code
    Damaged, ///< file damaged, truncated or tampered with
    NewerVersion, ///< made by a newer Trustwork; never modified
    Io, ///< missing, unreadable or unwritable file
    DiskFull, ///< no space left while writing
    ReadOnly, ///< file system or file is read-only
    InvalidInput, ///< an input file (content pack, assignment, report) is invalid
    NotFound, ///< a named partner, entry or item does not exist
    Usage, ///< the request itself makes no sense
    Internal, ///< a bug; the message says so
};

/** @brief The one exception type below the app; the message is for people and has no user text. */
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }
    [[nodiscard]] ErrorKind kind() const { return m_kind; }

private:
    ErrorKind m_kind;
};

/** @brief Maps an errno from a failed write to the right kind (disk full, read-only, other). */
ErrorKind errorKindForErrno(int errorNumber);

} // namespace tw
