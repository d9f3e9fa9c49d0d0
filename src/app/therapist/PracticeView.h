// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoupleTherapist.h"

#include <QWidget>

#include <filesystem>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tw::content {
struct Curriculum;
}
namespace tw::workbook {
class Session;
}

namespace tw::app::therapist {

class ClientPanel;

/**
 * @brief The unlocked practice: the therapist's identity (name and fingerprint in groups), the
 * clients, and the chosen client's assignments, trends, entries and reports.
 */
class PracticeView : public QWidget {
    Q_OBJECT
public:
    PracticeView(const content::Curriculum& curriculum, std::filesystem::path packsDir, QWidget* parent = nullptr);

    void open(workbook::Session& session);
    /** @brief Forgets the session and everything shown (before lock). */
    void close();

    /** @brief Adds a client; the message says what happened (an error for a duplicate or empty label). */
    ImportResult addClient(const QString& label);
    void selectClient(const QString& label);
    [[nodiscard]] QString currentClient() const;
    /** @brief Decrypts and stores a report, then shows its client. Never throws. */
    ImportResult importReport(const QString& path);

    /** @brief The builder for the current client (modal); the caller picks nothing else. */
    void newAssignment();
    void chooseAndImportReport();
    void askNewClient();
    /** @brief Changes the practice's key now (no question) and shows the new fingerprint. Never throws. */
    ImportResult changeKey();
    /** @brief Explains what a key change means for the couples and asks first (Cancel is the default). */
    void askChangeKey();

    [[nodiscard]] ClientPanel* clientPanel() const { return m_panel; }
    [[nodiscard]] QListWidget* clientList() const { return m_clients; }
    [[nodiscard]] QString fingerprintText() const;

signals:
    /** @brief A modal dialog is open; locking must close it first. */
    void dialogOpened(QWidget* dialog);

private:
    void refreshClients(const QString& select);
    void showClient();

    const content::Curriculum& m_curriculum;
    std::filesystem::path m_packsDir;
    workbook::Session* m_session = nullptr;
    QLabel* m_name = nullptr;
    QVBoxLayout* m_fingerprintBox = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_keyHistory = nullptr;
    QListWidget* m_clients = nullptr;
    ClientPanel* m_panel = nullptr;
    QPushButton* m_newAssignment = nullptr;
};

} // namespace tw::app::therapist
