// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/Workbook.h"

#include <QWizard>

#include <vector>

namespace tw::app {

class AppContext;

/**
 * @brief First run: solo or couple, names and roles, each passphrase twice, then the recovery codes
 * (shown once, with save and print) and how private and shared spaces work.
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
        PrivacyPage
    };

    explicit SetupWizard(AppContext& context, QWidget* parent = nullptr);

    [[nodiscard]] bool isCouple() const;
    [[nodiscard]] AppContext& context() { return m_context; }
    /** @brief Filled in by the create page; wiped when the wizard closes. */
    std::vector<workbook::RecoveryCode> codes;

    int nextId() const override;

protected:
    void done(int result) override;

private:
    AppContext& m_context;
};

} // namespace tw::app
