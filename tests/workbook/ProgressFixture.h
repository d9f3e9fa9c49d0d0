// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InsightsClock.h"
#include "WorkbookFixture.h"
#include "tw/content/Loader.h"
#include "tw/workbook/Journal.h"

namespace tw::test {

/** @brief The real curriculum from the source tree, loaded once per test program. */
inline const content::Curriculum& realCurriculum()
{
    static const content::Curriculum curriculum
        = content::loadCurriculum(std::filesystem::path(TW_SOURCE_DIR) / "content", "en", {}).curriculum;
    return curriculum;
}

/**
 * @brief A couple workbook whose clock the test sets, so entries land on chosen days and weeks.
 * No daily backups: the clock jumps by weeks between unlocks.
 */
struct DatedCoupleFixture : CoupleFixture {
    std::int64_t now = utcMs("2026-03-02", 12);

    void SetUp() override
    {
        options.now = [this] { return now; };
        options.dailyBackup = false;
        CoupleFixture::SetUp();
    }
    void at(const std::string& day, int hour = 12, int minute = 0) { now = utcMs(day, hour, minute); }
};

} // namespace tw::test
