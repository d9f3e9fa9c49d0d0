// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

/**
 * Printing lives in a module of its own (trustwork-print.so), loaded the first time someone prints
 * (a recovery code, in the set-up wizard or the settings): Qt PrintSupport is then not loaded and
 * bound before the first window (docs/performance.md). This header is all the two sides share.
 */
namespace tw::app::print {

/** @brief Sets up the printer (the print dialog); false when cancelled. A seam for tests. */
using Setup = std::function<bool(QPrinter& printer, QWidget* parent)>;

/** @brief One printed page: a heading at the top, then the body in its own font. */
struct Page {
    QString heading;
    QString body;
    QFont bodyFont;
};

/** @brief What the module offers. One instance lives in the module for the life of the process. */
class Api {
public:
    virtual ~Api() = default;
    /** @brief Asks where to print (or @p setup does), then prints @p page; false when cancelled. */
    virtual bool printPage(const Page& page, const Setup& setup, QWidget* parent) const = 0;
};

/** @brief The module's one exported function: `const Api* tw_print_api_v1()`. */
inline constexpr char kEntry[] = "tw_print_api_v1";
/** @brief The module's file name, in the module folder (modules/Modules.h). */
inline constexpr char kFile[] = "trustwork-print.so";

} // namespace tw::app::print
