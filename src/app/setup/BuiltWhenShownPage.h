// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

namespace tw::app {

/**
 * @brief A wizard page that makes its widgets the first time it is shown, not with the wizard.
 *
 * The set-up wizard is the first window of a new install. Built up front, its later pages (the
 * join page alone took 3.3 ms of CPU) and Qt's polishing of every hidden widget when the wizard
 * is shown held back its first paint, for pages most people never open. A subclass makes its
 * widgets in build() and fills them for this visit in prepare(); until it has been shown, its
 * widget pointers are null and it is not complete.
 */
class BuiltWhenShownPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    /** @brief Builds the page on its first visit, then prepares it (as initializePage() would). */
    void initializePage() final
    {
        if (!m_built) {
            m_built = true;
            build();
        }
        prepare();
    }
    [[nodiscard]] bool isBuilt() const { return m_built; }

protected:
    /** @brief Makes the page's widgets and fields; called once, before its first prepare(). */
    virtual void build() = 0;
    /** @brief Fills the page for this visit (names, the partner's code): each time it is entered. */
    virtual void prepare() { }

private:
    bool m_built = false;
};

} // namespace tw::app
