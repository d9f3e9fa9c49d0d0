// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OtherPartner.h"
#include "WorkbookFixture.h"
#include "tw/workbook/UnlockNotice.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tw::test {

/** @brief Alex (the victim in most tests) and Sam (the other partner, attacking) in one workbook. */
struct Adversary : CoupleFixture {
    OtherPartner samAttacks() const { return OtherPartner(dir.path(), "Sam", "sam passphrase"); }
    OtherPartner alexAttacks() const { return OtherPartner(dir.path(), "Alex", "alex passphrase"); }

    static const workbook::UnlockNotice* noticeOf(const workbook::Session& s, workbook::UnlockNotice::Kind kind)
    {
        const auto& all = s.notices();
        const auto it = std::find_if(all.begin(), all.end(), [&](const auto& n) { return n.kind == kind; });
        return it == all.end() ? nullptr : &*it;
    }

    /** @brief This unlock told its partner that @p count of their published rows had been changed, and put them back.
     */
    static void expectMyRowsPutBack(workbook::Session& s, int count)
    {
        const auto* notice = noticeOf(s, workbook::UnlockNotice::Kind::MyRowsChanged);
        ASSERT_NE(notice, nullptr);
        EXPECT_EQ(notice->count, count);
        EXPECT_EQ(s.verify(), "");
    }
};

} // namespace tw::test
