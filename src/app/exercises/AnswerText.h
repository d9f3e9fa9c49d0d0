// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Curriculum.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace tw::app {

/** @brief One question of an exercise with the answer given to it, as a reader sees them. */
struct AnswerPart {
    std::string id; ///< the prompt, item or field id ("" for a part of the body the content does not name)
    QString question; ///< the question as the author was asked it (their role's words)
    QString answer; ///< the answer in words: text as written, "7 of 10", a list of ticked items
};

/**
 * @brief An entry body as questions and answers, in the exercise's order, with the questions worded
 * for @p authorRole (the partner may have been asked something else than the reader). Every kind
 * is understood: prompts (reflection, reveal), rewrite, scale, checklist, conversation notes, log
 * and check-in fields, commitments and agreement items; keys the exercise does not know come last
 * under readable names, so nothing written is hidden. Empty answers are left out.
 */
std::vector<AnswerPart> answerParts(
    const content::Exercise* exercise, std::string_view authorRole, std::string_view kind, const std::string& body);

/** @brief The parts as plain text ("Question\nAnswer\n\n..."), for accessible descriptions and tests. */
QString answerPlainText(const std::vector<AnswerPart>& parts);

/**
 * @brief Whether the content marks @p prompt as never shared ("private": true, content format 2):
 * planning notes such as "which parts do you want your partner to hear?". Such answers are kept in
 * a private entry of their own and are never in what sharing sends.
 */
bool isNeverShared(const content::Prompt& prompt);

/** @brief Whether @p exercise has any prompt (including its follow-up) that is never shared. */
bool hasNeverSharedPrompt(const content::Exercise& exercise);

/**
 * @brief Whether every answer @p exercise asks for is never shared ("My local help numbers"): then
 * that the page is done is kept from the partner as well (ProgressService::DoneShown::OnlyToMe).
 */
bool isWhollyPrivate(const content::Exercise& exercise);

} // namespace tw::app
