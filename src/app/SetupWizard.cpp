// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "PauseDialog.h"
#include "SetupPages.h"

#include <QAbstractButton>

namespace tw::app {

SetupWizard::SetupWizard(AppContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
{
    setWindowTitle(tr("Set up Trustwork"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(IntroPage, new tw::app::IntroPage(this));
    setPage(PartnersPage, new tw::app::PartnersPage(this));
    setPage(FirstPassphrasePage, new PassphrasePage(1, this));
    setPage(SecondPassphrasePage, new PassphrasePage(2, this));
    setPage(CreatePage, new tw::app::CreatePage(*this));
    setPage(CodesPage, new tw::app::CodesPage(*this));
    setPage(PrivacyPage, new tw::app::PrivacyPage(this));
    setStartId(IntroPage);
    // Setting up can stir things up too; a pause is one click away here as everywhere.
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Pause"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Pause"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            PauseDialog dialog(this);
            dialog.exec();
        }
    });
    resize(720, 560);
}

bool SetupWizard::isCouple() const
{
    return field(QStringLiteral("couple")).toBool();
}

int SetupWizard::nextId() const
{
    if (currentId() == FirstPassphrasePage && !isCouple()) {
        return CreatePage;
    }
    return QWizard::nextId();
}

void SetupWizard::done(int result)
{
    // Recovery codes were shown once; they must not linger in memory after the wizard.
    codes.clear();
    QWizard::done(result);
}

} // namespace tw::app
