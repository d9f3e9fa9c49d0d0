// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupCodePage.h"

#include "RecoveryCodePanel.h"
#include "SetupWizard.h"
#include "style/Components.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tw::app {

SetupCodePage::SetupCodePage(SetupWizard& wizard, int partner)
    : BuiltWhenShownPage(&wizard)
    , m_wizard(wizard)
    , m_partner(partner)
{
    setCommitPage(true);
}

void SetupCodePage::build()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(style::text(style::TextRole::Body,
        tr("If you ever forget your passphrase, this code lets you choose a new one. It is shown only now and "
           "only to you. Anyone who has it can open your private entries, so keep it where nobody else can "
           "reach it: print it or write it down and keep it somewhere private."),
        this));
    layout->addSpacing(8);
    m_panel = new RecoveryCodePanel(this);
    layout->addWidget(m_panel);
    layout->addStretch();
    connect(m_panel, &RecoveryCodePanel::storedChanged, this, &QWizardPage::completeChanged);
}

void SetupCodePage::prepare()
{
    const QString name = m_wizard.partnerName(m_partner);
    setTitle(tr("%1's recovery code").arg(name));
    if (m_wizard.isCouple()) {
        const QString other = m_wizard.partnerName(m_partner == 1 ? 2 : 1);
        setSubTitle(tr("Only %1 should see this screen now. %2, please look away.").arg(name, other));
    } else {
        setSubTitle(tr("Keep it where only you can reach it."));
    }
    m_panel->showCode(name, m_wizard.recoveryCode(m_partner));
}

void SetupCodePage::cleanupPage()
{
    // Back to the passphrase page: the code leaves the screen (the same code comes back on Next).
    m_panel->wipe();
}

bool SetupCodePage::validatePage()
{
    m_panel->wipe();
    return true;
}

bool SetupCodePage::isComplete() const
{
    return m_panel && m_panel->stored();
}

} // namespace tw::app
