// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorContext.h"

#include <QDate>
#include <QWidget>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace tw::app {

class Autosave;

/**
 * @brief The form of the entry editors (log, check-in, commitment), built from fields: text boxes,
 * 0-10 scales with their anchors, choices and dates. Values are JSON: strings, integers 0-10 and
 * "YYYY-MM-DD". With keepDraft() its unsent writing is kept as one private entry of mine (kind
 * "draft"), saved as typing pauses, so an idle lock or a closed window never loses a half-written
 * record; the record itself is only created by the editor's explicit button.
 */
class FieldForm : public QWidget {
    Q_OBJECT
public:
    /**
     * @brief @p fields must outlive the form; date inputs start at (and reset to) @p defaultDate.
     * Labels are worded for @p role where the content has a variant for it.
     */
    FieldForm(const std::vector<content::Field>& fields, QDate defaultDate, QWidget* parent = nullptr,
        const std::string& role = {});
    /** @brief Adds a "no date" box to a date field; while it is ticked the field is left out of values(). */
    void allowNoDate(const std::string& fieldId, const QString& text, const QString& accessibleName);
    /** @brief The record as JSON; empty text and unchosen choices are left out rather than saved blank. */
    [[nodiscard]] nlohmann::json values() const;
    void setValues(const nlohmann::json& values);
    /** @brief Back to an empty form (after a record was added). */
    void reset();
    /** @brief True once something was written or chosen: a record of untouched defaults says nothing. */
    [[nodiscard]] bool hasWriting() const;
    [[nodiscard]] QWidget* input(const std::string& fieldId) const
    {
        return m_inputs.count(fieldId) ? m_inputs.at(fieldId) : nullptr;
    }
    [[nodiscard]] QWidget* firstInput() const { return m_fields.empty() ? nullptr : input(m_fields.front().id); }

    static constexpr const char* kDraftKind = "draft";
    /** @brief Starts keeping a draft for @p exerciseId and fills the form from the one saved before. */
    void keepDraft(EditorContext& context, const std::string& exerciseId);
    /** @brief Back to the saved draft, or to an empty form. */
    void restoreDraft();
    /** @brief While paused (changing an existing commitment) edits are not drafted; pausing saves first. */
    void pauseDraft(bool paused)
    {
        flushDraft();
        m_paused = paused;
    }
    void flushDraft();
    /** @brief Empties the draft once its record was added; throws tw::Error like any save. */
    void clearDraft();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void edited();
    void draftSaved();
    void draftFailed(const QString& reason);

private:
    QWidget* addScale(const content::Field& field, QVBoxLayout* layout);
    void changed();
    void writeDraft(const nlohmann::json& values);
    const std::vector<content::Field>& m_fields;
    QDate m_defaultDate;
    std::map<std::string, QWidget*> m_inputs;
    std::map<std::string, QCheckBox*> m_noDate;
    EditorContext* m_context = nullptr;
    std::string m_exerciseId;
    std::string m_draftId;
    Autosave* m_autosave = nullptr;
    bool m_quiet = false; ///< filling the form in code is not an edit
    bool m_paused = false;
};

} // namespace tw::app
