// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/workbook/TherapistTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tw::workbook {
class Session;
}

namespace tw::app::therapist {

/**
 * @brief "Send a report to your therapist": the unlocked partner ticks what leaves the workbook
 * (completion always; check-in trends and their own entries only when ticked, entry by entry:
 * no private entry is in unless ticked on its own), reads exactly the texts that will be sent,
 * sees the name and fingerprint of the therapist they confirmed, and saves a .twreport, signed by
 * them, that only that therapist can open.
 */
class ReportConsentDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportConsentDialog(workbook::Session& session, QWidget* parent = nullptr);

    [[nodiscard]] workbook::ReportChoices choices() const;
    /** @brief The preview: what the report would contain with the boxes as ticked now. */
    [[nodiscard]] QString previewText() const;
    /** @brief Writes the report; false with errorText() on failure. Tests call it instead of the picker. */
    bool saveTo(const QString& path);
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QCheckBox* checkinsBox() const { return m_checkins; }
    [[nodiscard]] QCheckBox* sharedBox() const { return m_shared; }
    [[nodiscard]] QCheckBox* privateBox() const { return m_private; }
    [[nodiscard]] QListWidget* entryList() const { return m_entries; }
    /** @brief Ticks or unticks one entry (by id) in the list; false if it is not offered. */
    bool setEntryChecked(const QString& id, bool checked);
    /** @brief The full texts the report would carry, as shown in the preview pane. */
    [[nodiscard]] QString previewTexts() const;

private:
    void updatePreview();
    void chooseAndSave();

    workbook::Session& m_session;
    QCheckBox* m_completion = nullptr;
    QCheckBox* m_checkins = nullptr;
    QCheckBox* m_shared = nullptr;
    QCheckBox* m_private = nullptr;
    QLabel* m_preview = nullptr;
    QListWidget* m_entries = nullptr;
    QPlainTextEdit* m_texts = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace tw::app::therapist
