// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/TherapistTypes.h"

#include <QDate>
#include <QDialog>

#include <filesystem>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace tw::content {
struct Curriculum;
}
namespace tw::workbook {
class Session;
}

namespace tw::app::therapist {

/**
 * @brief The assignment builder: modules and their exercises from the loaded curriculum and the
 * practice's own packs as a tree to tick, a due date and a note per ticked item, a note for the
 * whole assignment and the client; it signs and saves a .twassign, or keeps it as a template.
 */
class AssignmentBuilder : public QDialog {
    Q_OBJECT
public:
    /** @brief @p packsDir is the practice's packs folder: an item from a pack carries that pack along. */
    AssignmentBuilder(workbook::Session& session, const content::Curriculum& curriculum, std::filesystem::path packsDir,
        const QString& client, QWidget* parent = nullptr);

    /** @brief Ticks or unticks an exercise and makes it the current one (its due date and note show below). */
    void setExerciseChecked(const std::string& exerciseId, bool checked);
    /** @brief Sets the current exercise's due day (an invalid date clears it) and note. */
    void setCurrentDetails(const QDate& due, const QString& note);
    void setWholeNote(const QString& note);
    void setClient(const QString& label);

    /** @brief What is ticked, in curriculum order, with the client and notes. */
    [[nodiscard]] workbook::AssignmentDraft draft() const;
    /** @brief Signs and writes the assignment; false with errorText() when it cannot. */
    bool exportTo(const QString& path);
    /** @brief "assignment-Alex-Sam-2026-12-02.twassign": the default name carries the client's label. */
    static QString suggestedFileName(const QString& client, const QDate& day);
    /** @brief Keeps the ticked items and notes under @p name for later assignments. */
    bool saveTemplate(const QString& name);
    /** @brief Replaces the ticks, dates and notes with a saved template's (by its position in the list). */
    void loadTemplate(int index);
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

private:
    /** @brief Today by the session's clock (a seam for tests of due days). */
    [[nodiscard]] QDate today() const;
    QTreeWidgetItem* findExercise(const std::string& exerciseId) const;
    void showDetails(QTreeWidgetItem* item);
    void storeDetails();
    void refreshRow(QTreeWidgetItem* item);
    void refreshTemplates();
    void applyDraft(const workbook::AssignmentDraft& draft);
    void showError(const QString& text);
    void chooseAndExport();
    void askTemplateName();

    workbook::Session& m_session;
    const content::Curriculum& m_curriculum;
    std::filesystem::path m_packsDir;
    QComboBox* m_client = nullptr;
    QComboBox* m_templates = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_itemNote = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QTreeWidgetItem* m_current = nullptr;
    bool m_loading = false;
};

} // namespace tw::app::therapist
