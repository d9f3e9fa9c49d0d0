// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoupleWorkbook.h"
#include "tw/workbook/PracticeService.h"

#include <string>
#include <vector>

namespace tw::test {

/**
 * @brief The couple (Alex and Sam) in a real main window, and in a second folder Dr Rivera's real
 * practice with the client "A&S"; a third folder for the files that travel between them.
 */
struct TherapistGui : CoupleWindow {
    TempDir practiceDir;
    TempDir files;
    std::string fingerprint;

    void SetUp() override
    {
        CoupleWindow::SetUp();
        options.dailyBackup = false;
        fingerprint = workbook::PracticeService::create(
            practiceDir.path(), "Dr Rivera", crypto::SecretBytes::fromString("rivera pass"), options)
                          .identity.fingerprint;
        workbook::PracticeService(*therapist()).addClient("A&S");
    }
    std::unique_ptr<workbook::Session> therapist()
    {
        return workbook::Workbook::unlock(
            practiceDir.path(), "Dr Rivera", crypto::SecretBytes::fromString("rivera pass"), options);
    }
    /** @brief Signs an assignment for A&S with the practice's own service (the builder has its own test). */
    QString assign(const std::vector<workbook::AssignmentItem>& items, const std::string& name)
    {
        const auto path = files.path() / name;
        auto t = therapist();
        workbook::PracticeService(*t).exportAssignment({"A&S", items, "Between sessions, please.", ""}, path);
        return QString::fromStdString(path.string());
    }
    /** @brief The first exercise of the n-th module that is not the safety check. */
    static const content::Exercise& exercise(std::size_t module)
    {
        for (const auto& e : curriculum().modules.at(module).exercises) {
            if (!e.safety) {
                return e;
            }
        }
        throw std::logic_error("module without exercises");
    }
};

} // namespace tw::test
