// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exercises/EditorContext.h"

#include <QScrollArea>

class QVBoxLayout;

namespace tw::app {

/**
 * @brief Home: where each partner is on the path, what is next, recent shared items, and a gentle
 * check-in prompt. Before anything else, the private safety check; after a concern, why the path
 * now shows individual work only.
 */
class HomeView : public QScrollArea {
    Q_OBJECT
public:
    explicit HomeView(QWidget* parent = nullptr);
    void refresh(EditorContext& context, bool individualOnly);
    void clear();
    /** @brief How many reminders the last refresh showed. */
    [[nodiscard]] int reminderCount() const { return m_reminderCount; }

signals:
    void openExercise(const QString& id);

private:
    QWidget* section(const QString& title);
    void addLink(QVBoxLayout* layout, const QString& text, const std::string& exerciseId);
    QWidget* m_page = nullptr;
    QVBoxLayout* m_layout = nullptr;
    int m_reminderCount = 0;
};

} // namespace tw::app
