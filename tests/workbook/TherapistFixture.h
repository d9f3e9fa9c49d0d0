// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkbookFixture.h"
#include "tw/workbook/AssignmentService.h"
#include "tw/workbook/PracticeService.h"
#include "tw/workbook/ReportService.h"

#include <memory>

namespace tw::test {

/**
 * @brief A couple workbook (Alex and Sam, from CoupleFixture) plus a therapist's practice workbook
 * (Dr Rivera, with client "A&S") in a second folder, both real and encrypted, cheap to unlock.
 */
struct TherapistFixture : CoupleFixture {
    TempDir practiceDir;
    std::string fingerprint;

    void SetUp() override
    {
        CoupleFixture::SetUp();
        fingerprint = workbook::PracticeService::create(practiceDir.path(), "Dr Rivera", secret("rivera pass"), options)
                          .identity.fingerprint;
        auto t = therapist();
        workbook::PracticeService(*t).addClient("A&S");
    }
    std::unique_ptr<workbook::Session> therapist()
    {
        return workbook::Workbook::unlock(practiceDir.path(), "Dr Rivera", secret("rivera pass"), options);
    }
    /** Signs an assignment for A&S and writes it into the couple's folder's neighbour. */
    std::filesystem::path assign(
        const std::vector<workbook::AssignmentItem>& items, const std::string& name = "a.twassign")
    {
        auto t = therapist();
        workbook::AssignmentDraft draft{"A&S", items, "Between sessions, please.", ""};
        const auto path = practiceDir / name;
        workbook::PracticeService(*t).exportAssignment(draft, path);
        return path;
    }
};

} // namespace tw::test
