// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorContext.h"

#include <QFrame>
#include <QString>
#include <QStringList>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace tw::app {

/** @brief A service someone would turn to: which kind of help, who, how to reach them, a note. */
struct LocalService {
    QString kind;
    QString name;
    QString contact;
    QString note;
};

/**
 * @brief Each partner's own list of local services, kept as a private setting (JSON) in their own
 * store: the other partner's keys cannot open it, and it never leaves this computer.
 */
namespace localServices {
inline constexpr const char* kSettingKey = "help.local-services";
std::vector<LocalService> load(const workbook::Session& session);
void save(workbook::Session& session, const std::vector<LocalService>& services);
} // namespace localServices

/**
 * @brief Services a therapist suggested for this couple. A hook: assignments do not carry
 * suggested services yet (AssignmentItem has an exercise, a due day and a note only). When they
 * do, read them here from AssignmentService and the help page shows them as their own card.
 */
std::vector<LocalService> therapistSuggestedServices(workbook::Session& session);

/**
 * @brief The "My local services" card of the help page: the list, and a short form to add one,
 * saved at once; each entry can be removed (with a way back until the page is left).
 */
class LocalServicesCard : public QFrame {
    Q_OBJECT
public:
    LocalServicesCard(EditorContext& context, const QStringList& kinds, QWidget* parent = nullptr);
    [[nodiscard]] QLineEdit* nameField() const { return m_name; }
    [[nodiscard]] QLineEdit* contactField() const { return m_contact; }
    [[nodiscard]] QComboBox* kindField() const { return m_kind; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QString statusText() const;
    /** @brief The entries as shown, one line each. */
    [[nodiscard]] QStringList shownEntries() const;

private:
    void add();
    void remove(int index);
    void undoRemove();
    void refresh();
    void store(const QString& done);

    EditorContext& m_context;
    std::vector<LocalService> m_services;
    std::vector<LocalService> m_removed; ///< the last removal, for Undo
    QVBoxLayout* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tw::app
