// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

namespace tw::app {

class SharedAnswerCard;

/**
 * @brief An exercise answered privately (reflection, scale, checklist, rewrite) while both
 * partners are here: only what each of them shared, read-only, side by side in reading order.
 * Nobody's private answer is on the screen they are both looking at.
 */
class TogetherAnswerView : public ExerciseEditor {
    Q_OBJECT
public:
    TogetherAnswerView(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
    [[nodiscard]] const std::vector<SharedAnswerCard*>& cards() const { return m_cards; }

private:
    std::vector<SharedAnswerCard*> m_cards;
};

} // namespace tw::app
