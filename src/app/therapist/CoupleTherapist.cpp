// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoupleTherapist.h"

#include "AppContext.h"
#include "ReportConsentDialog.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/workbook/AssignmentFile.h"
#include "tw/workbook/PackTransfer.h"
#include "tw/workbook/Paths.h"

#include <QDateTime>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

#include <algorithm>
#include <optional>

namespace tw::app::therapist {

CoupleTherapist::CoupleTherapist(QWidget* window, AppContext& context)
    : QObject(window)
    , m_window(window)
    , m_context(context)
{
    m_confirm = [this](const Question& question) { return askFingerprint(question); };
    connect(&m_context, &AppContext::locked, this, [this] { m_declined.clear(); });
}

bool CoupleTherapist::askFingerprint(const Question& q)
{
    const QString name = QString::fromStdString(q.assignment.therapist.name);
    const QString fingerprint = QString::fromStdString(q.assignment.therapist.fingerprint);
    QString who;
    if (!q.importedBy.isEmpty()) {
        who = tr("%1 added this assignment on %2. You decide for yourself whether you trust it.")
                  .arg(q.importedBy,
                      QLocale().toString(
                          QDateTime::fromMSecsSinceEpoch(q.importedAt).date(), QStringLiteral("d MMM yyyy")))
            + QStringLiteral("\n\n");
    }
    QString text;
    switch (q.trust.state) {
    case workbook::TrustState::DifferentKey:
        text = tr("This assignment says it is from %1, but it is signed by a different key than the one you "
                  "confirmed.\n\nThe key you confirmed (%3):\n%2\n\nThis assignment's key:\n%4\n\nTrust the new key "
                  "only if your therapist told you, in person or by phone, that they changed it and read you this "
                  "new fingerprint. Otherwise, cancel: someone else may have made it.")
                   .arg(name, QString::fromStdString(q.trust.confirmed->identity.fingerprint),
                       QString::fromStdString(q.trust.confirmed->identity.name), fingerprint);
        break;
    case workbook::TrustState::HandedOver:
        text = tr("%1 changed keys on %2, and the key you confirmed signed the change: it comes from the same "
                  "practice.\n\nThe key you confirmed:\n%3\nThe new key:\n%4\n\nAccept it if your therapist told "
                  "you they changed keys. Until then, your reports go to the key you confirmed.")
                   .arg(name,
                       QLocale().toString(QDateTime::fromMSecsSinceEpoch(q.trust.handover->createdAt).date(),
                           QStringLiteral("d MMM yyyy")),
                       QString::fromStdString(q.trust.confirmed->identity.fingerprint), fingerprint);
        break;
    case workbook::TrustState::OtherClient:
        text = tr("This assignment from %1 was made for another client of the practice (\"%2\"), not for the "
                  "two of you. Accept it only if your therapist says it is really yours (after a restore, for "
                  "example).")
                   .arg(name, QString::fromStdString(q.assignment.clientLabel));
        break;
    default:
        text = tr("This is the first assignment from %1 for you.\n\nIts fingerprint is:\n\n%2\n\n"
                  "Does it match the fingerprint your therapist gave you in person or by phone? Accept it only "
                  "if every group matches. Later assignments must then come from the same key.")
                   .arg(name, fingerprint);
    }
    QMessageBox box(QMessageBox::Question, tr("Confirm your therapist"), who + text, QMessageBox::NoButton, m_window);
    QString accept = tr("It matches: &accept");
    if (q.trust.state == workbook::TrustState::HandedOver) {
        accept = tr("&Accept the new key");
    } else if (q.trust.state == workbook::TrustState::OtherClient) {
        accept = tr("It is ours: &accept");
    }
    auto* yes = box.addButton(accept, QMessageBox::AcceptRole);
    auto* no = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    // A careless Enter must not trust a key.
    box.setDefaultButton(no);
    // Wide rather than tall, so the two fingerprints and the buttons stay on screen at large text.
    if (auto* label = box.findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))) {
        // QMessageBox never grows wider than the screen less 480 pixels (at most 1000); the icon and
        // margins take about 120 of that, and a wider label would be cut off instead of wrapped.
        const QScreen* screen = m_window ? m_window->screen() : nullptr;
        const int boxLimit = std::min((screen ? screen->availableGeometry().width() : 1280) - 480, 1000);
        label->setMinimumWidth(std::min(label->fontMetrics().averageCharWidth() * 64, boxLimit - 120));
    }
    box.exec();
    return box.clickedButton() == yes;
}

int CoupleTherapist::confirmPending()
{
    auto* session = m_context.session();
    // Runs a moment after unlock: by then the session may already be locked again (idle, desktop
    // lock, quick exit), and then there is nothing to ask.
    if (!session || session->isLocked() || session->isPractice()) {
        return 0;
    }
    int confirmed = 0;
    try {
        workbook::AssignmentService service(*session);
        for (const auto& p : service.pending()) {
            const QString id = QString::fromStdString(p.imported.assignment.id);
            if (m_declined.contains(id)) {
                continue;
            }
            const Question q{
                p.imported.assignment, p.trust, QString::fromStdString(p.imported.importedBy), p.imported.importedAt};
            // The session may be gone after the question (an idle lock), so it is looked up again.
            if (!m_confirm(q) || m_context.session() != session) {
                m_declined << id;
                continue;
            }
            service.confirm(p.imported.assignment.id, p.imported.assignment.therapist.fingerprint,
                p.trust.state == workbook::TrustState::OtherClient);
            ++confirmed;
        }
    } catch (const Error& e) {
        if (m_context.session() == session && !session->isLocked()) {
            QMessageBox::warning(m_window, tr("Assignment not confirmed"), QString::fromStdString(e.what()));
        }
    }
    if (confirmed > 0) {
        emit assignmentsChanged();
    }
    return confirmed;
}

ImportResult CoupleTherapist::importFile(workbook::Session& session, const QString& path)
{
    try {
        // Verified before anything else: a damaged or forged file is refused with its own message.
        const auto assignment = workbook::AssignmentFile::load(path.toStdString());
        workbook::AssignmentService service(session);
        std::string trust;
        const auto check = service.check(assignment);
        const bool otherClient = check.state == workbook::TrustState::OtherClient;
        // A first key, a new key (signed over or not) and another client are each asked, the change
        // named in the question; Cancel, the default, imports nothing.
        if (check.state != workbook::TrustState::Confirmed) {
            if (!m_confirm({assignment, check, {}, 0})) {
                return {false,
                    otherClient ? tr("Nothing was imported: it was made for another client.")
                                : tr("Nothing was imported: the fingerprint was not confirmed.")};
            }
            trust = assignment.therapist.fingerprint;
        }
        std::optional<workbook::StagedPack> pack;
        if (!assignment.packJson.empty()) {
            pack.emplace(
                assignment.packJson, workbook::Paths(m_context.dataDir().toStdString()).packs, std::filesystem::path());
        }
        const auto outcome = service.importVerified(assignment, otherClient ? std::string() : trust, otherClient);
        if (pack) {
            pack->install();
        }
        if (outcome.alreadyImported) {
            if (outcome.newlyTrusted) {
                emit assignmentsChanged();
                return {true, tr("You confirmed this assignment for yourself; it was in the workbook already.")};
            }
            return {false, tr("This assignment was imported before; nothing changed.")};
        }
        emit assignmentsChanged();
        QString message = tr("Imported %n assigned item(s) from %1. Both of you see them on Home and in the path.",
            nullptr, static_cast<int>(assignment.items.size()))
                              .arg(QString::fromStdString(assignment.therapist.name));
        if (pack) {
            message += QLatin1Char('\n')
                + tr("It came with the content pack \"%1\"; its exercises appear the next time Trustwork starts.")
                      .arg(QString::fromStdString(pack->id()));
        }
        return {true, message};
    } catch (const Error& e) {
        return {false, QString::fromStdString(e.what())};
    }
}

void CoupleTherapist::chooseAndImport()
{
    if (!m_context.session()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import an assignment"), QString(),
        tr("Trustwork assignments (*.twassign);;All files (*)"), nullptr, QFileDialog::DontUseNativeDialog);
    auto* session = m_context.session();
    if (path.isEmpty() || !session) {
        return;
    }
    const auto result = importFile(*session, path);
    if (result.imported) {
        QMessageBox::information(m_window, tr("Assignment imported"), result.message);
    } else {
        QMessageBox::warning(m_window, tr("Assignment not imported"), result.message);
    }
}

void CoupleTherapist::sendReport()
{
    auto* current = m_context.session();
    if (!current) {
        return;
    }
    auto& session = *current;
    if (!workbook::AssignmentService(session).therapist()) {
        QMessageBox::information(m_window, tr("No therapist yet"),
            tr("A report goes to the therapist whose assignment you imported. Import an assignment first."));
        return;
    }
    ReportConsentDialog dialog(session, m_window);
    // Locking (idle, Ctrl+L, quick exit) closes the dialog before the keys are wiped.
    const auto closing = connect(&m_context, &AppContext::aboutToLock, &dialog, &QDialog::reject);
    dialog.exec();
    disconnect(closing);
}

} // namespace tw::app::therapist
