// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExerciseEditor.h"

namespace tw::app {

/** @brief The editor for an exercise's kind; every kind of the closed set has one. */
ExerciseEditor* createEditor(const content::Exercise& exercise, EditorContext& context, QWidget* parent);

} // namespace tw::app
