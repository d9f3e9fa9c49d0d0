// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldForm.h"
#include "LogEditor.h"

#include <QDate>

#include <map>

class QCheckBox;
class QLabel;

namespace tw::app {

class Autosave;

/**
 * @brief Check-ins: a short form from the content's fields, saved once per submission; my history,
 * newest first, with the scales over time as plain numbers a screen reader can read; the partner's
 * shared check-ins beside them. The suggested rhythm (everyDays) is a reminder, never a deadline.
 */
class CheckinEditor : public LogEditor {
    Q_OBJECT
public:
    CheckinEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] QString rhythmText() const { return m_rhythm->text(); }
    [[nodiscard]] QString trendText() const { return m_trend->isHidden() ? QString() : m_trend->text(); }

protected:
    [[nodiscard]] std::vector<workbook::Record> load() const override
    {
        return workbook::EntryService(m_context.session).checkins(m_exercise.id);
    }
    std::string add(const std::string& fieldsJson) override
    {
        return workbook::EntryService(m_context.session).addCheckin(m_exercise.id, fieldsJson);
    }
    void refreshed(const std::vector<workbook::Record>& mine) override;

private:
    QLabel* m_rhythm = nullptr;
    QLabel* m_trend = nullptr;
};

} // namespace tw::app
