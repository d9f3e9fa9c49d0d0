// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to tw_workbook: the practice's key pairs, shared by PracticeService's two source files.

#include "tw/crypto/SealedBox.h"
#include "tw/crypto/Signing.h"
#include "tw/workbook/PracticeService.h"

namespace tw::workbook {

struct PracticeService::Keys {
    crypto::SigningKeyPair sign;
    crypto::BoxKeyPair box;
};

} // namespace tw::workbook
