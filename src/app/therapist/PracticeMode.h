// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a therapist's practice lives and how the app starts in practice mode.
//
// The practice is a workbook of its own, never mixed with a couple's: by default in the "practice"
// folder inside the data directory (AppDataLocation/practice), so a therapist who also uses Trustwork
// privately keeps two workbooks. An explicit --data-dir together with --practice is the practice
// folder itself (as in trustwork-cli --data-dir ~/practice), and a --data-dir that already holds a
// practice opens it in practice mode with or without --practice.

#include "tw/workbook/Workbook.h"

#include <QString>

namespace tw::content {
struct Curriculum;
}

namespace tw::app {
struct AppOptions;
}

namespace tw::app::therapist {

/** @brief The practice folder for these options (see above). */
QString practiceDataDir(const AppOptions& options);

/**
 * @brief Whether to start in practice mode: --practice; or a data directory that holds a practice;
 * or no couple's workbook yet while the default practice folder holds one (a therapist's usual start).
 */
bool startsInPracticeMode(const AppOptions& options);

/**
 * @brief Runs practice mode until the window closes: the set-up dialog when there is no practice
 * yet, then the practice window. Returns the exit code.
 */
int runPractice(const QString& dataDir, const workbook::Options& options, const content::Curriculum& curriculum);

} // namespace tw::app::therapist
