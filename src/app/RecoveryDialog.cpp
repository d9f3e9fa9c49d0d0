// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryDialog.h"

#include "NewPassphraseFields.h"
#include "secrets/SecretLineEdit.h"
#include "setup/RecoveryCodePanel.h"
#include "tw/base/Error.h"
#include "tw/workbook/Session.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {

RecoveryDialog::RecoveryDialog(QString dataDir, QString name, workbook::Options options, QWidget* parent)
    : QDialog(parent)
    , m_dataDir(std::move(dataDir))
    , m_name(std::move(name))
    , m_options(std::move(options))
{
    setWindowTitle(tr("Use a recovery code"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* form = new QWidget(m_pages);
    auto* formLayout = new QVBoxLayout(form);
    auto* intro = new QLabel(tr("%1, type the recovery code you kept when the workbook was set up, then choose a "
                                "new passphrase. Nothing you wrote is lost.")
                                 .arg(m_name),
        form);
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    auto* fields = new QFormLayout();
    m_code = new SecretLineEdit(form);
    m_code->setAccessibleName(tr("Recovery code"));
    m_code->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    fields->addRow(tr("Recovery &code"), m_code);
    m_passphrase = new NewPassphraseFields(fields, tr("&New passphrase"), tr("New passphrase"), form);
    // The same minimum as everywhere a passphrase is chosen; the storage would refuse a weaker one.
    m_passphrase->setEnforceStrength(m_options.enforcePassphraseStrength);
    m_passphrase->setPersonalWords({m_name.toLower().toStdString()});
    formLayout->addLayout(fields);
    m_error = new QLabel(form);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Recovery problem"));
    m_error->hide();
    formLayout->addWidget(m_error);
    m_go = new QPushButton(tr("Set the new passphrase"), form);
    m_go->setDefault(true);
    m_go->setAccessibleName(tr("Set the new passphrase"));
    formLayout->addWidget(m_go, 0, Qt::AlignRight);
    m_pages->addWidget(form);

    auto* done = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(done);
    auto* doneText = new QLabel(tr("Your new passphrase is set, and the code you used no longer works. This is "
                                   "your new recovery code, shown once: keep it somewhere private."),
        done);
    doneText->setWordWrap(true);
    doneLayout->addWidget(doneText);
    m_newCode = new RecoveryCodePanel(done);
    doneLayout->addWidget(m_newCode);
    doneLayout->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Ok, done);
    close->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_newCode, &RecoveryCodePanel::storedChanged, close->button(QDialogButtonBox::Ok), &QWidget::setEnabled);
    connect(close, &QDialogButtonBox::accepted, this, &QDialog::accept);
    doneLayout->addWidget(close);
    m_pages->addWidget(done);

    connect(m_code, &QLineEdit::textChanged, this, &RecoveryDialog::updateState);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &RecoveryDialog::updateState);
    connect(m_go, &QPushButton::clicked, this, &RecoveryDialog::recover);
    connect(&m_watcher, &QFutureWatcher<RecoveryOutcome>::finished, this, &RecoveryDialog::finish);
    updateState();
    resize(560, 380);
}

RecoveryDialog::~RecoveryDialog()
{
    m_newCode->wipe();
}

QString RecoveryDialog::newCodeText() const
{
    return m_newCode->shownText();
}

QString RecoveryDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RecoveryDialog::updateState()
{
    m_go->setEnabled(!m_working && !m_code->text().isEmpty() && m_passphrase->acceptable());
}

void RecoveryDialog::recover()
{
    if (m_working) {
        return;
    }
    m_working = true;
    m_error->hide();
    auto code = std::make_shared<crypto::SecretBytes>(m_code->take());
    auto fresh = std::make_shared<crypto::SecretBytes>(m_passphrase->take());
    updateState();
    const std::string dir = m_dataDir.toStdString();
    const std::string name = m_name.toStdString();
    const workbook::Options options = m_options;
    // Three Argon2id derivations: the window stays responsive while they run.
    m_watcher.setFuture(QtConcurrent::run([dir, name, options, code, fresh]() -> RecoveryOutcome {
        RecoveryOutcome outcome;
        try {
            outcome.newCode = std::make_shared<crypto::SecretBytes>();
            outcome.session = workbook::Workbook::recover(dir, name, *code, *fresh, *outcome.newCode, options);
        } catch (const Error& e) {
            outcome.error = e.kind() == ErrorKind::WrongSecret
                ? QCoreApplication::translate("RecoveryDialog",
                      "That recovery code is not right. Check each group of "
                      "five characters and try again.")
                : QString::fromStdString(e.what());
        }
        code->wipe();
        fresh->wipe();
        return outcome;
    }));
}

void RecoveryDialog::finish()
{
    m_working = false;
    RecoveryOutcome outcome = m_watcher.result();
    if (outcome.session) {
        m_session = std::move(outcome.session);
        m_newCode->showCode(m_name, *outcome.newCode);
        outcome.newCode->wipe();
        m_pages->setCurrentIndex(1);
        return;
    }
    m_error->setText(outcome.error);
    m_error->show();
    m_code->setFocus();
    updateState();
}

} // namespace tw::app
