// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/AssignmentService.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tw::app {
class AppContext;
}

namespace tw::app::therapist {

/** @brief What an import attempt did, in words for the user. */
struct ImportResult {
    bool imported = false;
    QString message;
};

/**
 * @brief The couple's side of therapist mode behind the main window's "Therapist" menu: importing
 * a signed assignment (confirming the therapist's fingerprint the first time) and sending a report.
 * Dialogs that would block a test go through seams: the fingerprint question and the file pickers.
 */
class CoupleTherapist : public QObject {
    Q_OBJECT
public:
    /** @brief What a partner is asked before trusting an assignment's key for themselves. */
    struct Question {
        workbook::Assignment assignment;
        workbook::TrustCheck trust; ///< first time, another key (with the old one), or another client
        QString importedBy; ///< the partner who put it in the workbook; empty for my own import now
        qint64 importedAt = 0;
    };
    /** @brief Asked before trusting: does the fingerprint shown match the one the therapist gave? */
    using Confirm = std::function<bool(const Question&)>;

    CoupleTherapist(QWidget* window, AppContext& context);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /**
     * @brief Verifies and imports @p path. A first import needs the confirmation above; a file signed
     * by another key than the confirmed therapist's is refused with the library's message naming
     * the change. Never throws.
     */
    ImportResult importFile(workbook::Session& session, const QString& path);

    /**
     * @brief Asks for a file, imports it into the unlocked session and tells the user what happened.
     * The session is looked up after the file dialog: an idle lock may have ended it meanwhile.
     */
    void chooseAndImport();

    /**
     * @brief Asks the unlocked partner, one by one, about assignments the other partner imported that
     * they have not confirmed for themselves (first time, a new key, another client). Each is asked
     * once per session; Cancel is the default. Returns how many were confirmed.
     */
    int confirmPending();

    /** @brief The report consent dialog for the unlocked partner (modal; closed on lock). */
    void sendReport();

signals:
    /** @brief Something was imported: Home and the path show assigned items. */
    void assignmentsChanged();

private:
    bool askFingerprint(const Question& question);

    QWidget* m_window;
    AppContext& m_context;
    Confirm m_confirm;
    QStringList m_declined; ///< assignment ids this partner declined this session; forgotten at lock
};

} // namespace tw::app::therapist
