// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Sam's planted library (AttackLibraryTest.cpp): built under the very file name the window loads
// SQLCipher by. It only has to be found to count: loading it at all is the failure.
extern "C" int tw_planted_by_the_other_partner()
{
    return 1;
}
