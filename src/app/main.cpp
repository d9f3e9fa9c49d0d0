// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "AppOptions.h"
#include "CurriculumLoader.h"
#include "DemoWorkbook.h"
#include "FirstPaint.h"
#include "Language.h"
#include "MainWindow.h"
#include "QtLogBridge.h"
#include "SetupWizard.h"
#include "UnlockPage.h"
#include "settings/PackConsent.h"
#include "style/Appearance.h"
#include "therapist/PracticeMode.h"
#include "tw/base/Error.h"
#include "tw/base/Logging.h"
#include "tw/base/ProcessHardening.h"
#include "tw/base/Version.h"
#include "tw/content/ContentRoot.h"
#include "tw/content/Loader.h"
#include "tw/workbook/Paths.h"
#include "tw/workbook/Session.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>

#include <memory>
#include <optional>
#include <string_view>

int main(int argc, char** argv)
{
    // Before anything could hold a key or a decrypted entry.
    tw::disableCoreDumps();
    // --help and --version must work without a display (scripts, packaging checks, SSH sessions),
    // so they are answered by a QCoreApplication before any window system is touched.
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("trustwork"));
            QCoreApplication::setApplicationVersion(QString::fromLatin1(tw::kVersion));
            int code = 0;
            tw::app::parseCommandLine(core, code);
            return code;
        }
    }
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
    tw::log::init(options->demo ? std::filesystem::path() : std::filesystem::path(dataDir.toStdString()));
    tw::app::installQtLogBridge();
    tw::log::get("app")->info("started, version {}", tw::kVersion);
    const auto preferences = tw::app::Preferences::load();
    // The style sheet waits until the first window has painted (style::SheetTiming says why).
    preferences.apply(tw::app::style::SheetTiming::AfterFirstPaint);
    // One choice drives both the interface and the curriculum, so they never disagree.
    const QString language = tw::app::resolveLanguage(preferences.language);
    tw::app::installTranslations(language);

    const bool practiceMode = tw::app::therapist::startsInPracticeMode(*options);
    std::filesystem::path root;
    try {
        // Throws with every folder it looked in, so a broken install explains itself.
        root = tw::content::requireContentRoot(options->contentDir.toStdString(), tw::content::currentExecutableDir());
    } catch (const tw::Error& e) {
        QMessageBox::critical(nullptr, QObject::tr("Trustwork cannot start"), QString::fromStdString(e.what()));
        return 1;
    }
    // The demo never reads the real data directory, not even its packs.
    // A practice reads the therapist's own packs from its own folder.
    const QString packsFrom = options->demo ? QString()
        : practiceMode                      ? tw::app::therapist::practiceDataDir(*options)
                                            : dataDir;
    std::vector<std::filesystem::path> extraPacks;
    for (const auto& pack : options->contentPacks) {
        extraPacks.emplace_back(pack.toStdString());
    }
    // The curriculum loads on a worker thread once the first window has painted: the unlock screen
    // and the wizard's first pages do not need it, and on two cores it slowed the first window.
    tw::app::CurriculumLoader loader(
        [root, locale = tw::app::contentLocale(language), packsDir = packsFrom.toStdString(), extraPacks] {
            auto packs = packsDir.empty() ? std::vector<std::filesystem::path>()
                                          : tw::content::discoverPacks(tw::workbook::Paths(packsDir).packs);
            packs.insert(packs.end(), extraPacks.begin(), extraPacks.end());
            auto result = tw::content::loadCurriculum(root, locale, packs);
            // Right after loading, so a partner's consent covers the files as they were read.
            tw::app::computePackDigests(result.curriculum);
            return result;
        },
        tw::app::CurriculumLoader::Start::WhenReleased);
    // What the first window does not need waits until it has painted: the curriculum (the wizard's
    // first pages and the unlock screen do without it), the style sheet (their widgets look the
    // same without it) and the icon, whose theme lookup alone took about 10 ms. Window managers
    // take a new icon at any time.
    const auto releaseAfterFirstPaint = [&loader](QWidget* first) {
        tw::app::afterFirstPaint(first, [&loader] {
            tw::app::style::applyDeferredStyleSheet();
            if (QApplication::windowIcon().isNull()) { // the wizard's first paint may have set it
                QApplication::setWindowIcon(tw::app::applicationIcon());
            }
            loader.release();
        });
    };
    // The demo and the practice need the curriculum at once; they are not what people start daily.
    if (options->demo || practiceMode) {
        tw::app::style::applyDeferredStyleSheet();
        QApplication::setWindowIcon(tw::app::applicationIcon());
        if (!loader.report(nullptr)) {
            return 1;
        }
    }
    if (options->demo) {
        demo = std::make_unique<tw::app::DemoWorkbook>(loader.result().curriculum);
        dataDir = demo->dataDir();
        workbookOptions.kdf = tw::crypto::KdfParams::fastForTests();
        workbookOptions.enforcePassphraseStrength = false;
        workbookOptions.dailyBackup = false;
    }
    if (practiceMode) {
        const int code = tw::app::therapist::runPractice(
            tw::app::therapist::practiceDataDir(*options), workbookOptions, loader.result().curriculum);
        tw::log::shutdown();
        return code;
    }
    // Otherwise the content is reported over whichever window is up when the load finishes.
    bool contentFailed = false;
    if (!options->demo) {
        QObject::connect(&loader, &tw::app::CurriculumLoader::finished, &app, [&] {
            if (!loader.report(QApplication::activeWindow())) {
                contentFailed = true;
                QCoreApplication::exit(1);
            }
        });
    }
    tw::app::AppContext context(dataDir, workbookOptions);
    // Right after set-up the workbook opens for the partner who starts, with no second prompt.
    std::shared_ptr<tw::workbook::Session> opening;
    if (!context.workbookExists()) {
        tw::app::SetupWizard wizard(context, loader.source());
        releaseAfterFirstPaint(&wizard);
        wizard.exec();
        if (contentFailed) {
            return 1;
        }
        if (wizard.practiceChosen()) {
            const int code = tw::app::therapist::runPractice(
                tw::app::therapist::practiceDataDir(*options), workbookOptions, loader.source().get());
            tw::log::shutdown();
            return code;
        }
        // Cancelling after the workbook was made (say, on a safety-check page) still opens it.
        if (!context.workbookExists()) {
            return 0;
        }
        opening = wizard.takeSession();
    }
    tw::app::MainWindow window(context, loader.source());
    if (demo) {
        window.unlockPage()->setDemoHint(tw::app::DemoWorkbook::unlockHint());
    }
    QObject::connect(
        &window, &tw::app::MainWindow::quickExitRequested, &app, &QApplication::quit, Qt::QueuedConnection);
    releaseAfterFirstPaint(&window);
    window.show();
    if (opening) {
        context.setSession(std::move(opening));
    }
    const int result = contentFailed ? 1 : QApplication::exec();
    context.lock();
    tw::log::shutdown();
    return result;
}
