// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::crypto {

/** @brief Initialises libsodium once per process; throws if the library cannot start. */
void ensureSodium();

} // namespace tw::crypto
