// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <filesystem>

class QStackedWidget;

namespace tw::content {
struct Curriculum;
}

namespace tw::app {
class AppContext;
class IdleLock;
class UnlockPage;
} // namespace tw::app

namespace tw::app::therapist {

class PracticeView;

/**
 * @brief The therapist's window: the same unlock screen as a couple's workbook, then the practice.
 * Lock, idle lock and Quick exit work as in the couple's window.
 */
class PracticeWindow : public QMainWindow {
    Q_OBJECT
public:
    PracticeWindow(AppContext& context, const content::Curriculum& curriculum, QWidget* parent = nullptr);

    [[nodiscard]] UnlockPage* unlockPage() const { return m_unlockPage; }
    [[nodiscard]] PracticeView* practiceView() const { return m_view; }
    [[nodiscard]] bool showingUnlock() const;
    void quickExit();

signals:
    void quickExitRequested();

private:
    void showUnlock();
    void showPractice();

    AppContext& m_context;
    QStackedWidget* m_stack = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    PracticeView* m_view = nullptr;
    IdleLock* m_idle = nullptr;
    QList<QAction*> m_unlockedActions;
};

} // namespace tw::app::therapist
