// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "PauseDialog.h"
#include "SetupPages.h"
#include "tw/workbook/Session.h"

#include <QAbstractButton>

namespace tw::app {

SetupWizard::SetupWizard(AppContext& context, CurriculumSource curriculum, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_curriculum(std::move(curriculum))
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
    setPage(FirstSafetyPage, new SafetyPage(*this, 0));
    setPage(SecondSafetyPage, new SafetyPage(*this, 1));
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

SetupWizard::~SetupWizard()
{
    for (auto& session : sessions) {
        session->lock();
    }
}

bool SetupWizard::practiceChosen() const
{
    return result() == QDialog::Accepted && field(QStringLiteral("therapist")).toBool();
}

int SetupWizard::nextId() const
{
    if (currentId() == IntroPage && field(QStringLiteral("therapist")).toBool()) {
        return -1;
    }
    if (currentId() == FirstPassphrasePage && !isCouple()) {
        return CreatePage;
    }
    if (currentId() == FirstSafetyPage && !isCouple()) {
        return -1;
    }
    return QWizard::nextId();
}

void SetupWizard::done(int result)
{
    // Recovery codes were shown once and sessions were for the safety check: neither may linger.
    codes.clear();
    for (auto& session : sessions) {
        session->lock();
    }
    sessions.clear();
    QWizard::done(result);
}

} // namespace tw::app
