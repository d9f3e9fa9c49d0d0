// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/base/Error.h"

#include <cerrno>

namespace tw {

ErrorKind errorKindForErrno(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return ErrorKind::DiskFull;
    case EROFS:
    case EACCES:
    case EPERM:
        return ErrorKind::ReadOnly;
    default:
        return ErrorKind::Io;
    }
}

} // namespace tw
