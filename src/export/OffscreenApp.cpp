// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OffscreenApp.h"

#include "tw/base/Error.h"
#include "tw/base/Logging.h"

#include <QGuiApplication>

namespace tw::exporting {
namespace {

// QGuiApplication keeps references to argc and argv for its whole life.
int g_argc = 1;
char g_name[] = "trustwork-export";
char* g_argv[] = {g_name, nullptr};

// Qt's own warnings (a missing XDG_RUNTIME_DIR, font fallbacks) would otherwise land on the CLI's
// stderr on every export; they go to the log instead. They carry no user text.
void toLog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const auto logger = tw::log::get("export");
    const std::string text = message.toStdString();
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        logger->error("Qt: {}", text);
    } else {
        logger->debug("Qt: {}", text);
    }
}

} // namespace

OffscreenApp::OffscreenApp()
{
    if (QCoreApplication::instance() != nullptr) {
        if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
            throw Error(ErrorKind::Internal,
                "PDF export needs a QGuiApplication, but this program made a QCoreApplication (a bug).");
        }
        return;
    }
    m_hadPlatform = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    m_platform = qgetenv("QT_QPA_PLATFORM");
    // Drawing a PDF needs fonts but no screen; "offscreen" works without a display server.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    m_previousHandler = qInstallMessageHandler(toLog);
    m_app = std::make_unique<QGuiApplication>(g_argc, g_argv);
}

OffscreenApp::~OffscreenApp()
{
    if (!m_app) {
        return;
    }
    m_app.reset();
    qInstallMessageHandler(m_previousHandler);
    if (m_hadPlatform) {
        qputenv("QT_QPA_PLATFORM", m_platform);
    } else {
        qunsetenv("QT_QPA_PLATFORM");
    }
}

} // namespace tw::exporting
