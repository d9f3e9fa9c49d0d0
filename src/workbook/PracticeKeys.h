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
    int generation = 0; ///< 0 for the key made with the practice, one more at each key change
    std::vector<KeyHandover> handovers; ///< how this key came from the first one, oldest first
};

} // namespace tw::workbook
