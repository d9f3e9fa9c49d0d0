// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tw/workbook/Types.h"

namespace tw::workbook {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Hurt:
        return "hurt";
    case Role::Involved:
        return "involved";
    case Role::Mutual:
        return "mutual";
    }
    return "mutual";
}

std::optional<Role> roleFromName(std::string_view name)
{
    if (name == "hurt") {
        return Role::Hurt;
    }
    if (name == "involved") {
        return Role::Involved;
    }
    if (name == "mutual") {
        return Role::Mutual;
    }
    return std::nullopt;
}

std::string_view visibilityName(Visibility visibility)
{
    return visibility == Visibility::Private ? "private" : "shared";
}

} // namespace tw::workbook
