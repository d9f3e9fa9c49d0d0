// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BuiltWhenShownPage.h"

namespace tw::app {

class RecoveryCodePanel;
class SetupWizard;

/**
 * @brief One partner's recovery code, on the page right after their passphrase, while the other
 * partner looks away. A commit page: once Next is pressed nobody can come Back to it, and the
 * code leaves the screen (it is kept, in guarded memory, only until the workbook is created).
 */
class SetupCodePage : public BuiltWhenShownPage {
    Q_OBJECT
public:
    SetupCodePage(SetupWizard& wizard, int partner);
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    [[nodiscard]] RecoveryCodePanel* panel() const { return m_panel; }

private:
    void build() override;
    void prepare() override;

    SetupWizard& m_wizard;
    int m_partner;
    RecoveryCodePanel* m_panel = nullptr;
};

} // namespace tw::app
