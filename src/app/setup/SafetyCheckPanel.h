// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace tw::content {
struct Curriculum;
}
namespace tw::workbook {
class Session;
}

namespace tw::app {

struct EditorContext;
class SafetyCheckEditor;

/**
 * @brief The private safety check as the wizards show it: the whole introduction (its emergency
 * line included), the questions, and the help after a concern, in one scroll area. The wizard's
 * Next saves it (save()); there is no button of its own further down.
 */
class SafetyCheckPanel : public QWidget {
    Q_OBJECT
public:
    enum class Saved { Failed, NoConcern, Concern };

    SafetyCheckPanel(workbook::Session& session, const content::Curriculum& curriculum, QWidget* parent = nullptr);
    ~SafetyCheckPanel() override;

    /** @brief Saves what is ticked (nothing ticked is an answer too). */
    Saved save();
    /** @brief nullptr when the curriculum has no safety check. */
    [[nodiscard]] SafetyCheckEditor* editor() const { return m_editor; }

private:
    void openHelp(const QString& id);

    const content::Curriculum& m_curriculum;
    std::unique_ptr<EditorContext> m_context;
    SafetyCheckEditor* m_editor = nullptr;
};

} // namespace tw::app
