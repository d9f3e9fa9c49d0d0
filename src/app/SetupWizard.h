// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CurriculumLoader.h"
#include "tw/workbook/Workbook.h"

#include <QWizard>

#include <memory>
#include <vector>

namespace tw::workbook {
class Session;
}

namespace tw::app {

class AppContext;

/**
 * @brief First run: solo or couple, names and roles, each passphrase twice, then the recovery codes
 * (shown once, with save and print), how private and shared spaces work, and each partner's private
 * safety check on a screen of its own.
 */
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        IntroPage,
        PartnersPage,
        FirstPassphrasePage,
        SecondPassphrasePage,
        CreatePage,
        CodesPage,
        PrivacyPage,
        FirstSafetyPage,
        SecondSafetyPage
    };

    SetupWizard(AppContext& context, CurriculumSource curriculum, QWidget* parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] bool isCouple() const;
    /** @brief The first page's "I am a therapist" was chosen and confirmed: run practice set-up instead. */
    [[nodiscard]] bool practiceChosen() const;
    [[nodiscard]] AppContext& context() { return m_context; }
    /** @brief Waits for the curriculum if it is still loading (only the safety pages need it). */
    [[nodiscard]] const content::Curriculum& curriculum() const { return m_curriculum.get(); }
    /** @brief Each partner's session, opened right after creation for their private safety check. */
    std::vector<std::shared_ptr<workbook::Session>> sessions;
    /** @brief Filled in by the create page; wiped when the wizard closes. */
    std::vector<workbook::RecoveryCode> codes;

    int nextId() const override;

protected:
    void done(int result) override;

private:
    AppContext& m_context;
    CurriculumSource m_curriculum;
};

} // namespace tw::app
