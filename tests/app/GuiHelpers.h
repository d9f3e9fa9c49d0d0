// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Loader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QWidget>

#include <functional>

namespace tw::test {

/** @brief Runs the event loop until @p done or a generous timeout (a hang, not a speed check). */
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

/** @brief Finds a widget by its accessible name, as a screen reader user would. */
template <typename T> T* byName(QWidget* root, const QString& accessibleName)
{
    for (auto* w : root->findChildren<T*>()) {
        if (w->accessibleName() == accessibleName) {
            return w;
        }
    }
    return nullptr;
}

/**
 * @brief Answers the open "are you sure" question (app/Confirm.h) with its button called @p text,
 * as a user would. Returns false when no such question is open.
 */
inline bool answerConfirmation(const QString& text)
{
    for (auto* top : QApplication::topLevelWidgets()) {
        const auto boxes = top->findChildren<QWidget*>(QStringLiteral("confirm"));
        for (auto* box : boxes) {
            if (!box->isVisible()) {
                continue;
            }
            for (auto* button : box->findChildren<QAbstractButton*>()) {
                if (button->text() == text) {
                    button->click();
                    QApplication::processEvents();
                    return true;
                }
            }
        }
    }
    return false;
}

/**
 * @brief Confirms the open share preview (app/exercises/SharePreview.h) with its one primary button
 * ("Share with …" or "Update what … sees"), as a user would. False when no preview is open.
 */
inline bool confirmSharePreview()
{
    for (auto* top : QApplication::topLevelWidgets()) {
        if (top->objectName() != QStringLiteral("sharePreview") || !top->isVisible()) {
            continue;
        }
        for (auto* button : top->findChildren<QAbstractButton*>()) {
            if (button->property("primary").toBool()) {
                button->click();
                QApplication::processEvents();
                return true;
            }
        }
    }
    return false;
}

/** @brief The shipped curriculum, loaded once for all GUI tests. */
inline const content::Curriculum& curriculum()
{
    static const auto loaded = content::loadCurriculum(TW_SOURCE_DIR "/content", "en", {});
    return loaded.curriculum;
}

} // namespace tw::test
