// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockPage.h"

#include "AppContext.h"
#include "RecoveryDialog.h"
#include "secrets/SecretLineEdit.h"
#include "style/Components.h"
#include "tw/workbook/Backups.h"
#include "tw/workbook/Session.h"
#include "tw/workbook/Workbook.h"
#include "unlock/RestoreDialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tw::app {

UnlockPage::UnlockPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* outer = new QVBoxLayout(this);
    auto* column = new QWidget(this);
    m_column = column;
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);

    auto* title = new QLabel(tr("Welcome back"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* who = new QLabel(tr("Who is using Trustwork now?"), column);
    layout->addWidget(who);

    // Wrapped plain text (style::text, which also remembers its heights, as do the lines below):
    // the note quotes a partner's name, and a name is shown as typed, never drawn as markup.
    m_note = style::text(style::TextRole::Body, QString(), column);
    m_note->setAccessibleName(tr("Note"));
    m_note->hide();
    layout->addWidget(m_note);

    m_namesBox = new QVBoxLayout();
    layout->addLayout(m_namesBox);
    m_names = new QButtonGroup(this);

    auto* passLabel = new QLabel(tr("&Passphrase"), column);
    m_passphrase = new SecretLineEdit(column);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    passLabel->setBuddy(m_passphrase);
    layout->addWidget(passLabel);
    layout->addWidget(m_passphrase);

    m_error = style::text(style::TextRole::Body, QString(), column);
    m_error->setObjectName(QStringLiteral("inlineError"));
    // A tone of the application's style sheet, not a sheet of its own: one on a widget makes Qt
    // start its style sheet engine for that widget while the first window is built.
    style::setTone(m_error, "alert");
    m_error->setAccessibleName(tr("Unlock problem"));
    m_error->hide();
    layout->addWidget(m_error);

    m_restore = new QPushButton(tr("Restore a backup…"), column);
    m_restore->setAccessibleName(tr("Restore a backup after this problem"));
    m_restore->hide();
    layout->addWidget(m_restore);

    m_busy = new QProgressBar(column);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Unlocking, please wait"));
    m_busy->hide();
    layout->addWidget(m_busy);

    m_unlock = new QPushButton(tr("&Unlock"), column);
    m_unlock->setDefault(true);
    m_unlock->setAccessibleName(tr("Unlock"));
    auto* buttons = new QHBoxLayout();
    m_buttons = buttons;
    m_forgot = new QPushButton(tr("I &forgot my passphrase"), column);
    m_forgot->setFlat(true);
    m_forgot->setAccessibleName(tr("I forgot my passphrase: use a recovery code"));
    buttons->addWidget(m_forgot);
    m_restoreAny = new QPushButton(tr("&Restore a backup…"), column);
    m_restoreAny->setFlat(true);
    m_restoreAny->setAccessibleName(tr("Restore a backup"));
    buttons->addWidget(m_restoreAny);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);

    m_demoHint = style::text(style::TextRole::Body, QString(), column);
    m_demoHint->hide();
    layout->addWidget(m_demoHint);

    m_privacy = style::text(
        style::TextRole::Body, tr("Your partner cannot read your private entries, even on this computer."), column);
    // Set apart by its muted colour rather than italics: the italic face is a second font file,
    // and loading it was 0.7 ms of the first window's 8 ms above a bare Qt window (issue 21).
    style::setTone(m_privacy, "muted");
    layout->addWidget(m_privacy);
    fitColumn();

    outer->addStretch();
    auto* centre = new QHBoxLayout();
    centre->addStretch();
    centre->addWidget(column);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::startUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::startUnlock);
    connect(&m_watcher, &QFutureWatcher<UnlockOutcome>::finished, this, &UnlockPage::finishUnlock);
    connect(m_restore, &QPushButton::clicked, this, &UnlockPage::restoreBackup);
    connect(m_restoreAny, &QPushButton::clicked, this, &UnlockPage::restoreBackup);
    connect(m_forgot, &QPushButton::clicked, this, &UnlockPage::useRecoveryCode);
    refresh();
}

void UnlockPage::fitColumn()
{
    // 520 pixels hold the three buttons under the field at 100 % text. With larger text they need
    // more, or Qt squeezes "I forgot my passphrase" and "Restore a backup…" until words are cut.
    if (!m_column || !m_buttons) {
        return; // a change event while the constructor still builds the page
    }
    const QMargins margins = m_column->layout()->contentsMargins();
    m_column->setMaximumWidth(std::max(520, m_buttons->sizeHint().width() + margins.left() + margins.right()));
}

void UnlockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        // Queued: the page hears of a new font before its buttons do, so their sizes are still old.
        QMetaObject::invokeMethod(this, &UnlockPage::fitColumn, Qt::QueuedConnection);
    }
    QWidget::changeEvent(event);
}

void UnlockPage::refresh()
{
    for (auto* button : m_names->buttons()) {
        m_names->removeButton(button);
        delete button;
    }
    const auto names = m_context.partnerNames();
    for (int i = 0; i < names.size(); ++i) {
        auto* button = new QRadioButton(names[i], this);
        button->setAccessibleName(tr("I am %1").arg(names[i]));
        m_names->addButton(button, i);
        m_namesBox->addWidget(button);
        if (i == 0) {
            button->setChecked(true);
        }
    }
    m_error->hide();
    m_restore->hide();
    m_note->hide();
    m_passphrase->wipe();
    m_passphrase->setFocus();
}

void UnlockPage::selectPartner(const QString& name)
{
    for (auto* button : m_names->buttons()) {
        if (button->text() == name) {
            button->setChecked(true);
        }
    }
}

QString UnlockPage::selectedPartner() const
{
    return m_names->checkedButton() ? m_names->checkedButton()->text() : QString();
}

void UnlockPage::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void UnlockPage::setDemoHint(const QString& text)
{
    m_demoHint->setText(text);
    m_demoHint->setVisible(!text.isEmpty());
}

void UnlockPage::setPrivacyNote(const QString& text)
{
    m_privacy->setText(text);
}

QString UnlockPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool UnlockPage::isBusy() const
{
    return m_working;
}

void UnlockPage::startUnlock()
{
    if (m_working || !m_names->checkedButton()) {
        return;
    }
    m_working = true;
    const std::string name = m_names->checkedButton()->text().toStdString();
    auto passphrase = std::make_shared<crypto::SecretBytes>(m_passphrase->take());
    m_error->hide();
    m_restore->hide();
    m_busy->show();
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    const std::string dir = m_context.dataDir().toStdString();
    const workbook::Options options = m_context.options();
    // Argon2id takes most of a second by design; the window stays responsive meanwhile.
    m_watcher.setFuture(QtConcurrent::run([dir, name, passphrase, options]() -> UnlockOutcome {
        UnlockOutcome outcome;
        try {
            outcome.session = workbook::Workbook::unlock(dir, name, *passphrase, options);
        } catch (const Error& e) {
            outcome.error = e.kind();
            outcome.message = QString::fromStdString(e.what());
        }
        passphrase->wipe();
        return outcome;
    }));
}

void UnlockPage::finishUnlock()
{
    m_working = false;
    m_busy->hide();
    m_unlock->setEnabled(true);
    m_passphrase->setEnabled(true);
    UnlockOutcome outcome = m_watcher.result();
    if (outcome.session) {
        m_context.setSession(std::move(outcome.session));
        emit unlockFinished(true);
        return;
    }
    switch (outcome.error) {
    case ErrorKind::WrongSecret:
        showError(tr("That passphrase is not right. Check Caps Lock and try again."), false);
        break;
    case ErrorKind::Damaged:
        showError(tr("The workbook file is damaged, so it cannot be opened. Your latest backup can replace it; "
                     "the damaged file is kept as a backup too."),
            !workbook::Workbook::backups(m_context.dataDir().toStdString(), m_context.options()).empty());
        break;
    case ErrorKind::NewerVersion:
        showError(tr("This workbook was saved by a newer version of Trustwork. Install that version to open it. "
                     "Nothing was changed."),
            false);
        break;
    default:
        showError(outcome.message, false);
        break;
    }
    emit unlockFinished(false);
}

void UnlockPage::showError(const QString& text, bool offerBackup)
{
    m_error->setText(text);
    m_error->show();
    m_restore->setVisible(offerBackup);
    m_passphrase->setFocus();
    m_passphrase->selectAll();
}

void UnlockPage::useRecoveryCode()
{
    if (!m_names->checkedButton()) {
        return;
    }
    RecoveryDialog dialog(m_context.dataDir(), m_names->checkedButton()->text(), m_context.options(), this);
    dialog.exec();
    if (auto session = dialog.session()) {
        m_context.setSession(std::move(session));
        emit unlockFinished(true);
    }
}

void UnlockPage::restoreBackup()
{
    m_passphrase->wipe();
    RestoreDialog dialog(m_context.dataDir(), m_context.options(), selectedPartner(), this);
    dialog.exec();
    if (dialog.restored()) {
        const QString who = selectedPartner();
        refresh();
        selectPartner(who);
        setNote(tr("The backup was restored. Unlock to go on."));
    }
}

} // namespace tw::app
