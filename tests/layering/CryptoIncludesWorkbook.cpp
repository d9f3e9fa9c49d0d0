// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Deliberately wrong: crypto sits below workbook and must not see its headers.
#include "tw/workbook/Session.h"
