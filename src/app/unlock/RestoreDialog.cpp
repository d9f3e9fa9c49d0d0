// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "UnlockNotices.h"
#include "secrets/SecretLineEdit.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/Paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {
namespace {

QString reasonText(const std::string& reason)
{
    if (reason == "daily") {
        return RestoreDialog::tr("daily backup");
    }
    if (reason == "manual") {
        return RestoreDialog::tr("backup made by hand");
    }
    if (reason == "before-restore") {
        return RestoreDialog::tr("copy made before a restore");
    }
    if (reason == "before-migration") {
        return RestoreDialog::tr("copy made before an update");
    }
    return RestoreDialog::tr("backup");
}

} // namespace

RestoreDialog::RestoreDialog(QString dataDir, workbook::Options options, const QString& partnerName, QWidget* parent)
    : QDialog(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
{
    setWindowTitle(tr("Restore a backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A backup replaces the whole workbook, for both of you, with the copy made at that "
                                "time. Anything written since is not in it; the current files are kept as a copy "
                                "first. Your partner is told who restored which backup when they next open "
                                "Trustwork."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Backups, newest first"));
    layout->addWidget(m_list, 1);
    m_showUnsigned = new QCheckBox(tr("Also show the copies Trustwork made &before a restore or an update"), this);
    m_showUnsigned->setAccessibleName(tr("Show copies made before a restore or an update"));
    m_showUnsigned->setToolTip(tr("These copies are not signed by either of you, so nothing shows who made them."));
    layout->addWidget(m_showUnsigned);
    auto* form = new QFormLayout();
    m_partner = new QComboBox(this);
    m_partner->setAccessibleName(tr("Who is restoring"));
    try {
        const auto keyFile = crypto::KeySlotFile::load(workbook::Paths(m_dataDir.toStdString()).keySlots);
        for (const auto& owner : keyFile.owners) {
            m_partner->addItem(QString::fromStdString(owner.name));
        }
    } catch (const Error&) {
        // A damaged key file: the name typed on the unlock screen is offered alone.
    }
    if (m_partner->findText(partnerName) < 0 && !partnerName.isEmpty()) {
        m_partner->addItem(partnerName);
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findText(partnerName)));
    form->addRow(tr("&I am"), m_partner);
    m_passphrase = new SecretLineEdit(this);
    m_passphrase->setAccessibleName(tr("Passphrase as it was when the backup was made"));
    form->addRow(tr("My &passphrase at the time"), m_passphrase);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Restore problem"));
    m_error->hide();
    layout->addWidget(m_error);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Restoring, please wait"));
    m_busy->hide();
    layout->addWidget(m_busy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    m_go->setAccessibleName(tr("Restore this backup"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showUnsigned, &QCheckBox::toggled, this, &RestoreDialog::fill);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &RestoreDialog::finish);
    fill();
    resize(620, 520);
}

RestoreDialog::~RestoreDialog()
{
    m_watcher.waitForFinished();
}

void RestoreDialog::fill()
{
    m_list->clear();
    m_backups.clear();
    std::map<std::string, QString> names;
    try {
        const auto keyFile = crypto::KeySlotFile::load(workbook::Paths(m_dataDir.toStdString()).keySlots);
        for (const auto& owner : keyFile.owners) {
            names[owner.id] = QString::fromStdString(owner.name);
        }
    } catch (const Error&) {
        // Makers are then named only as "one of you".
    }
    auto all = workbook::Workbook::backups(m_dataDir.toStdString(), m_options);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (!it->signedByMaker && !m_showUnsigned->isChecked()) {
            continue;
        }
        QString who;
        if (it->signedByMaker) {
            const auto name = names.find(it->makerId);
            who = name != names.end() ? tr("by %1").arg(name->second) : tr("by one of you");
        } else {
            who = tr("not signed");
        }
        //: A backup in the list: "2 Dec 2026 at 09:12 - daily backup, by Alex".
        m_list->addItem(tr("%1 \u2013 %2, %3").arg(momentText(it->madeAt), reasonText(it->reason), who));
        m_backups.push_back(*it);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateState();
}

QStringList RestoreDialog::listedBackups() const
{
    QStringList rows;
    for (int i = 0; i < m_list->count(); ++i) {
        rows << m_list->item(i)->text();
    }
    return rows;
}

bool RestoreDialog::select(const std::filesystem::path& file)
{
    for (std::size_t i = 0; i < m_backups.size(); ++i) {
        if (m_backups[i].file == file) {
            m_list->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

QString RestoreDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RestoreDialog::updateState()
{
    m_go->setEnabled(
        !m_working && m_list->currentRow() >= 0 && !m_passphrase->text().isEmpty() && m_partner->count() > 0);
}

void RestoreDialog::start()
{
    const int row = m_list->currentRow();
    if (!m_go->isEnabled() || row < 0) {
        return;
    }
    const auto backup = m_backups[static_cast<std::size_t>(row)];
    if (m_confirm
        && QMessageBox::question(this, tr("Restore this backup?"),
               tr("The workbook goes back to %1, for both of you. Anything written since is not in that backup.")
                   .arg(momentText(backup.madeAt)))
            != QMessageBox::Yes) {
        return;
    }
    m_working = true;
    m_error->hide();
    m_busy->show();
    auto passphrase = std::make_shared<crypto::SecretBytes>(m_passphrase->take());
    updateState();
    const std::string dir = m_dataDir.toStdString();
    const std::string name = m_partner->currentText().toStdString();
    const workbook::Options options = m_options;
    // Checking the passphrase against the backup derives a key: seconds, off the UI thread.
    m_watcher.setFuture(QtConcurrent::run([backup, dir, name, passphrase, options]() -> QString {
        QString error;
        try {
            workbook::Workbook::restore(backup.file, dir, name, *passphrase, options);
        } catch (const Error& e) {
            error = e.kind() == ErrorKind::WrongSecret
                ? QCoreApplication::translate("RestoreDialog",
                      "That passphrase does not open this backup. Use the passphrase you had when it was made.")
                : e.kind() == ErrorKind::NotFound
                ? QCoreApplication::translate("RestoreDialog", "This backup has no partner of that name.")
                : QString::fromStdString(e.what());
        }
        passphrase->wipe();
        return error;
    }));
}

void RestoreDialog::finish()
{
    m_working = false;
    m_busy->hide();
    const QString error = m_watcher.result();
    if (error.isEmpty()) {
        m_restored = true;
        accept();
        return;
    }
    m_error->setText(error);
    m_error->show();
    m_passphrase->setFocus();
    updateState();
}

} // namespace tw::app
