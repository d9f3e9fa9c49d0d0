// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace tw::content {
struct Curriculum;
}
namespace tw::workbook {
class Session;
}

namespace tw::app {

class RecoveryCodePanel;
class SafetyCheckPanel;

/**
 * @brief A partner's own first pages, in their own first session, when the set-up wizard could not
 * give them (a partner added later, or one created without a code): how private and shared work,
 * their recovery code (made now with Session::issueRecoveryCode, shown once), and their private
 * safety check (saved by Next). Shown inside the main window, with nothing else on screen.
 */
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, CodePage, SafetyPage };

    FirstRunWizard(workbook::Session& session, const content::Curriculum& curriculum, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    /** @brief Whether @p session still needs these pages (no code yet, or one made but not confirmed). */
    static bool needed(const workbook::Session& session);

    int nextId() const override;
    [[nodiscard]] RecoveryCodePanel* codePanel() const { return m_code; }

signals:
    /** @brief The pages are done (or skipped past); the workbook opens. */
    void completed();

protected:
    void done(int result) override;
    bool focusNextPrevChild(bool next) override;

private:
    void keepFocusOnThePage();
    void keepTabOrder();
    /** @brief What Tab visits inside the wizard, in the order seen: the page's controls, then its buttons. */
    [[nodiscard]] QList<QWidget*> tabStops() const;
    /** @brief Gives the focus to the first widget Tab (or Shift+Tab) reaches outside the wizard. */
    bool leave(bool next);

    workbook::Session& m_session;
    const content::Curriculum& m_curriculum;
    RecoveryCodePanel* m_code = nullptr;
    bool m_safetyNeeded = true;
};

} // namespace tw::app
