// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerText.h"
#include "EditorContext.h"

#include <QFrame>

#include <optional>

namespace tw::app {

/**
 * @brief An answer someone shared, read-only, as questions and answers: who shared it and when on
 * top ("Shared by Alex, written 2 Dec 2026"), then each question in the words its author was asked and
 * the answer under it. Every answer is its own focusable label, so a screen reader reads them one
 * by one and Tab moves through them.
 */
class SharedAnswerCard : public QFrame {
    Q_OBJECT
public:
    SharedAnswerCard(const QString& heading, const std::vector<AnswerPart>& parts, bool partners, QWidget* parent);
    /** @brief The questions and answers as shown, in order (for tests and accessible descriptions). */
    [[nodiscard]] QString plainText() const { return m_plain; }

private:
    QString m_plain;
};

/** @brief The newest entry of @p kind for this exercise that the other partner shared, if any. */
std::optional<workbook::Entry> partnersSharedEntry(
    const EditorContext& context, const std::string& exerciseId, const std::string& kind = "answer");

/** @brief "Shared by Alex, written 2 Dec 2026" (and ", changed 5 Dec 2026" when it changed since). */
QString sharedByLine(const QString& name, const workbook::Entry& entry);

/** @brief The role the other partner answers in ("default" when alone): their questions' wording. */
std::string partnerRole(const EditorContext& context);

} // namespace tw::app
