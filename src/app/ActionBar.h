// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <utility>
#include <vector>

class QAction;
class QMenu;
class QToolButton;

namespace tw::app {

/**
 * @brief The window's toolbar: actions from the left, as many as fit; the rest go into a "More"
 * menu instead of off the screen (at 200 % text, say). Trailing actions (Quick exit) stay at the
 * right end whatever the width: the way out must never be hidden in a menu. The actions
 * themselves stay in the window, so their shortcuts work wherever their buttons are.
 */
class ActionBar : public QWidget {
    Q_OBJECT
public:
    explicit ActionBar(QWidget* parent = nullptr);
    /** @brief Adds @p action in order; it overflows into "More" when it does not fit. */
    void addItem(QAction* action);
    /** @brief Adds @p action at the right end, always shown. */
    void addTrailingItem(QAction* action);
    /** @brief The actions in the "More" menu now. */
    [[nodiscard]] std::vector<QAction*> overflowed() const;
    [[nodiscard]] QToolButton* moreButton() const { return m_more; }
    /** @brief The button of @p action, or nullptr. */
    [[nodiscard]] QToolButton* buttonFor(const QAction* action) const;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QToolButton* makeButton(QAction* action);
    void relayout();

    std::vector<std::pair<QAction*, QToolButton*>> m_items;
    std::vector<std::pair<QAction*, QToolButton*>> m_trailing;
    QToolButton* m_more = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace tw::app
