// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace tw::app {

/** @brief What the command line asked for. */
struct AppOptions {
    QString dataDir; ///< --data-dir, else the AppDataLocation
    QString contentDir; ///< --content-dir, else found next to the binary
    QStringList contentPacks;
    bool demo = false;
    bool practice = false;
};

/**
 * @brief Parses the command line with QCommandLineParser. --help and --version print and return
 * nullopt with @p exitCode set; so do errors, with a message on stderr.
 */
std::optional<AppOptions> parseCommandLine(const QCoreApplication& app, int& exitCode);

} // namespace tw::app
