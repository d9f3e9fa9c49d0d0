// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

namespace tw::app {

/** @brief A reading: its body, in the variant for the reader's role. Nothing to save. */
class ReadingEditor : public ExerciseEditor {
    Q_OBJECT
public:
    ReadingEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent = nullptr);
};

} // namespace tw::app
