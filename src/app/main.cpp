// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "AppOptions.h"
#include "DemoWorkbook.h"
#include "MainWindow.h"
#include "QtLogBridge.h"
#include "SetupWizard.h"
#include "UnlockPage.h"
#include "tw/base/Logging.h"
#include "tw/base/ProcessHardening.h"
#include "tw/base/Version.h"

#include <QApplication>

#include <memory>

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
    std::unique_ptr<tw::app::DemoWorkbook> demo;
    QString dataDir = options->dataDir;
    tw::workbook::Options workbookOptions;
    if (options->demo) {
        demo = std::make_unique<tw::app::DemoWorkbook>();
        dataDir = demo->dataDir();
        workbookOptions.kdf = tw::crypto::KdfParams::fastForTests();
        workbookOptions.dailyBackup = false;
    }
    tw::log::init(demo ? std::filesystem::path() : std::filesystem::path(dataDir.toStdString()));
    tw::app::installQtLogBridge();
    tw::log::get("app")->info("started, version {}", tw::kVersion);
    tw::app::Preferences::load().apply();

    tw::app::AppContext context(dataDir, workbookOptions);
    if (!context.workbookExists()) {
        tw::app::SetupWizard wizard(context);
        if (wizard.exec() != QDialog::Accepted || !context.workbookExists()) {
            return 0;
        }
    }
    tw::app::MainWindow window(context);
    if (demo) {
        window.unlockPage()->setDemoHint(tw::app::DemoWorkbook::unlockHint());
    }
    QObject::connect(
        &window, &tw::app::MainWindow::quickExitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    window.show();
    const int result = QApplication::exec();
    context.lock();
    tw::log::shutdown();
    return result;
}
