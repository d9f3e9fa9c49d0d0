// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TypeScale.h"

#include <QString>

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace tw::app::style {

/**
 * @brief The building blocks every screen is made of (docs/design.md shows them). They only set
 * roles and properties; how a role looks is decided in one place (style sheet and TrustworkStyle).
 */

/** @brief A wrapped plain-text label in @p role (content and user text never render as markup). */
QLabel* text(TextRole role, const QString& text, QWidget* parent);

/** @brief A body label whose words are in bold: a question, a name. */
QLabel* emphasis(const QString& text, QWidget* parent);

/**
 * @brief Muted, danger or partner tone for a label (colour is never the only signal); "alert" is
 * a problem that stops the person: light text on a danger-coloured fill.
 */
void setTone(QLabel* label, const char* tone);

/** @brief What a card is for: mine, the partner's shared words, or something that needs attention. */
enum class CardKind { Plain, Partner, Notice };

/** @brief A card: a raised panel with a vertical layout on the spacing grid. */
QFrame* card(QWidget* parent, CardKind kind = CardKind::Plain);
QVBoxLayout* cardLayout(QFrame* card);

/** @brief The one primary action of a screen: filled with the accent colour. */
void makePrimary(QPushButton* button);
/** @brief A destructive action (delete, stop sharing, withdraw): drawn in the danger colour. */
void makeDanger(QPushButton* button);

/**
 * @brief A scrolling page's content column: at most the reading width, centred, with the page
 * margins of the grid. @p layout receives the page's content.
 */
QWidget* readingPage(QWidget* parent, QVBoxLayout*& layout);

} // namespace tw::app::style
