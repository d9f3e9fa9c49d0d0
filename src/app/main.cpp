// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"
#include "MainWindow.h"
#include "QtLogBridge.h"
#include "tw/base/Logging.h"
#include "tw/base/ProcessHardening.h"
#include "tw/base/Version.h"

#include <QApplication>

int main(int argc, char** argv)
{
    // Before anything could hold a key or a decrypted entry.
    tw::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trustwork"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trustwork"));
    QApplication::setApplicationVersion(QString::fromLatin1(tw::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.trustwork.Trustwork"));

    int exitCode = 0;
    const auto options = tw::app::parseCommandLine(app, exitCode);
    if (!options) {
        return exitCode;
    }
    tw::log::init(options->dataDir.toStdString());
    tw::app::installQtLogBridge();
    tw::log::get("app")->info("started, version {}", tw::kVersion);

    tw::app::MainWindow window;
    window.show();
    const int result = QApplication::exec();
    tw::log::shutdown();
    return result;
}
