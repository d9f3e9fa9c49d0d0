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

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace tw::app::therapist {

CoupleTherapist::CoupleTherapist(QWidget* window, AppContext& context)
    : QObject(window)
    , m_window(window)
    , m_context(context)
{
    m_confirm = [this](const workbook::Assignment& assignment) { return askFingerprint(assignment); };
}

bool CoupleTherapist::askFingerprint(const workbook::Assignment& assignment)
{
    QMessageBox box(QMessageBox::Question, tr("Confirm your therapist"),
        tr("This is the first assignment from %1 in this workbook.\n\nIts fingerprint is:\n\n%2\n\n"
           "Does it match the fingerprint your therapist gave you in person or by phone? Import it only "
           "if every group matches. Later assignments must then come from the same key.")
            .arg(QString::fromStdString(assignment.therapist.name),
                QString::fromStdString(assignment.therapist.fingerprint)),
        QMessageBox::NoButton, m_window);
    auto* yes = box.addButton(tr("It matches: &import"), QMessageBox::AcceptRole);
    auto* no = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    // A careless Enter must not trust a key.
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

ImportResult CoupleTherapist::importFile(workbook::Session& session, const QString& path)
{
    try {
        // Verified before anything else: a damaged or forged file is refused with its own message.
        const auto assignment = workbook::AssignmentFile::load(path.toStdString());
        workbook::AssignmentService service(session);
        std::string trust;
        if (service.check(assignment).state == workbook::TrustState::FirstTime) {
            if (!m_confirm(assignment)) {
                return {false, tr("Nothing was imported: the fingerprint was not confirmed.")};
            }
            trust = assignment.therapist.fingerprint;
        }
        // A different key is passed on unconfirmed, so the library refuses it and names the change.
        std::optional<workbook::StagedPack> pack;
        if (!assignment.packJson.empty()) {
            pack.emplace(
                assignment.packJson, workbook::Paths(m_context.dataDir().toStdString()).packs, std::filesystem::path());
        }
        const auto outcome = service.importVerified(assignment, trust);
        if (pack) {
            pack->install();
        }
        if (outcome.alreadyImported) {
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
