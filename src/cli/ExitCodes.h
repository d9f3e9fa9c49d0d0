// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/base/Error.h"

namespace tw::cli {

/** @brief The documented exit codes; scripts depend on them, so they never change meaning. */
enum ExitCode : int {
    kOk = 0,
    kUsage = 2,
    kWrongSecret = 3,
    kDamaged = 4,
    kNewerVersion = 5,
    kIo = 6,
    kInvalidInput = 7,
};

inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongSecret:
        return kWrongSecret;
    case ErrorKind::Damaged:
        return kDamaged;
    case ErrorKind::NewerVersion:
        return kNewerVersion;
    case ErrorKind::Io:
    case ErrorKind::DiskFull:
    case ErrorKind::ReadOnly:
        return kIo;
    case ErrorKind::InvalidInput:
        return kInvalidInput;
    case ErrorKind::NotFound:
    case ErrorKind::Usage:
        return kUsage;
    case ErrorKind::Internal:
        return kDamaged;
    }
    return kDamaged;
}

} // namespace tw::cli
