// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace tw::content {
enum class Kind;
}

namespace tw::app::style {

/**
 * @brief One of Trustwork's line icons (resources/icons/<name>.svg), drawn in the current theme's
 * text colour when painted, so the dark theme needs no second set; disabled icons are drawn in
 * the muted colour at half strength, so an unavailable action never looks available.
 */
QIcon icon(const QString& name);

/** @brief The icon of an exercise kind ("kind-reading", ...). */
QIcon kindIcon(content::Kind kind);

/** @brief The names of every icon in the set (for tests and the design page). */
QStringList iconNames();

} // namespace tw::app::style
