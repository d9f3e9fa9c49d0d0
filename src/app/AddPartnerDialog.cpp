// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPartnerDialog.h"

#include "NewPassphraseFields.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tw::app {

AddPartnerDialog::AddPartnerDialog(workbook::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Add your partner"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* form = new QWidget(m_pages);
    auto* formLayout = new QVBoxLayout(form);
    auto* intro = new QLabel(tr("Your partner can join this workbook now. Everything you wrote privately stays "
                                "private; only what you have shared, or share later, is visible to them. "
                                "Please let your partner type their own passphrase."),
        form);
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    auto* fields = new QFormLayout();
    m_name = new QLineEdit(form);
    m_name->setMaxLength(40);
    m_name->setAccessibleName(tr("Partner's name"));
    m_role = new QComboBox(form);
    m_role->addItem(tr("I was hurt"), QStringLiteral("hurt"));
    m_role->addItem(tr("I broke trust"), QStringLiteral("involved"));
    m_role->addItem(tr("We have both broken trust"), QStringLiteral("mutual"));
    m_role->setAccessibleName(tr("Partner's role"));
    fields->addRow(tr("Their &name"), m_name);
    fields->addRow(tr("Their &role, in their words"), m_role);
    m_passphrase = new NewPassphraseFields(fields, tr("Their &passphrase"), tr("Partner's passphrase"), form);
    formLayout->addLayout(fields);
    m_error = new QLabel(form);
    m_error->setWordWrap(true);
    m_error->hide();
    formLayout->addWidget(m_error);
    m_add = new QPushButton(tr("Add partner"), form);
    m_add->setDefault(true);
    m_add->setAccessibleName(tr("Add partner"));
    formLayout->addWidget(m_add, 0, Qt::AlignRight);
    m_pages->addWidget(form);

    auto* done = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(done);
    auto* codeIntro = new QLabel(tr("Your partner's recovery code, shown once. It can set a new passphrase if "
                                    "theirs is forgotten; they should keep it somewhere private."),
        done);
    codeIntro->setWordWrap(true);
    doneLayout->addWidget(codeIntro);
    m_code = recoveryCodeLabel(done, tr("Recovery code"));
    doneLayout->addWidget(m_code);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, done);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    doneLayout->addStretch();
    doneLayout->addWidget(close);
    m_pages->addWidget(done);

    connect(m_name, &QLineEdit::textChanged, this, &AddPartnerDialog::updateState);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &AddPartnerDialog::updateState);
    connect(m_add, &QPushButton::clicked, this, &AddPartnerDialog::addPartner);
    updateState();
    resize(560, 420);
}

QString AddPartnerDialog::recoveryCodeText() const
{
    return m_code->text();
}

void AddPartnerDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    m_add->setEnabled(
        !name.isEmpty() && name != QString::fromStdString(m_session.me().name) && m_passphrase->acceptable());
}

void AddPartnerDialog::addPartner()
{
    workbook::NewPartner partner;
    partner.name = m_name->text().trimmed().toStdString();
    partner.role
        = workbook::roleFromName(m_role->currentData().toString().toStdString()).value_or(workbook::Role::Mutual);
    partner.passphrase = m_passphrase->take();
    try {
        m_session.addPartner(partner);
        // The new partner's recovery code is made and shown in their own first session, not here.
        m_code->setText(tr("%1 will make their own recovery code the first time they open the workbook.")
                .arg(QString::fromStdString(partner.name)));
        m_pages->setCurrentIndex(1);
    } catch (const Error& e) {
        m_error->setText(QString::fromStdString(e.what()));
        m_error->show();
    }
}

} // namespace tw::app
