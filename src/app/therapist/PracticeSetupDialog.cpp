// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeSetupDialog.h"

#include "Labels.h"
#include "NewPassphraseFields.h"
#include "TherapistText.h"
#include "tw/base/Error.h"
#include "tw/workbook/PracticeService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app::therapist {
namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PracticeSetupDialog::PracticeSetupDialog(QString dataDir, workbook::Options options, QWidget* parent)
    : QDialog(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
{
    setWindowTitle(tr("Set up your practice"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* ask = new QWidget(m_pages);
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->addWidget(headingLabel(tr("A practice workbook for a therapist"), ask));
    askLayout->addWidget(paragraph(tr("Your practice holds your signing identity, your clients, the assignments "
                                      "you send and the reports couples send you. It is encrypted like a couple's "
                                      "workbook and kept apart from any workbook of your own."),
        ask));
    auto* form = new QFormLayout();
    m_name = new QLineEdit(ask);
    m_name->setAccessibleName(tr("Your name as clients know you"));
    m_name->setMaxLength(80);
    form->addRow(tr("Your &name as clients know you"), m_name);
    m_passphrase = new NewPassphraseFields(form, tr("&Passphrase"), tr("Practice passphrase"), ask);
    askLayout->addLayout(form);
    m_status = paragraph(QString(), ask);
    m_status->setAccessibleName(tr("Status"));
    askLayout->addWidget(m_status);
    askLayout->addStretch();
    m_create = new QPushButton(tr("&Create practice"), ask);
    m_create->setAccessibleName(tr("Create practice"));
    m_create->setDefault(true);
    askLayout->addWidget(m_create, 0, Qt::AlignRight);
    m_pages->addWidget(ask);

    auto* done = new QWidget(m_pages);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(headingLabel(tr("Your fingerprint"), done));
    doneLayout->addWidget(paragraph(tr("Read it to each couple in person or by phone. When they import your first "
                                       "assignment, Trustwork shows them the same groups to compare."),
        done));
    m_fingerprintBox = new QVBoxLayout();
    doneLayout->addLayout(m_fingerprintBox);
    doneLayout->addSpacing(12);
    doneLayout->addWidget(headingLabel(tr("Your recovery code, shown once"), done));
    doneLayout->addWidget(
        paragraph(tr("It sets a new passphrase if you forget yours. Keep it somewhere private."), done));
    m_code = recoveryCodeLabel(done, tr("Recovery code"));
    doneLayout->addWidget(m_code);
    m_stored = new QCheckBox(tr("&I have stored the recovery code safely"), done);
    m_stored->setAccessibleName(tr("Recovery code stored"));
    doneLayout->addWidget(m_stored);
    doneLayout->addStretch();
    m_open = new QPushButton(tr("&Open my practice"), done);
    m_open->setAccessibleName(tr("Open my practice"));
    m_open->setEnabled(false);
    doneLayout->addWidget(m_open, 0, Qt::AlignRight);
    m_pages->addWidget(done);

    connect(m_name, &QLineEdit::textChanged, this, &PracticeSetupDialog::updateState);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &PracticeSetupDialog::updateState);
    connect(m_create, &QPushButton::clicked, this, &PracticeSetupDialog::create);
    connect(m_stored, &QCheckBox::toggled, m_open, &QPushButton::setEnabled);
    connect(m_open, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_watcher, &QFutureWatcher<PracticeOutcome>::finished, this, &PracticeSetupDialog::finish);
    updateState();
    resize(600, 460);
}

QString PracticeSetupDialog::errorText() const
{
    return m_status->text();
}

void PracticeSetupDialog::updateState()
{
    m_create->setEnabled(!m_watcher.isRunning() && !m_name->text().trimmed().isEmpty() && m_passphrase->acceptable());
}

void PracticeSetupDialog::create()
{
    if (m_watcher.isRunning() || !m_create->isEnabled()) {
        return;
    }
    m_create->setEnabled(false);
    m_status->setText(tr("Protecting your practice with your passphrase. This takes a few seconds."));
    auto passphrase = std::make_shared<crypto::SecretBytes>(m_passphrase->take());
    const std::string name = m_name->text().trimmed().toStdString();
    const std::string dir = m_dataDir.toStdString();
    const workbook::Options options = m_options;
    m_watcher.setFuture(QtConcurrent::run([passphrase, name, dir, options]() -> PracticeOutcome {
        try {
            const auto created = workbook::PracticeService::create(dir, name, *passphrase, options);
            return {{}, QString::fromStdString(created.identity.fingerprint),
                QString::fromUtf8(
                    created.recovery.code.view().data(), static_cast<qsizetype>(created.recovery.code.size()))};
        } catch (const Error& e) {
            return {QString::fromStdString(e.what()), {}, {}};
        }
    }));
}

void PracticeSetupDialog::finish()
{
    const auto outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
        updateState();
        return;
    }
    m_status->clear();
    m_fingerprintBox->addWidget(fingerprintLabel(outcome.fingerprint.toStdString(), this));
    m_code->setText(outcome.recoveryCode);
    m_pages->setCurrentIndex(1);
    m_stored->setFocus();
}

} // namespace tw::app::therapist
