// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace tw::app {

std::optional<AppOptions> parseCommandLine(const QCoreApplication& app, int& exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Trustwork: an offline workbook for couples rebuilding trust."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the workbook in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption contentDir(QStringLiteral("content-dir"),
        QCoreApplication::translate("main", "Read the curriculum from <dir>."), QStringLiteral("dir"));
    const QCommandLineOption contentPack(QStringLiteral("content-pack"),
        QCoreApplication::translate("main", "Also load the content pack at <path>."), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a throw-away demo workbook; your real data is never touched."));
    const QCommandLineOption practice(
        QStringLiteral("practice"), QCoreApplication::translate("main", "Open a therapist's practice workbook."));
    parser.addOptions({dataDir, contentDir, contentPack, demo, practice});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "trustwork: %s\n", qPrintable(parser.errorText()));
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        std::printf("trustwork %s\n", qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return std::nullopt;
    }
    AppOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.contentDir = parser.value(contentDir);
    options.contentPacks = parser.values(contentPack);
    options.demo = parser.isSet(demo);
    options.practice = parser.isSet(practice);
    return options;
}

} // namespace tw::app
