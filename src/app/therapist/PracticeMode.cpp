// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeMode.h"

#include "AppContext.h"
#include "AppOptions.h"
#include "PracticeSetupDialog.h"
#include "PracticeWindow.h"
#include "tw/base/Error.h"
#include "tw/workbook/Paths.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace tw::app::therapist {
namespace {

bool explicitDataDir(const AppOptions& options)
{
    return QDir(options.dataDir) != QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

/** @brief The kind of the workbook in @p dir, or "" when there is none (or its key file is unreadable). */
std::string kindAt(const QString& dir)
{
    const workbook::Paths paths(dir.toStdString());
    if (!paths.workbookExists()) {
        return {};
    }
    try {
        return workbook::Workbook::info(paths.dataDir).kind;
    } catch (const Error&) {
        return {};
    }
}

} // namespace

QString practiceDataDir(const AppOptions& options)
{
    if (kindAt(options.dataDir) == workbook::kPracticeKind || (options.practice && explicitDataDir(options))) {
        return options.dataDir;
    }
    return QDir(options.dataDir).filePath(QStringLiteral("practice"));
}

bool startsInPracticeMode(const AppOptions& options)
{
    if (options.demo) {
        return false;
    }
    if (options.practice) {
        return true;
    }
    const std::string kind = kindAt(options.dataDir);
    if (kind == workbook::kPracticeKind) {
        return true;
    }
    return kind.empty() && kindAt(practiceDataDir(options)) == workbook::kPracticeKind;
}

int runPractice(const QString& dataDir, const workbook::Options& options, const content::Curriculum& curriculum)
{
    const std::string kind = kindAt(dataDir);
    if (!kind.empty() && kind != workbook::kPracticeKind) {
        QMessageBox::critical(nullptr, QApplication::translate("Therapist", "Not a practice"),
            QApplication::translate("Therapist",
                "The folder %1 holds a couple's workbook. A practice needs a folder of its own: leave out "
                "--data-dir, or give an empty folder.")
                .arg(dataDir));
        return 2;
    }
    AppContext context(dataDir, options);
    if (!context.workbookExists()) {
        PracticeSetupDialog setup(dataDir, options);
        setup.exec();
        if (!context.workbookExists()) {
            return 0;
        }
    }
    PracticeWindow window(context, curriculum);
    QObject::connect(&window, &PracticeWindow::quickExitRequested, qApp, &QApplication::quit, Qt::QueuedConnection);
    window.show();
    const int result = QApplication::exec();
    context.lock();
    return result;
}

} // namespace tw::app::therapist
