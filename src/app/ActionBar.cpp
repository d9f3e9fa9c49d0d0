// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionBar.h"

#include "style/Icons.h"
#include "style/Metrics.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace tw::app {

ActionBar::ActionBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actionBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_menu = new QMenu(this);
    m_more = new QToolButton(this);
    m_more->setText(tr("More"));
    m_more->setIcon(style::icon(QStringLiteral("more")));
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setAutoRaise(true);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    m_more->setAccessibleName(tr("More actions"));
    m_more->setFocusPolicy(Qt::TabFocus);
    m_more->hide();
}

QToolButton* ActionBar::makeButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    // Reachable with Tab, so a keyboard user meets every action, not only those with a shortcut.
    button->setFocusPolicy(Qt::TabFocus);
    if (action->menu()) {
        button->setPopupMode(QToolButton::InstantPopup);
    }
    // An action shown or hidden later (Add partner, say) changes what fits.
    connect(action, &QAction::changed, this, [this] { QTimer::singleShot(0, this, &ActionBar::relayout); });
    return button;
}

void ActionBar::addItem(QAction* action)
{
    auto* button = makeButton(action);
    // Tab goes through the actions in order, then "More", then the trailing ones.
    QWidget::setTabOrder(m_items.empty() ? button : m_items.back().second, button);
    QWidget::setTabOrder(button, m_more);
    m_items.emplace_back(action, button);
    relayout();
}

void ActionBar::addTrailingItem(QAction* action)
{
    auto* button = makeButton(action);
    QWidget::setTabOrder(m_trailing.empty() ? m_more : m_trailing.back().second, button);
    m_trailing.emplace_back(action, button);
    relayout();
}

QToolButton* ActionBar::buttonFor(const QAction* action) const
{
    for (const auto* list : {&m_items, &m_trailing}) {
        for (const auto& [a, button] : *list) {
            if (a == action) {
                return button;
            }
        }
    }
    return nullptr;
}

std::vector<QAction*> ActionBar::overflowed() const
{
    std::vector<QAction*> actions;
    for (auto* action : m_menu->actions()) {
        actions.push_back(action);
    }
    return actions;
}

QSize ActionBar::sizeHint() const
{
    int width = 0;
    int height = m_more->sizeHint().height();
    for (const auto* list : {&m_items, &m_trailing}) {
        for (const auto& [action, button] : *list) {
            if (action->isVisible()) {
                width += button->sizeHint().width() + style::space::xs;
                height = std::max(height, button->sizeHint().height());
            }
        }
    }
    return {width + 2 * style::space::s, height + 2 * style::space::xs};
}

QSize ActionBar::minimumSizeHint() const
{
    // "More" and the trailing actions: everything else can fold away.
    int width = m_more->sizeHint().width();
    for (const auto& [action, button] : m_trailing) {
        width += button->sizeHint().width() + style::space::xs;
    }
    return {width + 2 * style::space::s, sizeHint().height()};
}

void ActionBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ActionBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        relayout();
    }
}

void ActionBar::relayout()
{
    const int gap = style::space::xs;
    const int margin = style::space::s;
    const int top = style::space::xs;
    const int rowHeight = height() - 2 * top;
    // The trailing actions first, from the right edge.
    int right = width() - margin;
    for (auto it = m_trailing.rbegin(); it != m_trailing.rend(); ++it) {
        auto* button = it->second;
        button->setVisible(it->first->isVisible());
        if (!it->first->isVisible()) {
            continue;
        }
        const int w = button->sizeHint().width();
        right -= w;
        button->setGeometry(right, top, w, rowHeight);
        right -= gap;
    }
    std::vector<std::pair<QAction*, QToolButton*>> shown;
    for (const auto& item : m_items) {
        if (item.first->isVisible()) {
            shown.push_back(item);
        } else {
            item.second->hide();
        }
    }
    int needed = 0;
    for (const auto& [action, button] : shown) {
        needed += button->sizeHint().width() + gap;
    }
    const bool overflow = margin + needed > right;
    const int limit = overflow ? right - m_more->sizeHint().width() - gap : right;
    m_menu->clear();
    int x = margin;
    bool full = false;
    for (const auto& [action, button] : shown) {
        const int w = button->sizeHint().width();
        full = full || x + w > limit;
        if (full) {
            // The action itself goes in the menu: one object, one state, one shortcut.
            button->hide();
            m_menu->addAction(action);
            continue;
        }
        button->setGeometry(x, top, w, rowHeight);
        button->show();
        x += w + gap;
    }
    m_more->setVisible(overflow);
    if (overflow) {
        m_more->setGeometry(x, top, m_more->sizeHint().width(), rowHeight);
    }
}

} // namespace tw::app
