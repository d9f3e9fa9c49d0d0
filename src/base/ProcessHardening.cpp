// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/base/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace tw {

bool disableCoreDumps()
{
    rlimit limit{};
    limit.rlim_cur = 0;
    limit.rlim_max = 0;
    const bool limited = setrlimit(RLIMIT_CORE, &limit) == 0;
    // PR_SET_DUMPABLE 0 also stops other processes of the same user from ptrace-attaching.
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

} // namespace tw
