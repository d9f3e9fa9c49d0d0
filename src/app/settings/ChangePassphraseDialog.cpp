// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePassphraseDialog.h"

#include "AppContext.h"
#include "NewPassphraseFields.h"
#include "secrets/SecretLineEdit.h"
#include "setup/RecoveryCodePanel.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {
namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(AppContext& context, Reason reason, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    auto* session = context.session();
    const bool someone = reason == Reason::SomeoneMayKnow;
    setWindowTitle(someone ? tr("Someone may know my passphrase") : tr("Change my passphrase"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* form = new QWidget(m_pages);
    auto* formLayout = new QVBoxLayout(form);
    if (someone) {
        formLayout->addWidget(paragraph(
            tr("If you think someone has seen or guessed your passphrase, or found your recovery code, choose a new "
               "passphrase now.\n\n"
               "Trustwork then makes new keys for your private writing. Your old passphrase, your old recovery code "
               "and any old copy of the workbook's files no longer open anything you write from now on. Your "
               "entries stay as they are, and you get a new recovery code.\n\n"
               "If someone had your passphrase and a copy of the files, they may already have read what was there "
               "before today. Keep your new passphrase and code to yourself."),
            form));
    } else {
        formLayout->addWidget(paragraph(tr("Your entries stay as they are. You get a new recovery code, and the old "
                                           "one stops working."),
            form));
    }
    auto* fields = new QFormLayout();
    m_current = new SecretLineEdit(form);
    m_current->setAccessibleName(tr("Current passphrase"));
    fields->addRow(tr("&Current passphrase"), m_current);
    m_fresh = new NewPassphraseFields(fields, tr("&New passphrase"), tr("New passphrase"), form);
    m_fresh->setEnforceStrength(context.options().enforcePassphraseStrength);
    if (session) {
        std::vector<std::string> words;
        for (const auto& partner : session->partners()) {
            words.push_back(QString::fromStdString(partner.name).toLower().toStdString());
        }
        m_fresh->setPersonalWords(std::move(words));
    }
    formLayout->addLayout(fields);
    m_error = new QLabel(form);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Passphrase change problem"));
    m_error->hide();
    formLayout->addWidget(m_error);
    m_busy = new QProgressBar(form);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Making new keys, please wait"));
    m_busy->hide();
    formLayout->addWidget(m_busy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, form);
    m_go = buttons->addButton(tr("Set the new passphrase"), QDialogButtonBox::AcceptRole);
    m_go->setAccessibleName(tr("Set the new passphrase"));
    m_go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formLayout->addStretch();
    formLayout->addWidget(buttons);
    m_pages->addWidget(form);

    auto* done = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(paragraph(tr("Your new passphrase is set and your keys are new. This is your new recovery "
                                       "code, shown once: the old one no longer works. Keep it where only you can "
                                       "reach it."),
        done));
    m_code = new RecoveryCodePanel(done);
    doneLayout->addWidget(m_code);
    doneLayout->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Ok, done);
    auto* ok = close->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_code, &RecoveryCodePanel::storedChanged, ok, &QWidget::setEnabled);
    connect(close, &QDialogButtonBox::accepted, this, &QDialog::accept);
    doneLayout->addWidget(close);
    m_pages->addWidget(done);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateState);
    connect(m_fresh, &NewPassphraseFields::changed, this, &ChangePassphraseDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<PassphraseChangeOutcome>::finished, this, &ChangePassphraseDialog::finish);
    // Locking (idle, quick exit) while this is open closes it; lock() waits for a change under way.
    connect(&context, &AppContext::aboutToLock, this, &QDialog::reject);
    updateState();
    resize(600, someone ? 560 : 420);
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    m_watcher.waitForFinished();
    m_code->wipe();
}

QString ChangePassphraseDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString ChangePassphraseDialog::newCodeText() const
{
    return m_code->shownText();
}

void ChangePassphraseDialog::updateState()
{
    m_go->setEnabled(!m_working && !m_current->text().isEmpty() && m_fresh->acceptable());
}

void ChangePassphraseDialog::start()
{
    auto* session = m_context.session();
    if (m_working || !session || !m_go->isEnabled()) {
        return;
    }
    m_working = true;
    m_error->hide();
    m_busy->show();
    auto current = std::make_shared<crypto::SecretBytes>(m_current->take());
    auto fresh = std::make_shared<crypto::SecretBytes>(m_fresh->take());
    updateState();
    // Key derivation and re-encrypting the private store take a few seconds. Nothing else uses
    // the session meanwhile: this dialog is modal, and AppContext::lock() waits for it.
    auto future = QtConcurrent::run([session, current, fresh]() -> PassphraseChangeOutcome {
        PassphraseChangeOutcome outcome;
        try {
            outcome.newCode = std::make_shared<crypto::SecretBytes>(session->changePassphrase(*current, *fresh));
        } catch (const Error& e) {
            outcome.wrongPassphrase = e.kind() == ErrorKind::WrongSecret;
            outcome.error = QString::fromStdString(e.what());
        }
        current->wipe();
        fresh->wipe();
        return outcome;
    });
    m_context.setWorkInProgress(QFuture<void>(future));
    m_watcher.setFuture(future);
}

void ChangePassphraseDialog::finish()
{
    m_working = false;
    m_busy->hide();
    PassphraseChangeOutcome outcome = m_watcher.result();
    if (outcome.newCode) {
        m_changed = true;
        const QString name = m_context.session() ? QString::fromStdString(m_context.session()->me().name) : QString();
        m_code->showCode(name, *outcome.newCode);
        outcome.newCode->wipe();
        m_pages->setCurrentIndex(1);
        return;
    }
    m_error->setText(outcome.wrongPassphrase ? tr("That is not your current passphrase. Nothing was changed.")
                                             : tr("Nothing was changed: %1").arg(outcome.error));
    m_error->show();
    m_current->setFocus();
    updateState();
}

} // namespace tw::app
