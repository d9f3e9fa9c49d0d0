// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "AppContext.h"
#include "NewPassphraseFields.h"
#include "SetupWizard.h"
#include "setup/SafetyCheckPanel.h"
#include "style/Components.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {
namespace {

QComboBox* roleBox(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->addItem(QCoreApplication::translate("SetupPages", "I was hurt"), QStringLiteral("hurt"));
    box->addItem(QCoreApplication::translate("SetupPages", "I broke trust"), QStringLiteral("involved"));
    box->addItem(QCoreApplication::translate("SetupPages", "We have both broken trust"), QStringLiteral("mutual"));
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

IntroPage::IntroPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Welcome to Trustwork"));
    setSubTitle(tr("A private workbook for rebuilding trust, at your own pace."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(style::text(style::TextRole::Body,
        tr("Trustwork guides you through four steps, with exercises you do alone and "
           "exercises you share. Everything stays on this computer, encrypted. You can "
           "pause at any moment."),
        this));
    auto* couple = new QRadioButton(tr("We are two partners using this &together"), this);
    auto* solo = new QRadioButton(tr("I am starting &on my own (my partner can join later)"), this);
    //: The therapist's choice: a practice workbook instead of a couple's (set up in the next step).
    auto* therapist = new QRadioButton(tr("I am a &therapist: set up a practice to send assignments"), this);
    //: Another computer already syncs this couple's workbook into a folder; this one joins it.
    auto* join = new QRadioButton(tr("This workbook is already on another computer: &join it"), this);
    couple->setAccessibleName(tr("Two partners together"));
    solo->setAccessibleName(tr("On my own"));
    therapist->setAccessibleName(tr("I am a therapist"));
    join->setAccessibleName(tr("Join from another computer"));
    couple->setChecked(true);
    layout->addSpacing(12);
    layout->addWidget(couple);
    layout->addWidget(solo);
    layout->addWidget(therapist);
    layout->addWidget(join);
    layout->addStretch();
    layout->addWidget(style::text(style::TextRole::Body,
        tr("Trustwork is a workbook, not therapy. If you are afraid of your partner, "
           "couple exercises are not the right place to start; individual support is."),
        this));
    registerField(QStringLiteral("couple"), couple);
    registerField(QStringLiteral("therapist"), therapist);
    registerField(QStringLiteral("join"), join);
    // The therapist's choice ends this wizard (Finish) and opens the practice set-up instead.
    connect(therapist, &QRadioButton::toggled, this, &QWizardPage::setFinalPage);
}

PartnersPage::PartnersPage(QWidget* parent)
    : BuiltWhenShownPage(parent)
{
    setTitle(tr("Who is here"));
    setSubTitle(tr("A first name or nickname is enough. It is the only thing stored unencrypted."));
}

void PartnersPage::build()
{
    // The names are fields from here on; nothing reads them before this page has been shown.
    auto* layout = new QVBoxLayout(this);
    auto* first = new QFormLayout();
    m_name1 = new QLineEdit(this);
    m_name1->setAccessibleName(tr("First partner's name"));
    m_name1->setMaxLength(40);
    first->addRow(tr("&Your name"), m_name1);
    first->addRow(tr("Your &role"), roleBox(this, tr("First partner's role")));
    layout->addLayout(first);
    m_second = new QWidget(this);
    auto* second = new QFormLayout(m_second);
    second->setContentsMargins(0, 12, 0, 0);
    m_name2 = new QLineEdit(m_second);
    m_name2->setAccessibleName(tr("Second partner's name"));
    m_name2->setMaxLength(40);
    second->addRow(tr("Your &partner's name"), m_name2);
    second->addRow(tr("Their r&ole"), roleBox(m_second, tr("Second partner's role")));
    layout->addWidget(m_second);
    layout->addStretch();
    layout->addWidget(style::text(style::TextRole::Body,
        tr("Roles only change the wording of some prompts. Choose the one that fits "
           "best today."),
        this));
    registerField(QStringLiteral("name1*"), m_name1);
    registerField(QStringLiteral("name2"), m_name2);
    registerField(QStringLiteral("role1"), first->itemAt(1, QFormLayout::FieldRole)->widget(), "currentData");
    registerField(QStringLiteral("role2"), second->itemAt(1, QFormLayout::FieldRole)->widget(), "currentData");
    connect(m_name2, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_name1, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void PartnersPage::prepare()
{
    m_second->setVisible(field(QStringLiteral("couple")).toBool());
}

bool PartnersPage::isComplete() const
{
    if (!m_name1) {
        return false;
    }
    const QString one = m_name1->text().trimmed();
    if (one.isEmpty()) {
        return false;
    }
    if (!field(QStringLiteral("couple")).toBool()) {
        return true;
    }
    const QString two = m_name2->text().trimmed();
    return !two.isEmpty() && two != one;
}

PassphrasePage::PassphrasePage(SetupWizard& wizard, int partner)
    : BuiltWhenShownPage(&wizard)
    , m_wizard(wizard)
    , m_partner(partner)
{
}

void PassphrasePage::build()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_fields = new NewPassphraseFields(form, tr("&Passphrase"), tr("Passphrase"), this);
    m_fields->setEnforceStrength(m_wizard.context().options().enforcePassphraseStrength);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(style::text(style::TextRole::Body,
        tr("Nobody, including Trustwork, can open your private entries without this "
           "passphrase or your recovery code."),
        this));
    if (m_partner == 2) {
        m_fields->setForbidden(
            [this](const crypto::SecretBytes& typed) { return typed.equals(m_wizard.passphrase(1)); },
            tr("This is your partner's passphrase. Choose one of your own: with the same passphrase, each of you "
               "could open the other's private entries."));
    }
    connect(m_fields, &NewPassphraseFields::changed, this, &QWizardPage::completeChanged);
}

void PassphrasePage::prepare()
{
    const QString name = m_wizard.partnerName(m_partner);
    setTitle(tr("A passphrase for %1").arg(name));
    if (m_wizard.isCouple()) {
        const QString other = m_wizard.partnerName(m_partner == 1 ? 2 : 1);
        setSubTitle(tr("Only %1 should see this screen now. %2, please look away.").arg(name, other));
    } else {
        setSubTitle(tr("Choose a passphrase that only you know."));
    }
    m_fields->setPersonalWords(m_wizard.personalWords());
}

bool PassphrasePage::isComplete() const
{
    return m_fields && m_fields->acceptable();
}

bool PassphrasePage::validatePage()
{
    m_wizard.setPassphrase(m_partner, m_fields->take());
    return true;
}

void PassphrasePage::cleanupPage()
{
    m_fields->wipe();
}

CreatePage::CreatePage(SetupWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Creating your workbook"));
    auto* layout = new QVBoxLayout(this);
    m_status = style::text(
        style::TextRole::Body, tr("Making the keys that protect your writing. This takes a few seconds."), this);
    m_status->setAccessibleName(tr("Progress"));
    layout->addWidget(m_status);
    layout->addStretch();
    // Nothing before this page can be changed once the workbook exists.
    setCommitPage(true);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        // The codes were shown and the passphrases used: neither is needed from here on.
        m_wizard.wipeSecrets();
        if (error.isEmpty()) {
            m_done = true;
            m_status->setText(tr("Your workbook is ready."));
            emit completeChanged();
            m_wizard.next();
        } else {
            m_status->setText(error);
        }
    });
}

void CreatePage::initializePage()
{
    std::vector<workbook::NewPartner> partners;
    const int count = m_wizard.isCouple() ? 2 : 1;
    for (int i = 1; i <= count; ++i) {
        workbook::NewPartner p;
        p.name = m_wizard.partnerName(i).toStdString();
        // Each code was shown on its partner's own page; the slot is made from that very code.
        p.recoveryCode = m_wizard.recoveryCode(i).clone();
        p.role = workbook::roleFromName(field(QStringLiteral("role%1").arg(i)).toString().toStdString())
                     .value_or(workbook::Role::Mutual);
        p.passphrase = m_wizard.passphrase(i).clone();
        partners.push_back(std::move(p));
    }
    auto shared = std::make_shared<std::vector<workbook::NewPartner>>(std::move(partners));
    const std::string dir = m_wizard.context().dataDir().toStdString();
    const workbook::Options options = m_wizard.context().options();
    auto* sessions = &m_wizard.sessions;
    m_watcher.setFuture(QtConcurrent::run([shared, dir, options, sessions]() -> QString {
        try {
            std::vector<std::pair<std::string, crypto::SecretBytes>> logins;
            for (const auto& p : *shared) {
                logins.emplace_back(p.name, p.passphrase.clone());
            }
            workbook::Workbook::create(dir, std::move(*shared), options);
            // Each partner's own session, so their safety check is sealed under their own key.
            for (auto& [name, passphrase] : logins) {
                sessions->push_back(workbook::Workbook::unlock(dir, name, passphrase, options));
                passphrase.wipe();
            }
            return {};
        } catch (const Error& e) {
            return QString::fromStdString(e.what());
        }
    }));
}

bool CreatePage::isComplete() const
{
    return m_done;
}

SafetyPage::SafetyPage(SetupWizard& wizard, int partnerIndex)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_index(partnerIndex)
{
    auto* layout = new QVBoxLayout(this);
    m_box = new QVBoxLayout();
    layout->addLayout(m_box, 1);
    // The answers of one partner must never be one Back away from the other.
    setCommitPage(true);
}

SafetyPage::~SafetyPage() = default;

void SafetyPage::initializePage()
{
    cleanupPage();
    if (static_cast<std::size_t>(m_index) >= m_wizard.sessions.size()) {
        setTitle(tr("Safety"));
        return;
    }
    auto& session = *m_wizard.sessions[static_cast<std::size_t>(m_index)];
    const QString name = QString::fromStdString(session.me().name);
    setTitle(tr("A private check for %1").arg(name));
    if (m_wizard.isCouple()) {
        const QString other = m_wizard.partnerName(m_index == 0 ? 2 : 1);
        const QString lookAway = tr("Only %1 should see this screen now. %2, please look away: you are never "
                                    "told what %1 answers.");
        setSubTitle(lookAway.arg(name, other));
    } else {
        setSubTitle(tr("Nobody else sees what you answer here."));
    }
    m_panel = new SafetyCheckPanel(session, m_wizard.curriculum(), this);
    m_box->addWidget(m_panel);
}

void SafetyPage::cleanupPage()
{
    while (auto* item = m_box->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_panel = nullptr;
    m_concernShown = false;
}

bool SafetyPage::validatePage()
{
    if (!m_panel) {
        return true;
    }
    switch (m_panel->save()) {
    case SafetyCheckPanel::Saved::Failed:
        return false;
    case SafetyCheckPanel::Saved::Concern:
        // Saved; the message after a concern is now on the page. Stay once so it is read.
        if (!m_concernShown) {
            m_concernShown = true;
            return false;
        }
        return true;
    case SafetyCheckPanel::Saved::NoConcern:
        return true;
    }
    return true;
}

PrivacyPage::PrivacyPage(SetupWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Private and shared"));
    auto* layout = new QVBoxLayout(this);
    m_text = style::text(style::TextRole::Body, QString(), this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void PrivacyPage::initializePage()
{
    if (m_wizard.isCouple()) {
        m_text->setText(
            tr("Everything you write starts private: only you can read it, even though you share this computer.\n\n"
               "When you choose, you can share an entry with your partner, and stop sharing it later. Some "
               "exercises ask you both to answer privately first; the answers appear side by side only when both "
               "of you have answered.\n\n"
               "Next, each of you answers a short private safety check, one at a time, before any couple "
               "exercise. Your partner never sees your answers.\n\n"
               "Press Pause whenever you need a break, and Quick exit (Ctrl+Shift+Q) to hide and lock at once."));
    } else {
        m_text->setText(
            tr("Everything you write is private: only you can read it. If your partner joins later, they get a "
               "passphrase of their own and cannot read what you wrote privately; you choose, entry by entry, "
               "what to share with them.\n\n"
               "Next comes a short private safety check. Nobody else sees your answers.\n\n"
               "Press Pause whenever you need a break, and Quick exit (Ctrl+Shift+Q) to hide and lock at once."));
    }
}

ReadyPage::ReadyPage(SetupWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Your workbook is ready"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(style::text(style::TextRole::Body,
        tr("Who would like to start? The workbook opens for them now; the other can "
           "use Switch partner later."),
        this));
    m_first = new QRadioButton(this);
    m_second = new QRadioButton(this);
    m_first->setChecked(true);
    // Kept up to date as chosen: Finish may close the wizard without asking this page again.
    connect(m_second, &QRadioButton::toggled, this, [this](bool second) { m_wizard.startingPartner = second ? 1 : 0; });
    layout->addWidget(m_first);
    layout->addWidget(m_second);
    layout->addStretch();
    setFinalPage(true);
}

void ReadyPage::initializePage()
{
    for (int partner : {1, 2}) {
        auto* button = partner == 1 ? m_first : m_second;
        const QString name = m_wizard.partnerName(partner);
        button->setText(tr("%1 starts").arg(name));
        button->setAccessibleName(tr("%1 starts").arg(name));
    }
}

bool ReadyPage::validatePage()
{
    m_wizard.startingPartner = m_second->isChecked() ? 1 : 0;
    return true;
}

} // namespace tw::app
