// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"
#include "tw/workbook/EntryService.h"

#include <QDateTime>
#include <QLabel>
#include <QStringList>

#include <vector>

class QFrame;
class QVBoxLayout;

namespace tw::app {

class FieldForm;

/**
 * @brief Log exercises: a form from the content's fields, "Add to log" (one transaction), and my
 * records with the partner's shared ones, newest first. Each of my records is private until I
 * share it, and can be deleted after an inline confirmation. Check-ins reuse all of this.
 */
class LogEditor : public ExerciseEditor {
    Q_OBJECT
public:
    LogEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    void flush() override;
    [[nodiscard]] QString statusText() const { return m_status->text(); }
    [[nodiscard]] FieldForm* form() const { return m_form; }
    /** @brief The record cards shown, newest first, by record id (the card's objectName). */
    [[nodiscard]] QStringList shownIds() const;
    /**
     * @brief Puts a card made after the page into the tab order right after @p previous (new widgets
     * otherwise join the end of the window's order). Returns the card's last focusable widget.
     */
    static QWidget* chainAfter(QWidget* previous, QWidget* card);
    /** @brief Focuses @p widget and scrolls the page to it once laid out (setFocus alone does not scroll). */
    static void reveal(QWidget* widget);

protected:
    struct Wording {
        QString formTitle;
        QString submit;
        QString listTitle;
        QString empty;
        QString added;
        QString record; ///< "record" or "check-in", inside button names
        bool needsWriting; ///< logs need some words or a choice; a check-in of scales alone is fine
    };
    /** @brief For subclasses, which call setup() once their own widgets exist. */
    struct Deferred { };
    LogEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent, Deferred);
    void setup(const Wording& wording);
    [[nodiscard]] virtual std::vector<workbook::Record> load() const
    {
        return workbook::EntryService(m_context.session).logs(m_exercise.id);
    }
    virtual std::string add(const std::string& fieldsJson)
    {
        return workbook::EntryService(m_context.session).addLog(m_exercise.id, fieldsJson);
    }
    /** @brief Called after every refresh with my own records, oldest first. */
    virtual void refreshed(const std::vector<workbook::Record>& mine) { (void)mine; }
    [[nodiscard]] QDate today() const { return QDateTime::fromMSecsSinceEpoch(m_context.session.nowMs()).date(); }
    /** @brief Reads the records again and rebuilds the list below the form. */
    void refresh();

private:
    void submit();
    QFrame* makeCard(const workbook::Record& record);
    void toggleShare(QFrame* card, const std::string& id);
    void setShared(QFrame* card, const std::string& id);
    [[nodiscard]] QString mineCardKind(const workbook::Record& record) const;
    void remove(const std::string& id);
    void setStatus(const QString& text) { m_status->setText(text); }

    Wording m_wording;
    FieldForm* m_form = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_empty = nullptr;
    QVBoxLayout* m_list = nullptr;
};

} // namespace tw::app
