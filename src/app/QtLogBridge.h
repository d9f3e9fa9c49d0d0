// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::app {

/** @brief Routes qDebug/qWarning into the "app" spdlog logger so there is one log, one policy. */
void installQtLogBridge();

} // namespace tw::app
