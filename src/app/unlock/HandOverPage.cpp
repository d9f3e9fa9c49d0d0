// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandOverPage.h"

#include "NewPassphraseFields.h"
#include "secrets/SecretLineEdit.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {

HandOverPage::HandOverPage(bool enforceStrength, QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    m_title = new QLabel(column);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_intro = new QLabel(column);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* fields = new QFormLayout();
    m_name = new QLineEdit(column);
    m_name->setMaxLength(40);
    m_name->setAccessibleName(tr("Your name"));
    fields->addRow(tr("Your &name"), m_name);
    m_role = new QComboBox(column);
    m_role->addItem(tr("I was hurt"), QStringLiteral("hurt"));
    m_role->addItem(tr("I broke trust"), QStringLiteral("involved"));
    m_role->addItem(tr("We have both broken trust"), QStringLiteral("mutual"));
    m_role->setAccessibleName(tr("Your role"));
    fields->addRow(tr("Your &role"), m_role);
    m_passphrase = new NewPassphraseFields(fields, tr("Your &passphrase"), tr("Your passphrase"), column);
    m_passphrase->setEnforceStrength(enforceStrength);
    layout->addLayout(fields);
    m_error = new QLabel(column);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Joining problem"));
    m_error->hide();
    layout->addWidget(m_error);
    m_busy = new QProgressBar(column);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Adding you, please wait"));
    m_busy->hide();
    layout->addWidget(m_busy);
    auto* buttons = new QHBoxLayout();
    m_cancel = new QPushButton(tr("Cancel"), column);
    m_cancel->setAccessibleName(tr("Cancel joining"));
    m_add = new QPushButton(tr("&Join the workbook"), column);
    m_add->setAccessibleName(tr("Join the workbook"));
    m_add->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_add);
    layout->addLayout(buttons);

    outer->addStretch();
    auto* centre = new QHBoxLayout();
    centre->addStretch();
    centre->addWidget(column);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &HandOverPage::updateState);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &HandOverPage::updateState);
    connect(m_add, &QPushButton::clicked, this, &HandOverPage::add);
    connect(m_name, &QLineEdit::returnPressed, this, &HandOverPage::add);
    connect(m_passphrase, &NewPassphraseFields::submitted, this, &HandOverPage::add);
    connect(m_cancel, &QPushButton::clicked, this, &HandOverPage::cancel);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &HandOverPage::done);
}

HandOverPage::~HandOverPage()
{
    m_watcher.waitForFinished();
    if (m_session) {
        m_session->lock();
    }
}

void HandOverPage::begin(std::shared_ptr<workbook::Session> session, const QString& name)
{
    m_session = std::move(session);
    m_firstName = QString::fromStdString(m_session->me().name);
    m_title->setText(tr("Hand the computer to %1").arg(name));
    m_intro->setText(tr("%1's workbook is locked; nothing of theirs is on screen. %2, this is where you join: "
                        "choose your role and a passphrase that only you know. Your recovery code and your private "
                        "safety check come the first time you open the workbook.")
            .arg(m_firstName, name));
    m_name->setText(name);
    m_role->setCurrentIndex(0);
    m_passphrase->wipe();
    std::vector<std::string> words{m_firstName.toLower().toStdString(), name.toLower().toStdString()};
    m_passphrase->setPersonalWords(std::move(words));
    m_error->hide();
    updateState();
    m_passphrase->firstField()->setFocus();
}

void HandOverPage::cancel()
{
    if (m_working) {
        return;
    }
    m_passphrase->wipe();
    if (m_session) {
        m_session->lock();
        m_session.reset();
    }
    emit finished(QString());
}

QString HandOverPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void HandOverPage::updateState()
{
    const QString name = m_name->text().trimmed();
    m_add->setEnabled(!m_working && m_session && !name.isEmpty() && name.compare(m_firstName, Qt::CaseInsensitive) != 0
        && m_passphrase->acceptable());
}

void HandOverPage::add()
{
    if (!m_add->isEnabled()) {
        return;
    }
    m_working = true;
    m_error->hide();
    m_busy->show();
    auto partner = std::make_shared<workbook::NewPartner>();
    partner->name = m_name->text().trimmed().toStdString();
    partner->role
        = workbook::roleFromName(m_role->currentData().toString().toStdString()).value_or(workbook::Role::Mutual);
    partner->passphrase = m_passphrase->take();
    updateState();
    auto session = m_session;
    // Key derivation for the new partner's slot takes a moment; nothing else uses the session.
    m_watcher.setFuture(QtConcurrent::run([session, partner]() -> QString {
        QString error;
        try {
            session->addPartner(*partner);
        } catch (const Error& e) {
            // Usage: the storage refused the passphrase (the first partner's, or too easy to guess).
            error = e.kind() == ErrorKind::Usage
                ? QCoreApplication::translate("HandOverPage",
                      "This passphrase cannot be used here: it is already in use in this workbook, or too easy "
                      "to guess.")
                : QString::fromStdString(e.what());
        }
        partner->passphrase.wipe();
        return error;
    }));
}

void HandOverPage::done()
{
    m_working = false;
    m_busy->hide();
    const QString error = m_watcher.result();
    if (!error.isEmpty()) {
        m_error->setText(tr("%1 Nothing was changed; please try again.").arg(error));
        m_error->show();
        m_passphrase->firstField()->setFocus();
        updateState();
        return;
    }
    const QString name = m_name->text().trimmed();
    m_session->lock();
    m_session.reset();
    emit finished(name);
}

} // namespace tw::app
