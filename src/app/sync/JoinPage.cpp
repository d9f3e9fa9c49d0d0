// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinPage.h"

#include "AppContext.h"
#include "FolderChooser.h"
#include "SetupWizard.h"
#include "SyncController.h"
#include "secrets/SecretLineEdit.h"
#include "style/Components.h"
#include "style/Metrics.h"
#include "tw/base/Logging.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Sync.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {

JoinPage::JoinPage(SetupWizard& wizard)
    : BuiltWhenShownPage(&wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Join a workbook from another computer"));
    setSubTitle(tr("Open here the workbook your other computer already syncs."));
    setButtonText(QWizard::FinishButton, tr("&Join"));
    setFinalPage(true);
    connect(&m_watcher, &QFutureWatcher<JoinOutcome>::finished, this, &JoinPage::finished);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &JoinPage::showProgress);
}

void JoinPage::build()
{
    // The page scrolls, so at 200 % text every field keeps its full height.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The wizard gives a new page's focus to its first widget that takes Tab: that was the scroll
    // area, with no visible focus, and the folder field was one Tab away.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(m_scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(style::space::m, 0, style::space::m, style::space::s);
    layout->setSpacing(style::space::m);
    layout->addWidget(style::text(style::TextRole::Body,
        tr("Your other computer writes its changes into a folder that a sync tool such as Syncthing keeps in step. "
           "Once that folder is on this computer too, choose it here."),
        content));
    auto* form = new QFormLayout();
    form->setSpacing(style::space::s);
    auto* folderRow = new QHBoxLayout();
    folderRow->setSpacing(style::space::s);
    m_folder = new QLineEdit(content);
    m_folder->setAccessibleName(tr("Sync folder"));
    m_folder->setPlaceholderText(tr("The folder your sync tool keeps in step"));
    folderRow->addWidget(m_folder, 1);
    m_choose = new QPushButton(tr("C&hoose…"), content);
    m_choose->setAccessibleName(tr("Choose the sync folder"));
    folderRow->addWidget(m_choose);
    auto* folderLabel = new QLabel(tr("Sync &folder"), content);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_name = new QLineEdit(content);
    m_name->setAccessibleName(tr("Your name in the workbook"));
    m_name->setMaxLength(40);
    form->addRow(tr("Your &name"), m_name);
    m_passphrase = new SecretLineEdit(content);
    m_passphrase->setAccessibleName(tr("Your passphrase"));
    form->addRow(tr("Your &passphrase"), m_passphrase);
    layout->addLayout(form);

    m_error = style::text(style::TextRole::Body, QString(), content);
    m_error->setObjectName(QStringLiteral("inlineError"));
    style::setTone(m_error, "danger");
    m_error->setAccessibleName(tr("Joining problem"));
    m_error->setFocusPolicy(Qt::TabFocus);
    m_error->hide();
    layout->addWidget(m_error);
    m_busy = new QProgressBar(content);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Joining, please wait"));
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addWidget(style::text(style::TextRole::Caption,
        tr("Your name and passphrase are the ones you unlock with on the other computer. Your partner joins with "
           "their own, on their own computer."),
        content));
    layout->addWidget(style::text(style::TextRole::Caption,
        tr("Not on this computer yet? In Syncthing, share the folder from the other computer and accept it here. "
           "Without a sync tool, copy the whole folder here (from a USB stick, say) and choose the copy."),
        content));
    layout->addStretch();
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);

    connect(m_choose, &QPushButton::clicked, this, &JoinPage::chooseFolder);
    for (auto* edit : {m_folder, m_name, static_cast<QLineEdit*>(m_passphrase)}) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    connect(m_passphrase, &QLineEdit::returnPressed, this, [this] {
        if (isComplete()) {
            m_wizard.button(QWizard::FinishButton)->click();
        }
    });
}

JoinPage::~JoinPage()
{
    // The worker holds the passphrase and writes the data folder: it finishes before the page goes.
    m_watcher.waitForFinished();
}

bool JoinPage::isComplete() const
{
    // displayText() of a password field holds only bullets: no copy of the passphrase is made.
    return m_folder && !m_working && !m_folder->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
        && !m_passphrase->displayText().isEmpty();
}

QString JoinPage::errorText() const
{
    return m_error && m_error->isVisible() ? m_error->text() : QString();
}

void JoinPage::chooseFolder()
{
    const QString chosen = chooseSyncFolder(this, m_folder->text().trimmed());
    if (!chosen.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(chosen));
        m_name->setFocus();
    }
}

void JoinPage::prepare()
{
    // The wizard hides Back and Cancel on its last pages (after the workbook exists). Here nothing
    // exists yet: a partner who came here by mistake goes Back to create a workbook instead.
    m_wizard.setOption(QWizard::NoBackButtonOnLastPage, false);
    m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, false);
}

void JoinPage::cleanupPage()
{
    m_passphrase->wipe();
    m_error->hide();
    m_wizard.setOption(QWizard::NoBackButtonOnLastPage, true);
    m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, true);
}

bool JoinPage::validatePage()
{
    if (m_joined) {
        return true;
    }
    if (m_working || !isComplete()) {
        return false;
    }
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    const QString dataDir = m_wizard.context().dataDir();
    if (!QDir(folder).exists()) {
        showError(tr("There is no folder %1 on this computer. Choose the folder your sync tool keeps in step.")
                      .arg(QDir::toNativeSeparators(folder)),
            m_choose);
        return false;
    }
    if (const QString why = SyncController::refusal(folder, dataDir); !why.isEmpty()) {
        showError(why, m_choose);
        return false;
    }
    m_working = true;
    emit completeChanged();
    // The worker writes the data folder: nobody leaves the page until it is done.
    for (auto which : {QWizard::BackButton, QWizard::CancelButton}) {
        m_wizard.button(which)->setEnabled(false);
    }
    m_error->hide();
    m_busy->setRange(0, 0); // busy until the worker knows how many change files there are
    m_busy->setTextVisible(false);
    m_busy->show();
    m_progress->store(0);
    m_progressTimer.start();
    for (QWidget* w : std::initializer_list<QWidget*>{m_folder, m_name, m_passphrase, m_choose}) {
        w->setEnabled(false);
    }
    auto passphrase = std::make_shared<crypto::SecretBytes>(m_passphrase->take());
    const std::string name = m_name->text().trimmed().toStdString();
    const std::string dir = dataDir.toStdString();
    const std::string syncFolder = folder.toStdString();
    const workbook::Options options = m_wizard.context().options();
    const auto progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([dir, name, passphrase, options, syncFolder, progress]() -> JoinOutcome {
        JoinOutcome outcome;
        try {
            workbook::SyncFolder joining(syncFolder);
            joining.setProgress([progress](std::size_t done, std::size_t total) {
                progress->store((static_cast<std::uint64_t>(done) << 32U) | static_cast<std::uint32_t>(total));
            });
            outcome.session = joining.join(dir, name, *passphrase, options);
            // This device keeps syncing into the folder it joined through.
            outcome.session->setPrivateSetting(SyncController::kFolderKey, syncFolder);
        } catch (const Error& e) {
            outcome.session.reset();
            outcome.error = e.kind();
            outcome.message = QString::fromStdString(e.what());
        }
        passphrase->wipe();
        return outcome;
    }));
    return false;
}

void JoinPage::showProgress()
{
    const std::uint64_t now = m_progress->load();
    const auto done = static_cast<int>(now >> 32U);
    const auto total = static_cast<int>(now & 0xFFFFFFFFU);
    if (total <= 0) {
        return;
    }
    m_busy->setRange(0, total);
    m_busy->setValue(done);
    m_busy->setTextVisible(true);
    //: Shown in the bar while joining: %v and %m are filled in by the bar (done and in all).
    m_busy->setFormat(tr("%v of %m changes taken in"));
}

void JoinPage::finished()
{
    m_progressTimer.stop();
    showProgress();
    m_working = false;
    m_busy->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_folder, m_name, m_passphrase, m_choose}) {
        w->setEnabled(true);
    }
    JoinOutcome outcome = m_watcher.result();
    emit completeChanged();
    for (auto which : {QWizard::BackButton, QWizard::CancelButton}) {
        m_wizard.button(which)->setEnabled(true);
    }
    if (outcome.session) {
        tw::log::get("app")->info("this device joined a workbook through a sync folder");
        m_joined = outcome.session;
        m_wizard.sessions.push_back(std::move(outcome.session));
        m_wizard.startingPartner = 0;
        m_wizard.accept();
        return;
    }
    tw::log::get("app")->warn("joining failed (error kind {})", static_cast<int>(outcome.error));
    const QString name = m_name->text().trimmed();
    switch (outcome.error) {
    case ErrorKind::WrongSecret:
        showError(tr("That passphrase is not right for %1. Use the passphrase you unlock with on your other "
                     "computer, and check Caps Lock.")
                      .arg(name),
            m_passphrase);
        break;
    case ErrorKind::NotFound:
        showError(tr("Nobody called \u201c%1\u201d is in the workbook in this folder. Type your name exactly as on "
                     "your other computer (capitals count). If the other computer has never synced, sync there "
                     "first.")
                      .arg(name),
            m_name);
        break;
    case ErrorKind::InvalidInput:
        showError(tr("This folder is not a Trustwork sync folder. Choose the folder your other computer syncs "
                     "into: it holds a file called trustwork-sync.json and a folder called devices."),
            m_choose);
        break;
    case ErrorKind::NewerVersion:
        showError(tr("This sync folder was written by a newer version of Trustwork. Install that version on this "
                     "computer first. Nothing was changed."),
            m_choose);
        break;
    case ErrorKind::Damaged:
        showError(tr("Some files in the sync folder are damaged or have not fully arrived yet, so Trustwork cannot "
                     "join yet. Wait until your sync tool has finished, then try again. (%1)")
                      .arg(outcome.message),
            m_choose);
        break;
    default:
        showError(outcome.message, m_choose);
        break;
    }
}

void JoinPage::showError(const QString& text, QWidget* focus)
{
    m_error->setText(text);
    m_error->show();
    // Under the fields, so at large text sizes it may start below the fold.
    QTimer::singleShot(0, m_error, [this] { m_scroll->ensureWidgetVisible(m_error); });
    focus->setFocus();
    if (focus == m_passphrase) {
        m_passphrase->selectAll();
    }
}

} // namespace tw::app
