// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeView.h"

#include "AssignmentBuilder.h"
#include "ClientPanel.h"
#include "Labels.h"
#include "TherapistText.h"
#include "tw/base/Error.h"
#include "tw/workbook/PracticeService.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::app::therapist {

PracticeView::PracticeView(const content::Curriculum& curriculum, std::filesystem::path packsDir, QWidget* parent)
    : QWidget(parent)
    , m_curriculum(curriculum)
    , m_packsDir(std::move(packsDir))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(this);
    // The side panel scrolls rather than squeezing its words on top of each other at large text.
    auto* leftScroll = new QScrollArea(splitter);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* left = new QWidget(leftScroll);
    leftScroll->setWidget(left);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->addWidget(headingLabel(tr("Your practice"), left));
    m_name = boldLabel(QString(), left);
    leftLayout->addWidget(m_name);
    leftLayout->addWidget(new QLabel(tr("Fingerprint:"), left));
    m_fingerprintBox = new QVBoxLayout();
    leftLayout->addLayout(m_fingerprintBox);
    auto* hint = new QLabel(tr("Give this fingerprint to each couple in person or by phone: it lets them know your "
                               "assignments really come from you."),
        left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    m_keyHistory = new QLabel(left);
    m_keyHistory->setWordWrap(true);
    m_keyHistory->hide();
    leftLayout->addWidget(m_keyHistory);
    auto* changeKey = new QPushButton(tr("Change the practice's &key…"), left);
    changeKey->setAccessibleName(tr("Change the practice's key"));
    changeKey->setToolTip(tr("Only if this key may have been seen by someone else: couples then confirm the new one"));
    leftLayout->addWidget(changeKey, 0, Qt::AlignLeft);
    leftLayout->addSpacing(12);
    leftLayout->addWidget(headingLabel(tr("Clients"), left));
    m_clients = new QListWidget(left);
    m_clients->setAccessibleName(tr("Clients"));
    leftLayout->addWidget(m_clients, 1);
    auto* add = new QPushButton(tr("Add &client…"), left);
    add->setAccessibleName(tr("Add client"));
    leftLayout->addWidget(add);
    m_newAssignment = new QPushButton(tr("&New assignment…"), left);
    m_newAssignment->setAccessibleName(tr("New assignment"));
    m_newAssignment->setToolTip(tr("Choose exercises, due dates and notes for a client, and save a signed file"));
    leftLayout->addWidget(m_newAssignment);
    auto* import = new QPushButton(tr("&Import report…"), left);
    import->setAccessibleName(tr("Import report"));
    import->setToolTip(tr("Open a report a partner sent you"));
    leftLayout->addWidget(import);
    m_panel = new ClientPanel(curriculum, splitter);
    splitter->addWidget(leftScroll);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(1, 1);
    // Wide enough for the fingerprint's groups at the current text size.
    const int side = std::max(320, fontMetrics().averageCharWidth() * 34);
    splitter->setSizes({side, std::max(side * 2, 780)});
    layout->addWidget(splitter);

    connect(m_clients, &QListWidget::currentRowChanged, this, &PracticeView::showClient);
    connect(add, &QPushButton::clicked, this, &PracticeView::askNewClient);
    connect(m_newAssignment, &QPushButton::clicked, this, &PracticeView::newAssignment);
    connect(import, &QPushButton::clicked, this, &PracticeView::chooseAndImportReport);
    connect(changeKey, &QPushButton::clicked, this, &PracticeView::askChangeKey);
}

void PracticeView::open(workbook::Session& session)
{
    m_session = &session;
    workbook::PracticeService practice(session);
    const auto identity = practice.identity();
    m_name->setText(QString::fromStdString(identity.name));
    delete m_fingerprint;
    // In the side panel it is laid out in (a child of the view itself overlapped the text below).
    m_fingerprint = fingerprintLabel(identity.fingerprint, m_fingerprintBox->parentWidget());
    m_fingerprintBox->addWidget(m_fingerprint);
    const auto changes = practice.keyChanges();
    m_keyHistory->setVisible(!changes.empty());
    if (!changes.empty()) {
        const QString text = tr("You changed the key on %1. Each partner confirms the new fingerprint once, on "
                                "their next assignment; reports sealed to an earlier key still open here.");
        m_keyHistory->setText(text.arg(momentDay(changes.back().createdAt)));
    }
    refreshClients({});
}

void PracticeView::close()
{
    m_panel->clear();
    m_clients->clear();
    m_name->clear();
    m_keyHistory->clear();
    m_keyHistory->hide();
    delete m_fingerprint;
    m_fingerprint = nullptr;
    m_session = nullptr;
}

QString PracticeView::fingerprintText() const
{
    return m_fingerprint ? m_fingerprint->text() : QString();
}

void PracticeView::refreshClients(const QString& select)
{
    const QSignalBlocker blocker(m_clients);
    m_clients->clear();
    if (!m_session) {
        return;
    }
    for (const auto& client : workbook::PracticeService(*m_session).clients()) {
        m_clients->addItem(QString::fromStdString(client.label));
    }
    const auto found = m_clients->findItems(select, Qt::MatchExactly);
    m_clients->setCurrentRow(found.isEmpty() ? (m_clients->count() > 0 ? 0 : -1) : m_clients->row(found.first()));
    m_newAssignment->setEnabled(m_clients->count() > 0);
    showClient();
}

QString PracticeView::currentClient() const
{
    const auto* item = m_clients->currentItem();
    return item ? item->text() : QString();
}

void PracticeView::selectClient(const QString& label)
{
    const auto found = m_clients->findItems(label, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_clients->setCurrentItem(found.first());
    }
}

void PracticeView::showClient()
{
    const QString label = currentClient();
    if (!m_session || label.isEmpty()) {
        m_panel->clear();
        return;
    }
    try {
        m_panel->show(workbook::PracticeService(*m_session).clientView(label.toStdString()));
    } catch (const Error& e) {
        m_panel->clear();
        QMessageBox::warning(this, tr("Cannot show the client"), QString::fromStdString(e.what()));
    }
}

ImportResult PracticeView::addClient(const QString& label)
{
    if (!m_session) {
        return {};
    }
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty()) {
        return {false, tr("A client needs a label, such as initials or a case number.")};
    }
    try {
        workbook::PracticeService(*m_session).addClient(trimmed.toStdString());
    } catch (const Error& e) {
        return {false, QString::fromStdString(e.what())};
    }
    refreshClients(trimmed);
    return {true, tr("Added the client %1.").arg(trimmed)};
}

void PracticeView::askNewClient()
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Add a client"),
        tr("A label for the couple, meaningful only to you (initials or a case number):"), QLineEdit::Normal, QString(),
        &ok);
    // An idle lock may have ended the session while the question was open.
    if (!ok || !m_session) {
        return;
    }
    const auto result = addClient(label);
    if (!result.imported) {
        QMessageBox::warning(this, tr("Client not added"), result.message);
    }
}

ImportResult PracticeView::importReport(const QString& path)
{
    if (!m_session) {
        return {};
    }
    try {
        const auto result = workbook::PracticeService(*m_session).importReport(path.toStdString());
        const QString client = QString::fromStdString(result.clientLabel);
        refreshClients(client);
        if (result.alreadyImported) {
            return {false, tr("This report was imported before; nothing changed.")};
        }
        return {true,
            tr("Imported the report from %1 (client %2), written %3.")
                .arg(QString::fromStdString(result.report.partnerName), client, momentDay(result.report.createdAt))};
    } catch (const Error& e) {
        return {false, QString::fromStdString(e.what())};
    }
}

void PracticeView::chooseAndImportReport()
{
    if (!m_session) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a report"), QString(),
        tr("Trustwork reports (*.twreport);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty() || !m_session) {
        return;
    }
    const auto result = importReport(path);
    if (result.imported) {
        QMessageBox::information(this, tr("Report imported"), result.message);
    } else {
        QMessageBox::warning(this, tr("Report not imported"), result.message);
    }
}

ImportResult PracticeView::changeKey()
{
    if (!m_session) {
        return {};
    }
    try {
        const auto change = workbook::PracticeService(*m_session).changeKey();
        open(*m_session);
        return {true,
            tr("The practice has a new key. Its fingerprint is:\n\n%1\n\nYour next assignments carry the change, "
               "signed by the old key. Tell each couple in a session and read them the new fingerprint: each "
               "partner confirms it once.")
                .arg(QString::fromStdString(change.after.fingerprint))};
    } catch (const Error& e) {
        return {false, QString::fromStdString(e.what())};
    }
}

void PracticeView::askChangeKey()
{
    if (!m_session) {
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Change the practice's key"),
        tr("Change the key only if this computer or a backup of the practice may have been in someone else's "
           "hands. Moving to a new computer does not need it: copy the practice folder instead.\n\nAfter the "
           "change, each partner confirms the new fingerprint once. Reports already on their way still open "
           "here."),
        QMessageBox::NoButton, this);
    auto* yes = box.addButton(tr("&Change the key"), QMessageBox::AcceptRole);
    auto* no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    emit dialogOpened(&box);
    box.exec();
    // An idle lock may have ended the session while the question was open.
    if (box.clickedButton() != yes || !m_session) {
        return;
    }
    const auto result = changeKey();
    if (result.imported) {
        QMessageBox::information(this, tr("New key"), result.message);
    } else {
        QMessageBox::warning(this, tr("The key was not changed"), result.message);
    }
}

void PracticeView::newAssignment()
{
    if (!m_session) {
        return;
    }
    AssignmentBuilder builder(*m_session, m_curriculum, m_packsDir, currentClient(), this);
    emit dialogOpened(&builder);
    builder.exec();
    showClient();
}

} // namespace tw::app::therapist
