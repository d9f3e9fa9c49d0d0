// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be called from the global namespace.
static void initTrustworkResources()
{
    Q_INIT_RESOURCE(trustwork);
}

namespace tw::app::style {

void initResources()
{
    static const bool done = [] {
        initTrustworkResources();
        return true;
    }();
    (void)done;
}

} // namespace tw::app::style
