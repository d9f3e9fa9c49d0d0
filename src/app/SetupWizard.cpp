// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "PauseDialog.h"
#include "SetupPages.h"
#include "setup/SetupCodePage.h"
#include "sync/JoinPage.h"
#include "tw/crypto/KeySlotFile.h"
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
    // Commit pages keep the ordinary Next label: "Commit" means nothing to the people using this.
    setButtonText(QWizard::CommitButton, buttonText(QWizard::NextButton));
    setPage(IntroPage, new tw::app::IntroPage(this));
    setPage(PartnersPage, new tw::app::PartnersPage(this));
    setPage(FirstPassphrasePage, new PassphrasePage(*this, 1));
    setPage(FirstCodePage, new SetupCodePage(*this, 1));
    setPage(SecondPassphrasePage, new PassphrasePage(*this, 2));
    setPage(SecondCodePage, new SetupCodePage(*this, 2));
    setPage(CreatePage, new tw::app::CreatePage(*this));
    setPage(PrivacyPage, new tw::app::PrivacyPage(*this));
    setPage(FirstSafetyPage, new SafetyPage(*this, 0));
    setPage(SecondSafetyPage, new SafetyPage(*this, 1));
    setPage(ReadyPage, new tw::app::ReadyPage(*this));
    setPage(JoinPage, new tw::app::JoinPage(*this));
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
    resize(760, 620);
}

SetupWizard::~SetupWizard()
{
    wipeSecrets();
    for (auto& session : sessions) {
        session->lock();
    }
}

bool SetupWizard::isCouple() const
{
    return field(QStringLiteral("couple")).toBool();
}

bool SetupWizard::practiceChosen() const
{
    return result() == QDialog::Accepted && field(QStringLiteral("therapist")).toBool();
}

QString SetupWizard::partnerName(int partner) const
{
    return field(QStringLiteral("name%1").arg(partner)).toString().trimmed();
}

std::vector<std::string> SetupWizard::personalWords() const
{
    std::vector<std::string> words;
    for (int partner : {1, 2}) {
        const QString name = partnerName(partner);
        if (!name.isEmpty()) {
            words.push_back(name.toLower().toStdString());
        }
    }
    return words;
}

void SetupWizard::setPassphrase(int partner, crypto::SecretBytes passphrase)
{
    m_passphrases.at(static_cast<std::size_t>(partner - 1)) = std::move(passphrase);
}

const crypto::SecretBytes& SetupWizard::passphrase(int partner) const
{
    return m_passphrases.at(static_cast<std::size_t>(partner - 1));
}

const crypto::SecretBytes& SetupWizard::recoveryCode(int partner)
{
    auto& code = m_codes.at(static_cast<std::size_t>(partner - 1));
    if (code.empty()) {
        code = crypto::makeRecoveryCode();
    }
    return code;
}

bool SetupWizard::holdsSecrets() const
{
    for (const auto* secrets : {&m_passphrases, &m_codes}) {
        for (const auto& secret : *secrets) {
            if (!secret.empty()) {
                return true;
            }
        }
    }
    return false;
}

void SetupWizard::wipeSecrets()
{
    for (auto* secrets : {&m_passphrases, &m_codes}) {
        for (auto& secret : *secrets) {
            secret.wipe();
        }
    }
}

std::shared_ptr<workbook::Session> SetupWizard::takeSession()
{
    return std::move(m_opening);
}

int SetupWizard::nextId() const
{
    const int current = currentId();
    if (current == IntroPage && field(QStringLiteral("therapist")).toBool()) {
        return -1;
    }
    if (current == IntroPage && field(QStringLiteral("join")).toBool()) {
        return JoinPage;
    }
    if (current == ReadyPage || current == JoinPage) {
        return -1;
    }
    if (current == FirstCodePage && !isCouple()) {
        return CreatePage;
    }
    if (current == FirstSafetyPage && !isCouple()) {
        return -1;
    }
    return QWizard::nextId();
}

void SetupWizard::done(int result)
{
    // Passphrases and codes were needed only until the workbook existed; sessions were for the
    // safety check, and only the starting partner's stays open (handed to the main window).
    wipeSecrets();
    const auto starting = static_cast<std::size_t>(isCouple() ? startingPartner : 0);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (result == QDialog::Accepted && i == starting) {
            m_opening = sessions[i];
        } else {
            sessions[i]->lock();
        }
    }
    sessions.clear();
    QWizard::done(result);
}

} // namespace tw::app
